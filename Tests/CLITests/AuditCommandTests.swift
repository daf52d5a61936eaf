import Foundation
import Testing

/// `footprint audit` over a folder of synthetic exports.
@Suite("footprint audit")
struct AuditCommandTests {
    /// A folder of small exports of several platforms, removed at the end.
    final class Exports: TemporaryFolder {
        override init() throws {
            try super.init()
            try write(
                "twitter/data/tweets.js",
                """
                window.YTD.tweets.part0 = [ {"tweet": {"id_str": "7", "created_at": "Fri Feb 20 09:10:58 +0000 2026",
                  "full_text": "call me on 415-555-0134 &amp; bring snacks", "entities": {"urls": []}}},
                  {"tweet": {"id_str": "8", "created_at": "Sat Feb 21 09:10:58 +0000 2026", "full_text": "lovely walk", "entities": {}}} ]
                """)
            try write(
                "mastodon/outbox.json",
                """
                {"type": "OrderedCollection", "orderedItems": [{"id": "a1", "type": "Create", "published": "2019-01-01T00:00:00Z",
                 "to": ["https://www.w3.org/ns/activitystreams#Public"], "object": {"id": "n1", "type": "Note", "content": "<p>hello</p>"}}]}
                """)
            try write("drafts/post.md", "---\ntitle: x\n---\nA quiet draft.\n```\npassword = hunter2\n```\n")
            try write(
                "broken/comments.csv", "id,permalink,date,body\n1,https://r.example/1,2020-01-01 00:00:00 UTC,\"never closed\n")
        }

    }

    @Test("a folder: one line per post, the platform's fields after the id, an error record for the broken file, exit 2")
    func folder() throws {
        let exports = try Exports()
        let result = try CLI.run(["audit", "--fail-on", "never", exports.path])
        #expect(result.status == 2, "\(result.stderr)")
        let lines = try result.lines.map { try CLI.json(line: $0) }
        #expect(lines.count == 5)
        let errors = lines.filter { $0["error"] != nil }
        #expect(errors.count == 1)
        #expect((errors.first?["source"] as? String)?.hasSuffix("broken/comments.csv") == true)
        let posts = lines.filter { $0["error"] == nil }
        #expect(posts.compactMap { $0["platform"] as? String }.sorted() == ["mastodon", "text", "twitter", "twitter"])
        let tweet = try #require(posts.first { $0["id"] as? String == "7" })
        #expect(tweet["createdAt"] as? String == "2026-02-20T09:10:58Z")
        #expect(tweet["url"] as? String == "https://x.com/i/status/7")
        #expect((tweet["findings"] as? [[String: Any]])?.first?["rule"] as? String == "privacy/phone-number")
        // Code blocks in a Markdown draft are not what the post says.
        let draft = try #require(posts.first { $0["platform"] as? String == "text" })
        #expect((draft["findings"] as? [[String: Any]])?.isEmpty == true)
        #expect(result.stderr.contains("audit: 4 posts, 1 errors"))
    }

