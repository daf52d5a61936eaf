import Foundation
import Testing

@testable import FootprintInput

/// Readers of platform exports, on synthetic fixtures of the exports' shapes, and on the shared
/// samples when they are present.
@Suite("Platform archives")
struct PlatformArchiveTests {
    static let tweets = """
        window.YTD.tweets.part0 = [ {
          "tweet" : {
            "id_str" : "1001",
            "id" : "1001",
            "created_at" : "Fri Feb 20 09:10:58 +0000 2026",
            "full_text" : "Fish &amp; chips &lt;3 at the pier https://t.co/AbCd123",
            "entities" : { "urls" : [ { "url" : "https://t.co/AbCd123", "expanded_url" : "https://example.com/pier", "indices" : [ "35", "58" ] } ] }
          }
        }, {
          "tweet" : {
            "id_str" : "1002",
            "created_at" : "Mon Mar 02 18:00:01 +0000 2026",
            "full_text" : "RT @someone: a long post that the archive cut off…",
            "entities" : { "urls" : [ ] }
          }
        } ]
        """

    @Test("tweets.js: the wrapper, entities, expanded links, dates, ids and retweets")
    func twitter() throws {
        let posts = try TwitterArchive.posts(from: Array(Self.tweets.utf8))
        #expect(posts.count == 2)
        #expect(posts[0].text == "Fish & chips <3 at the pier https://example.com/pier")
        #expect(posts[0].id == "1001")
        #expect(posts[0].createdAt == "2026-02-20T09:10:58Z")
        #expect(posts[0].url == "https://x.com/i/status/1001")
        #expect(!posts[0].isRepost)
        #expect(posts[1].isRepost)
        #expect(posts[1].createdAt == "2026-03-02T18:00:01Z")
    }

    @Test(
        "a broken tweets.js is an error, not a crash", arguments: ["", "window.YTD.tweets.part0 = [ {", "[{\"tweet\":{}}]", "{}"])
    func brokenTwitter(text: String) {
        #expect(throws: ArchiveError.self) { try TwitterArchive.posts(from: Array(text.utf8)) }
    }

    static let outbox = """
        {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "totalItems": 3,
         "orderedItems": [
          {"id": "https://social.example/users/me/statuses/1/activity", "type": "Create", "published": "2025-05-01T10:00:00Z",
           "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": ["https://social.example/users/me/followers"],
           "object": {"id": "https://social.example/users/me/statuses/1", "type": "Note", "summary": "food &amp; drink",
             "url": "https://social.example/@me/1", "published": "2025-05-01T10:00:00Z",
             "content": "<p>Lunch at <a href=\\"https://cafe.example/menu\\"><span class=\\"invisible\\">https://</span><span class=\\"ellipsis\\">cafe.example/me</span><span class=\\"invisible\\">nu</span></a></p><p>so good<br>really</p>"}},
          {"id": "https://social.example/users/me/statuses/2/activity", "type": "Announce", "published": "2025-05-02T11:00:00Z",
           "to": ["https://social.example/users/me/followers"], "cc": [],
           "object": "https://other.example/@them/99"}
         ],
         "orderedItems": [
          {"id": "https://social.example/users/me/statuses/2/activity", "type": "Announce", "object": "https://other.example/@them/99"},
          {"id": "https://social.example/users/me/statuses/3/activity", "type": "Create", "to": ["someone"], "cc": [],
           "object": {"id": "https://social.example/users/me/statuses/3", "type": "Note", "content": "<p>just us</p>"}}
         ]}
        """

    @Test("outbox.json: notes as text with their content warning, boosts marked, visibility, the duplicated key read once")
    func mastodon() throws {
        let posts = try MastodonOutbox.posts(from: Array(Self.outbox.utf8))
        #expect(posts.count == 3)
        #expect(posts[0].text == "Lunch at https://cafe.example/menu\n\nso good\nreally")
        #expect(posts[0].contentWarning == "food & drink")
        #expect(posts[0].visibility == "public")
        #expect(posts[0].url == "https://social.example/@me/1")
        #expect(posts[0].createdAt == "2025-05-01T10:00:00Z")
        #expect(posts[1].isRepost && posts[1].text == "https://other.example/@them/99")
        #expect(posts[1].visibility == "followers")
        #expect(posts[2].text == "just us" && posts[2].visibility == "direct")
    }

