import Foundation
import Testing

@testable import FootprintInput

/// CSV tables and the Reddit, LinkedIn and Meta (Facebook, Instagram, Threads) readers, on
/// synthetic fixtures of the exports' shapes, and on the shared samples when present.
@Suite("Platform tables")
struct PlatformTableTests {
    @Test("CSV: byte-order mark, CR LF, quoted commas, doubled quotes, line breaks, the line each row starts on")
    func csv() throws {
        let text = "\u{FEFF}a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n2,,last\n\n"
        let rows = try CSVTable.rows(Array(text.utf8))
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "x, \"y\"", "two\nlines"], ["2", "", "last"]])
        #expect(rows.map(\.line) == [1, 2, 4])
        // Streamed in blocks of any size, a row split anywhere (inside quotes, between CR and
        // LF, inside the byte-order mark) reads the same.
        for block in 1...9 {
            var streamed: [CSVRow] = []
            try CSVTable.forEachRow(in: ByteSource(bytes: Array(text.utf8), blockSize: block)) { streamed.append($0) }
            #expect(streamed == rows, "block \(block)")
        }
    }

    @Test("CSV: a quote that never closes is an error naming its line; a stray quote inside a field is text")
    func brokenCSV() throws {
        #expect(throws: ArchiveError("line 2: a quoted field is never closed")) {
            try CSVTable.rows(Array("a,b\n1,\"open\nmore\n".utf8))
        }
        #expect(try CSVTable.rows(Array("say 5\" tall,ok".utf8)).map(\.fields) == [["say 5\" tall", "ok"]])
    }

    @Test("Reddit: bodies with escapes, titles of posts, deleted bodies kept as empty posts, dates")
    func reddit() throws {
        let comments = """
            \u{FEFF}id,permalink,date,ip,subreddit,gildings,link,parent,body,media
            c1,https://www.reddit.com/r/x/comments/p/t/c1/,2022-05-06 07:08:09 UTC,,x,0,,t3_p,"One, &gt; two",
            c2,https://www.reddit.com/r/x/comments/p/t/c2/,2022-05-06 07:09:00 UTC,,x,0,,t1_c1,[deleted],

            """
        let posts = try RedditExport.posts(from: Array(comments.utf8))
        #expect(posts.count == 2)
        #expect(posts[0].text == "One, > two")
        #expect(posts[0].createdAt == "2022-05-06T07:08:09Z")
        #expect(posts[0].url == "https://www.reddit.com/r/x/comments/p/t/c1/")
        #expect(posts[1].text.isEmpty && posts[1].id == "c2")
        let submissions =
            "id,permalink,date,ip,subreddit,gildings,title,url,body\np,https://r.example/p,2021-01-01 00:00:00 UTC,,x,0,A title,https://e.example/,Body text\n"
        #expect(try RedditExport.posts(from: Array(submissions.utf8)).first?.text == "A title\n\nBody text")
        #expect(throws: ArchiveError.self) { try RedditExport.posts(from: Array("id,text\n1,hi\n".utf8)) }
    }

    @Test("LinkedIn: each inner line's wrapping quotes removed; real quotes kept; comments too")
    func linkedIn() throws {
        let shares =
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
            + "2025-01-02 03:04:05,https://www.linkedin.com/feed/update/1,\"First line, with \"\"quotes\"\".\"\"\n\"\"\"\"\n\"\"𝗕𝗢𝗟𝗗 second line.\"\"\n\"\"Last line.\",\"\",\"\",MEMBER_NETWORK\n"
        let posts = try LinkedInExport.posts(from: Array(shares.utf8))
        #expect(posts.count == 1)
        #expect(posts[0].text == "First line, with \"quotes\".\n\n𝗕𝗢𝗟𝗗 second line.\nLast line.")
        #expect(posts[0].createdAt == "2025-01-02T03:04:05Z")
        #expect(posts[0].visibility == "MEMBER_NETWORK")
        let comments = "Date,Link,Message\n2025-01-02 03:04:05,https://www.linkedin.com/feed/update/2,Nice one \"really\"\n"
        #expect(try LinkedInExport.posts(from: Array(comments.utf8)).first?.text == "Nice one \"really\"")
    }

    /// A string whose UTF-8 bytes are stored one character each, as Meta's exports write text.
    private func mojibake(_ text: String) -> String {
        String(String.UnicodeScalarView(Array(text.utf8).map { Unicode.Scalar($0) }))
    }

    private func json(_ object: Any) throws -> [UInt8] { Array(try JSONSerialization.data(withJSONObject: object)) }

    @Test("Facebook: posts repaired, places and links of attachments, titles of entries without text, one post per entry")
    func facebook() throws {
        let entries: [[String: Any]] = [
            ["timestamp": 1_375_662_123, "data": [] as [Any], "title": "Someone recommends a café."],
            ["timestamp": 1_471_086_224, "data": [["post": mojibake("Back in town ❤️ café")]]],
            [
                "timestamp": 1_476_291_797,
                "attachments": [["data": [["place": ["name": "Old Mill", "address": "1 Mill Lane, Springfield"]]]]],
                "data": [["update_timestamp": 1_476_291_797]],
            ],
        ]
        let posts = try MetaExport.posts(from: try json(entries))
        #expect(posts.map(\.text) == ["Someone recommends a café.", "Back in town ❤️ café", "Old Mill, 1 Mill Lane, Springfield"])
        #expect(posts[0].createdAt == "2013-08-05T00:22:03Z")
        #expect(posts.allSatisfy { $0.platform == "facebook" })
    }

    @Test("Instagram comments and Threads posts, repaired")
    func instagramAndThreads() throws {
        let comments: [[String: Any]] = [
            ["string_map_data": ["Comment": ["value": mojibake("Harika 😍")], "Time": ["timestamp": 1_704_893_450]]]
        ]
        let instagram = try MetaExport.posts(from: try json(comments))
        #expect(instagram.first?.text == "Harika 😍" && instagram.first?.platform == "instagram")
        #expect(instagram.first?.createdAt == "2024-01-10T13:30:50Z")
        let threads: [String: Any] = [
            "text_post_app_text_posts": [
                ["media": [["title": mojibake("你好，世界"), "creation_timestamp": 1_776_417_076]]],
                ["media": [["title": "", "creation_timestamp": 1_776_417_077]]],
            ]
        ]
        let posts = try MetaExport.posts(from: try json(threads))
        #expect(posts.map(\.text) == ["你好，世界", ""])
        #expect(throws: ArchiveError.self) { try MetaExport.posts(from: Array("{\"a\":1}".utf8)) }
    }

    // MARK: Shared samples

    @Test(
        "the shared samples read with exactly the posts they hold, text decoded",
        .enabled(if: PlatformArchiveTests.samplesPresent))
    func samplesRead() throws {
        func read(_ path: String) throws -> [UInt8] {
            Array(try Data(contentsOf: PlatformArchiveTests.samples.appendingPathComponent(path)))
        }
        #expect(try RedditExport.posts(from: try read("reddit/comments.SYNTHETIC.csv")).count == 3)
        #expect(try RedditExport.posts(from: try read("reddit/posts.SYNTHETIC.csv")).count == 2)
        let shares = try LinkedInExport.posts(from: try read("linkedin/Shares.sample.csv"))
        #expect(shares.count == 5)
        #expect(shares.allSatisfy { !$0.text.contains("\"\n\"") })
        #expect(try LinkedInExport.posts(from: try read("linkedin/Comments.sample.csv")).count == 5)
        let facebook = try MetaExport.posts(from: try read("facebook/your_posts_1.sample.json"))
        #expect(facebook.count == 7)
        #expect(facebook.contains { $0.text.contains("❤️") })
        #expect(try MetaExport.posts(from: try read("instagram/post_comments_1.sample.json")).count == 5)
        let threads = try MetaExport.posts(from: try read("threads/threads_and_replies.sample.json"))
        #expect(threads.count == 3)
        // Repaired text has no Latin-1 look-alikes of UTF-8 lead bytes left.
        for post in facebook + threads { #expect(!post.text.contains("Ã") && !post.text.contains("ð"), "\(post.text)") }
    }
}
