import Foundation
import Testing

/// The rows of README's bad-input table that other suites do not already test, and conservation:
/// every input record gives exactly one output record, whatever goes wrong.
@Suite("bad input: a clear error, nothing lost")
struct BadInputTests {
    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/bad-input").path

    typealias Folder = TemporaryFolder

    /// A JSONL file of `count` posts in `folder` and the output of an uninterrupted audit of it.
    static func postsAndReference(in folder: Folder, count: Int, text: (Int) -> String) throws -> (
        posts: String, reference: Data
    ) {
        var input = ""
        for i in 0..<count { input += "{\"id\":\"p\(i)\",\"text\":\"\(text(i))\"}\n" }
        let posts = try folder.write("posts.jsonl", input)
        let reference = folder.path + "/reference.jsonl"
        #expect(try CLI.run(["audit", "--fail-on", "never", "--out", reference, posts]).status == 0)
        return (posts, try Data(contentsOf: URL(fileURLWithPath: reference)))
    }

    /// Resumes the audit of `posts` into `out`, which must then equal `reference`.
    static func expectResumeCompletes(_ out: String, posts: String, reference: Data) throws {
        let resumed = try CLI.run(["audit", "--fail-on", "never", "--resume", "--out", out, posts])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == reference)
    }

    @Test("a million JSONL records give a million output lines, in order")
    func millionRecords() throws {
        let folder = try Folder()
        var input = Data()
        input.reserveCapacity(30_000_000)
        for i in 0..<1_000_000 {
            switch i % 1000 {
            case 1: input += Data("{\"id\":\(i),\"text\":\"mail me at n\(i)@example.com\"}\n".utf8)
            case 2: input += Data("{\"id\":\(i),\"text\":\n".utf8)
            default: input += Data("{\"id\":\(i),\"text\":\"\"}\n".utf8)
            }
        }
        let file = try folder.write("million.jsonl", input)
        let result = try CLI.run(["check", "--jsonl", "--fail-on", "never", file])
        #expect(result.status == 2)
        var count = 0
        for line in result.stdout.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            let i = count
            count += 1
            // Reading every line back as JSON would take longer than the run; the prefix says enough.
            let text = String(decoding: line.prefix(40), as: UTF8.self)
            switch i % 1000 {
            case 1: #expect(text.hasPrefix("{\"id\":\"\(i)\",\"score\":"), "\(text)")
            case 2: #expect(text.hasPrefix("{\"source\":"), "\(text)")
            default: if i % 97 == 0 { #expect(text.hasPrefix("{\"id\":\"\(i)\",\"score\":0,"), "\(text)") }
            }
        }
        #expect(count == 1_000_000)
        let finding = try CLI.json(line: result.lines[1001])
        #expect((finding["findings"] as? [[String: Any]])?.first?["rule"] as? String == "privacy/email-address")
        #expect(try CLI.json(line: result.lines[2])["line"] as? Int == 3)
    }

    @Test("JSON nested 100,000 deep: an error record for that line or file, the run goes on")
    func deepJSON() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let lines = "{\"id\":\"deep\",\"text\":\(deep)}\n{\"id\":\"next\",\"text\":\"fine\"}\n"
        let check = try CLI.run(["check", "--jsonl"], stdin: Data(lines.utf8))
        #expect(check.status == 2)
        #expect(check.lines.count == 2)
        #expect((try CLI.json(line: check.lines[0])["error"] as? String)?.contains("nesting deeper than") == true)
        #expect(try CLI.json(line: check.lines[1])["id"] as? String == "next")

        let folder = try Folder()
        try folder.write(
            "data/tweets.js",
            Data(
                ("window.YTD.tweets.part0 = [{\"tweet\": {\"id_str\": \"1\", \"full_text\": \"first\"}}, "
                    + "{\"tweet\": {\"id_str\": \"2\", \"full_text\": \(deep)}}]").utf8))
        let audit = try CLI.run(["audit", "--fail-on", "never", folder.path])
        #expect(audit.status == 2)
        #expect(audit.lines.count == 2)
        #expect(try CLI.json(line: audit.lines[0])["id"] as? String == "1")
        #expect((try CLI.json(line: audit.lines[1])["error"] as? String)?.contains("nesting deeper than") == true)
    }

    @Test("NUL bytes: kept and reported in a post; a raw NUL inside a JSON string is that line's error")
    func nulBytes() throws {
        let post = try CLI.run(["check", "--format", "json"], stdin: Data("before\u{0}after, mail jane@example.com".utf8))
        #expect(post.status == 0)
        let object = try CLI.json(post.stdout)
        #expect((object["warnings"] as? [String])?.contains("text contains NUL characters") == true)
        #expect((object["findings"] as? [[String: Any]])?.first?["start"] as? Int == 19)
        let lines = try CLI.run(
            ["check", "--jsonl"], stdin: Data("{\"id\":1,\"text\":\"a\\u0000b\"}\n{\"id\":2,\"text\":\"a\u{0}b\"}\n".utf8))
        #expect(lines.status == 2)
        #expect(lines.lines.count == 2)
        #expect((try CLI.json(line: lines.lines[0])["warnings"] as? [String])?.contains("text contains NUL characters") == true)
        #expect(try CLI.json(line: lines.lines[1])["line"] as? Int == 2)
    }

    @Test("broken CSV quoting: the rows before it are posts, then an error record naming the line")
    func brokenCSV() throws {
        let folder = try Folder()
        let file = try folder.write(
            "posts.csv", Data("id,text\n1,\"a quiet, \"\"quoted\"\" day\"\n2,fine\n3,\"never closed\n4,lost\n".utf8))
        let result = try CLI.run(["audit", "--fail-on", "never", "--from", "csv", file])
        #expect(result.status == 2)
        let records = try result.lines.map { try CLI.json(line: $0) }
        #expect(records.compactMap { $0["id"] as? String } == ["1", "2"])
        #expect(records.count == 3)
        #expect((records.last?["error"] as? String)?.contains("line 4") == true, "\(records.last ?? [:])")
    }

    @Test("a truncated zip is an error record; the whole one reads every post")
    func truncatedZip() throws {
        let truncated = try CLI.run(["audit", "--fail-on", "never", Self.fixtures + "/truncated.zip"])
        #expect(truncated.status == 2)
        #expect(truncated.lines.count == 1)
        #expect((try CLI.json(line: truncated.lines[0])["error"] as? String)?.contains("truncated") == true)
        let whole = try CLI.run(["audit", "--fail-on", "never", Self.fixtures + "/archive.zip"])
        #expect(whole.status == 0)
        #expect(whole.lines.count == 40)
    }

    @Test("a CAR with a bad block: the other posts, and an error record for the block")
    func badCARBlock() throws {
        let result = try CLI.run(["audit", "--fail-on", "never", Self.fixtures + "/bad-block.car"])
        #expect(result.status == 2)
        let records = try result.lines.map { try CLI.json(line: $0) }
        #expect(records.count == 3)
        #expect(records.filter { $0["platform"] as? String == "bluesky" }.count == 2)
        #expect(records.last?["error"] as? String == "1 block is not valid DAG-CBOR and was skipped")
    }

    /// A rule folder with one pattern rule whose regex backtracks catastrophically.
    static func slowRuleConfig(in folder: Folder) throws -> String {
        try folder.write("slow/pack.yml", Data("title: Slow\ndescription: a catastrophic regex\n".utf8))
        try folder.write(
            "slow/nested.yml",
            Data(
                """
                id: slow/nested
                kind: pattern
                category: privacy
                severity: low
                confidence: 0.5
                message: "slow '{match}'"
                pattern: '^(a+)+$'
                examples:
                  match: ["⟦aaaa⟧"]
                  no_match: ["aab"]

                """.utf8))
        return try folder.write(".footprint.yml", Data("rules:\n  paths: [.]\n".utf8))
    }

    @Test("a rule regex with catastrophic backtracking: stopped by the time limit, a warning, the run goes on")
    func catastrophicRegex() throws {
        let folder = try Folder()
        let config = try Self.slowRuleConfig(in: folder)
        let post = String(repeating: "a", count: 60) + "! mail jane@example.com"
        let started = Date()
        let result = try CLI.run(["check", "--format", "json", "--config", config], stdin: Data(post.utf8))
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try CLI.json(result.stdout)
        #expect(
            (object["warnings"] as? [String])?.contains { $0.hasPrefix("slow/nested: the regex was stopped by its time limit") }
                == true)
        #expect((object["findings"] as? [[String: Any]])?.first?["rule"] as? String == "privacy/email-address")
    }

    @Test("an unreadable file (a folder, a missing file) is an error record; the others are checked")
    func unreadable() throws {
        let folder = try Folder()
        let result = try CLI.run(
            ["check", "--format", "jsonl", folder.path, folder.path + "/missing.txt", "-"], stdin: Data("hi".utf8))
        #expect(result.status == 2)
        #expect(result.lines.count == 3)
        #expect(try CLI.json(line: result.lines[0])["error"] as? String == "cannot read \(folder.path): is a directory")
        #expect(
            try CLI.json(line: result.lines[1])["error"] as? String
                == "cannot read \(folder.path)/missing.txt: No such file or directory")
        #expect(try CLI.json(line: result.lines[2])["score"] as? Int == 0)
    }

    @Test("a full disk: an error and exit 2; a file keeps only complete records, and --resume finishes it")
    func fullDisk() throws {
        let full = try CLI.shell("printf 'mail jane@example.com' | \"$FOOTPRINT\" check --format jsonl > /dev/full")
        #expect(full.status == 2)
        #expect(full.stderr.contains("cannot write output: No space left on device"))

        let folder = try Folder()
        let (posts, complete) = try Self.postsAndReference(in: folder, count: 3000) { "note \($0), mail n\($0)@example.com" }
        // A 64 KiB disk: a tmpfs in a user and mount namespace of its own; where namespaces are not
        // allowed, a file size limit (writes past it fail with EFBIG) stands in for it.
        let out = folder.path + "/out.jsonl"
        let disk = folder.path + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let audit = "\"$FOOTPRINT\" audit --fail-on never --jobs 1 --out '\(disk)/out.jsonl' '\(posts)'"
        let namespaces = CLI.succeeds("unshare -rm true")
        let limited =
            namespaces
            ? try CLI.shell(
                "unshare -rm sh -c \"mount -t tmpfs -o size=64k tmpfs '\(disk)' && \(audit.replacingOccurrences(of: "\"", with: "\\\""))"
                    + "; status=\\$?; cp '\(disk)/out.jsonl' '\(out)'; exit \\$status\"")
            : try CLI.shell("ulimit -f 64 && \(audit); status=$?; cp '\(disk)/out.jsonl' '\(out)'; exit $status", bash: true)
        #expect(limited.status == 2)
        let reason = namespaces ? "No space left on device" : "File too large"
        #expect(limited.stderr.contains("cannot write output: \(reason)"), "\(limited.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(written.count > 0 && written.count <= 65536)
        #expect(written.last == 0x0A)
        #expect(complete.starts(with: written))
        try Self.expectResumeCompletes(out, posts: posts, reference: complete)
    }

    @Test("an audit killed with SIGKILL loses nothing: --resume writes the rest")
    func killedAudit() throws {
        let folder = try Folder()
        let (posts, complete) = try Self.postsAndReference(in: folder, count: 20000) {
            "note \($0), call 415-555-\(1000 + $0 % 9000)"
        }
        let out = folder.path + "/out.jsonl"
        // Started, killed once some records are written (or after 60 s), then resumed.
        let killed = try CLI.shell(
            """
            "$FOOTPRINT" audit --fail-on never --out '\(out)' '\(posts)' 2>/dev/null & pid=$!
            for _ in $(seq 600); do [ -s '\(out)' ] && [ $(stat -c %s '\(out)') -gt 200000 ] && break; sleep 0.1; done
            kill -9 $pid; wait $pid; echo "status $?"
            """, bash: true)
        #expect(killed.out.contains("status 137"), "\(killed.out) \(killed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).count < complete.count)
        try Self.expectResumeCompletes(out, posts: posts, reference: complete)
    }

    @Test("conservation: N records with injected faults give exactly N output records, in order")
    func conservation() throws {
        let folder = try Folder()
        let config = try Self.slowRuleConfig(in: folder)
        let faults: [String] = [
            "{\"id\":\"%d\",\"text\":\"mail me at n%d@example.com\"}",  // a finding
            "{\"id\":\"%d\",\"text\":",  // cut off
            "not json %d",
            "{\"id\":\"%d\"}",  // no text
            "{\"id\":\"%d\",\"text\":\"" + String(repeating: "a", count: 50) + "\"}",  // the slow rule's time limit
            "{\"id\":\"%d\",\"text\":\"" + String(repeating: "x", count: 3000) + "\"}",  // over --max-post-bytes
            "{\"id\":\"%d\",\"text\":\"" + String(repeating: "[", count: 600) + "\"}",
            "{\"id\":\"%d\",\"text\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}",
            "",  // an empty line
            "{\"id\":\"%d\",\"text\":\"plain %d\"}",
        ]
        var input = Data()
        let count = 2000
        var blank: Set<Int> = []
        for i in 0..<count {
            input += Data(faults[i % faults.count].replacingOccurrences(of: "%d", with: "\(i)").utf8)
            if i % 7 == 3 {
                input += Data([0xFF, 0xFE])  // invalid UTF-8 in the line
            } else if faults[i % faults.count].isEmpty {
                blank.insert(i)
            }
            input += Data([0x0A])
        }
        let file = try folder.write("posts.jsonl", input)
        // `check --jsonl` is a line filter: a line out for every line in, a blank one included. An
        // audit counts records: a blank line is none.
        for (command, records) in [
            (["check", "--jsonl"], Array(0..<count)),
            (["audit", "--from", "jsonl", "--jobs", "2"], (0..<count).filter { !blank.contains($0) }),
        ] {
            let result = try CLI.run(
                command + ["--fail-on", "never", "--config", config, "--max-post-bytes", "2000", file])
            #expect(result.status == 2)
            #expect(result.lines.count == records.count, "\(command[0])")
            for (line, i) in zip(result.lines, records) {
                let record = try CLI.json(line: line)
                if let id = record["id"] as? String {
                    #expect(id == "\(i)", "\(command[0]) line \(i + 1)")
                } else {
                    #expect(record["error"] != nil, "\(command[0]) line \(i + 1): \(line)")
                }
            }
        }
    }
}