    @Test("HTML text: entities, breaks, paragraphs, an unclosed '<', references that are not characters")
    func html() {
        #expect(HTMLText.text(ofHTML: "<p>a &amp; b</p><p>c<br/>d</p>") == "a & b\n\nc\nd")
        #expect(HTMLText.text(ofHTML: "1 <2") == "1 <2")
        #expect(HTMLText.decodeEntities("&#128512; &#x1F600; &#0; &bogus; & alone") == "😀 😀 &#0; &bogus; & alone")
    }

    @Test("mojibake: UTF-8 bytes stored as characters come back; real Latin-1 text stays")
    func mojibake() {
        let stored = String(String.UnicodeScalarView(Array("café 😀 Straße".utf8).map { Unicode.Scalar($0) }))
        #expect(Mojibake.repaired(stored) == "café 😀 Straße")
        #expect(Mojibake.repaired("plain ascii") == "plain ascii")
        #expect(Mojibake.repaired("café") == "café")  // 'é' alone is not valid UTF-8 as a byte
        #expect(Mojibake.repaired("emoji 😀 already fine") == "emoji 😀 already fine")
    }

    // MARK: Shared samples

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/datasets/archives")
    static let samplesPresent: Bool = {
        let present = FileManager.default.fileExists(atPath: samples.path)
        if !present { print("Platform archive samples skipped: \(samples.path) is absent") }
        return present
    }()

    @Test("the shared samples read with exactly the posts they hold", .enabled(if: samplesPresent))
    func samplesRead() throws {
        let tweets = try TwitterArchive.posts(
            from: Array(try Data(contentsOf: Self.samples.appendingPathComponent("twitter/tweets.sample.js"))))
        #expect(tweets.count == 8)
        #expect(tweets.allSatisfy { !$0.text.contains("&amp;") && !$0.text.contains("https://t.co/") || $0.isRepost })
        let outbox = try MastodonOutbox.posts(
            from: Array(try Data(contentsOf: Self.samples.appendingPathComponent("mastodon/outbox.sample.json"))))
        #expect(outbox.count == 9)
        #expect(outbox.filter(\.isRepost).count == 1)
        #expect(outbox.allSatisfy { !$0.text.contains("<p>") && !$0.text.contains("<span") })
    }
}

@Suite("JSON streams")
struct JSONStreamTests {
    /// The elements `JSONStream` hands out for `text` read in blocks of `block` bytes, trimmed,
    /// with whether each came from a member array, and the shape.
    static func elements(_ text: String, member: String? = nil, block: Int = .max) throws -> ([String], JSONStream.Shape) {
        var pieces: [String] = []
        let shape = try JSONStream.forEachElement(in: ByteSource(bytes: Array(text.utf8), blockSize: block), member: member) {
            element, fromMember in
            pieces.append(
                (fromMember ? "m:" : "") + String(decoding: element, as: UTF8.self).trimmingCharacters(in: .whitespaces))
        }
        return (pieces, shape)
    }

    @Test("elements: nesting, strings with brackets, commas and escapes, the same in blocks of any size")
    func elements() throws {
        let text = #"x = [ {"a": "],}\"", "b": [1, {"c": 2}]} , 3,"s" ]"#
        let expected = [#"{"a": "],}\"", "b": [1, {"c": 2}]}"#, "3", #""s""#]
        for block in [1, 2, 3, 5, 7, 64, .max] {
            let (pieces, shape) = try Self.elements(text, block: block)
            #expect(pieces == expected, "block \(block)")
            #expect(shape == .array)
        }
        #expect(try Self.elements("[]").0.isEmpty)
    }

    @Test("members: the arrays of every top-level member with the name, other members skipped, in blocks of any size")
    func members() throws {
        let text = #"{"orderedItems": [1, {"x": [2]}], "other": {"orderedItems": [9]}, "s": "[", "orderedItems": ["z"]}"#
        for block in [1, 2, 3, 4, 9, .max] {
            let (pieces, shape) = try Self.elements(text, member: "orderedItems", block: block)
            #expect(pieces == ["m:1", #"m:{"x": [2]}"#, #"m:"z""#], "block \(block)")
            #expect(shape == .object(foundMember: true))
        }
        #expect(try Self.elements(#"{"a": [1]}"#, member: "orderedItems") == ([], .object(foundMember: false)))
        #expect(try Self.elements("[1]", member: "orderedItems") == (["1"], .array))
    }

    @Test("broken arrays throw, wherever the blocks split them")
    func broken() throws {
        for broken in ["[1, 2", "[1,,2]", "[1}", "[\"open]", "[1,]", "no array", "{\"a\": 1}"] {
            for block in [1, 3, .max] {
                #expect(throws: JSONError.self, "\(broken) in blocks of \(block)") { try Self.elements(broken, block: block) }
            }
        }
    }
}