    @Test("--since and --until keep the posts of those days; --from forces a format; --out writes a file")
    func filters() throws {
        let exports = try Exports()
        let out = exports.path + "/out.jsonl"
        let result = try CLI.run(
            ["audit", "--fail-on", "never", "--since", "2026-02-21", "--out", out, exports.path + "/twitter/data/tweets.js"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(written.count == 1)
        #expect(try CLI.json(line: written[0])["id"] as? String == "8")
        let forced = try CLI.run(["audit", "--fail-on", "never", "--from", "text", exports.path + "/mastodon/outbox.json"])
        #expect(try CLI.json(line: try #require(forced.lines.first))["platform"] as? String == "text")
        #expect(try CLI.run(["audit", "--since", "last week", exports.path]).status == 64)
    }

    @Test("--fail-on: exit 1 when a post reaches the band")
    func failOn() throws {
        let exports = try Exports()
        let result = try CLI.run(["audit", "--fail-on", "medium", exports.path + "/twitter"])
        #expect(result.status == 1, "\(result.stderr)")
    }

    @Test("--delete-list names the posts at or above --fail-on; any number of workers gives the same output, in order")
    func deleteListAndWorkers() throws {
        let exports = try Exports()
        for k in 0..<150 {
            try exports.write("many/post-\(1000 + k).txt", k % 10 == 0 ? "call 415-555-0\(100 + k)" : "note \(k)")
        }
        let list = exports.path + "/delete.txt"
        let one = try CLI.run(["audit", "--jobs", "1", "--fail-on", "medium", "--delete-list", list, exports.path + "/many"])
        #expect(one.status == 1)
        let ids = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n")
        #expect(ids.count == 15)
        #expect(ids.allSatisfy { $0.hasSuffix("0.txt") })
        let three = try CLI.run(["audit", "--jobs", "3", "--fail-on", "medium", exports.path + "/many"])
        #expect(three.stdout == one.stdout)
        #expect(one.lines.count == 150)
    }

    @Test("--resume after a stop keeps the complete records, drops a cut-off line, and loses nothing")
    func resume() throws {
        let exports = try Exports()
        for k in 0..<300 { try exports.write("many/post-\(1000 + k).txt", "note \(k), mail n\(k)@example.com") }
        let full = exports.path + "/full.jsonl"
        _ = try CLI.run(["audit", "--fail-on", "never", "--out", full, exports.path + "/many"])
        let complete = try Data(contentsOf: URL(fileURLWithPath: full))
        #expect(complete.split(separator: 0x0A).count == 300)
        // A stop partway: 130 records and half of the next one written.
        let lines = complete.split(separator: 0x0A, omittingEmptySubsequences: false)
        var cut = Data(lines.prefix(130).joined(separator: [0x0A])) + Data([0x0A])
        cut += lines[130].prefix(40)
        let partial = exports.path + "/partial.jsonl"
        try cut.write(to: URL(fileURLWithPath: partial))
        let resumed = try CLI.run(["audit", "--fail-on", "never", "--resume", "--out", partial, exports.path + "/many"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("resuming after 130 records"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: partial)) == complete)
        #expect(try CLI.run(["audit", "--resume", exports.path]).status == 64)
    }

    @Test("--resume with --delete-list and --report: both cover the whole audit, not only the part after the stop")
    func resumeWithList() throws {
        let exports = try Exports()
        for k in 0..<200 {
            try exports.write("many/post-\(1000 + k).txt", k % 7 == 0 ? "text me at 415-555-0\(100 + k)" : "note \(k)")
        }
        let (full, list) = (exports.path + "/full.jsonl", exports.path + "/full.txt")
        let first = try CLI.run(["audit", "--fail-on", "medium", "--out", full, "--delete-list", list, exports.path + "/many"])
        #expect(first.status == 1, "\(first.stderr)")
        let lines = try Data(contentsOf: URL(fileURLWithPath: full)).split(separator: 0x0A)
        let (partial, partialList, report) = (exports.path + "/part.jsonl", exports.path + "/part.txt", exports.path + "/r.html")
        try (Data(lines.prefix(90).joined(separator: [0x0A])) + Data([0x0A])).write(to: URL(fileURLWithPath: partial))
        try "stale\n".write(toFile: partialList, atomically: true, encoding: .utf8)
        let resumed = try CLI.run([
            "audit", "--fail-on", "medium", "--resume", "--out", partial, "--delete-list", partialList, "--report", report,
            exports.path + "/many",
        ])
        #expect(resumed.status == 1, "\(resumed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: partial)) == Data(contentsOf: URL(fileURLWithPath: full)))
        #expect(try String(contentsOfFile: partialList, encoding: .utf8) == String(contentsOfFile: list, encoding: .utf8))
        #expect(resumed.stderr.contains("audit: 200 posts"))
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("200 posts checked"))
    }

    @Test("a file that breaks partway: the posts before the break, then an error record, exit 2")
    func brokenPartway() throws {
        let exports = try Exports()
        try exports.write(
            "cut/tweets.js",
            #"window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_text": "one"}}, {"tweet": {"id_str": "2", "full_text": "two"}}, {"tweet": {"id_str": "3", "full_text": "thr"#
        )
        let result = try CLI.run(["audit", "--fail-on", "never", exports.path + "/cut"])
        #expect(result.status == 2, "\(result.stderr)")
        let records = try result.lines.map { try CLI.json(line: $0) }
        #expect(records.compactMap { $0["id"] as? String } == ["1", "2"])
        #expect(records.count == 3)
        #expect((records.last?["error"] as? String)?.contains("never closes") == true)
    }

    @Test("a progress line with the share read and posts per second when standard error is a terminal")
    func progressBar() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("progress bar test skipped: script(1) is not installed")
            return
        }
        let exports = try Exports()
        var tweets: [String] = []
        for k in 0..<2_000 { tweets.append(#"{"tweet": {"id_str": "\#(k)", "full_text": "post number \#(k)"}}"#) }
        try exports.write("big/tweets.js", "window.YTD.tweets.part0 = [" + tweets.joined(separator: ",\n") + "]")
        let command = "\"$FOOTPRINT\" audit --fail-on never --out /dev/null '\(exports.path)/big/tweets.js'"
        let result = try CLI.shell("script -qec \"\(command.replacingOccurrences(of: "\"", with: "\\\""))\" /dev/null")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.contains("100%  2000 posts"), "\(result.out)")
        #expect(result.out.contains("posts/s"))
        // Not a terminal: quiet.
        #expect(!(try CLI.run(["audit", "--fail-on", "never", exports.path + "/big"]).stderr.contains("posts/s")))
    }

    static let chromium: String? = {
        let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if found == nil { print("HTML report browser test skipped: chromium is not installed") }
        return found
    }()

    @Test("--report: one self-contained HTML file; post text escaped, personal data masked")
    func report() throws {
        let exports = try Exports()
        try exports.write(
            "evil/post.txt",
            "house is empty until Sunday, 12 Oak Street <script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
        )
        let html = exports.path + "/report.html"
        let result = try CLI.run([
            "audit", "--fail-on", "never", "--report", html, exports.path + "/evil", exports.path + "/twitter",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(!page.contains("<script") && !page.contains("<img"))
        #expect(page.contains("&lt;script&gt;"))
        #expect(page.contains("Content-Security-Policy"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
        #expect(!page.contains("12 Oak Street") && !page.contains("415-555-0134"))
        #expect(page.contains("id=\"timeline\"") && page.contains("<mark>"))
    }

    @Test(
        "--report renders in headless chromium: the page's own title stays, a screenshot is drawn", .enabled(if: chromium != nil))
    func reportInBrowser() throws {
        let exports = try Exports()
        try exports.write("evil/post.txt", "call 415-555-0188 <script>document.title='pwned'</script>")
        let html = exports.path + "/report.html"
        _ = try CLI.run(["audit", "--fail-on", "never", "--report", html, exports.path])
        let browser = try #require(Self.chromium)
        let flags = "--headless --no-sandbox --disable-gpu --no-first-run --user-data-dir='\(exports.path)/profile'"
        let dom = try CLI.shell("timeout 120 '\(browser)' \(flags) --dump-dom 'file://\(html)' 2>/dev/null")
        #expect(dom.out.contains("<title>Footprint audit</title>"), "\(dom.out.prefix(300))")
        #expect(dom.out.contains("id=\"worst\""))
        #expect(!dom.out.contains("pwned</title>"))
        let shot = exports.path + "/shot.png"
        _ = try CLI.shell(
            "timeout 120 '\(browser)' \(flags) --window-size=1000,1400 --screenshot='\(shot)' 'file://\(html)' >/dev/null 2>&1")
        let png = try Data(contentsOf: URL(fileURLWithPath: shot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 10_000)
    }
}
