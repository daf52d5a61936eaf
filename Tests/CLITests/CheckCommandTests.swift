import Foundation
import Testing

@Suite("footprint check")
struct CheckCommandTests {
    @Test("an e-mail address on stdin gives one JSON object whose finding covers exactly the address")
    func emailSpan() throws {
        let result = try CLI.run(["check", "--format", "json"], stdin: Data("write to jane.doe@example.com".utf8))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try CLI.json(result.stdout)
        #expect(Set(object.keys) == ["id", "score", "band", "profile", "summary", "factors", "findings", "warnings"])
        #expect(object["id"] is NSNull)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding["rule"] as? String == "privacy/email-address")
        #expect(finding["category"] as? String == "privacy")
        #expect(finding["entity"] as? String == "EMAIL")
        #expect(finding["start"] as? Int == 9)
        #expect(finding["end"] as? Int == 29)
        #expect(finding["byteStart"] as? Int == 9)
        #expect(finding["byteEnd"] as? Int == 29)
        #expect(finding["line"] as? Int == 1)
        #expect(finding["column"] as? Int == 10)
        #expect(finding["match"] as? String == "****.***@*******.***")
        #expect((finding["message"] as? String)?.contains("jane") == false)
        #expect(object["band"] as? String == "medium")
    }

    @Test("--show-matches shows the personal data")
    func showMatches() throws {
        let result = try CLI.run(
            ["check", "--format", "jsonl", "--show-matches"], stdin: Data("write to jane.doe@example.com".utf8))
        let finding = try #require((try CLI.json(result.stdout)["findings"] as? [[String: Any]])?.first)
        #expect(finding["match"] as? String == "jane.doe@example.com")
    }

    @Test("offsets after an emoji: scalars, bytes and grapheme columns")
    func emojiOffsets() throws {
        let result = try CLI.run(["check", "--format", "json"], stdin: Data("👩‍👩‍👧 mail jane@example.com".utf8))
        let finding = try #require((try CLI.json(result.stdout)["findings"] as? [[String: Any]])?.first)
        #expect(finding["start"] as? Int == 11)  // 5 scalars of emoji, space, "mail "
        #expect(finding["byteStart"] as? Int == 24)  // 18 bytes of emoji, space, "mail "
        #expect(finding["column"] as? Int == 8)  // one grapheme, space, "mail ", then the address
    }

    @Test("exit status: 0 below --fail-on, 1 at or above it")
    func failOn() throws {
        let post = Data("write to jane.doe@example.com".utf8)
        #expect(try CLI.run(["check", "--format", "json"], stdin: post).status == 0)
        #expect(try CLI.run(["check", "--format", "json", "--fail-on", "medium"], stdin: post).status == 1)
        #expect(
            try CLI.run(["check", "--format", "json", "--fail-on", "never"], stdin: Data("shit, jane@example.com".utf8)).status
                == 0)
        #expect(try CLI.run(["check", "--format", "json"], stdin: Data("shit, jane@example.com".utf8)).status == 1)
    }

    @Test("exit status 64 for a usage error, with the reason on stderr")
    func usage() throws {
        let result = try CLI.run(["check", "--format", "yaml"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("yaml"))
        #expect(try CLI.run(["check", "--no-such-flag"]).status == 64)
        #expect(try CLI.run(["check", "--text-field", "body"]).status == 64)
    }

    @Test("exit status 2 for an unreadable file; the other files are still checked")
    func unreadable() throws {
        let result = try CLI.run(["check", "--format", "jsonl", "no/such/file.txt", "Corpora/drafts/example-post.txt"])
        #expect(result.status == 2)
        #expect(result.lines.count == 2)
        #expect(
            try CLI.json(line: result.lines[0])["error"] as? String == "cannot read no/such/file.txt: No such file or directory")
        #expect(try CLI.json(line: result.lines[1])["id"] as? String == "Corpora/drafts/example-post.txt")
    }

    @Test("broken rules: located errors on stderr, exit status 2")
    func brokenRules() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("mine"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "title: Mine\ndescription: test\n".write(
            to: dir.appendingPathComponent("mine/pack.yml"), atomically: true, encoding: .utf8)
        try "id: mine/bad\nkind: lexicon\ncolour: red\n".write(
            to: dir.appendingPathComponent("mine/bad.yml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "--rules", dir.path], stdin: Data("hello".utf8))
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("mine/bad.yml:3:1: error: unknown key 'colour'"))
    }

    @Test("a file of invalid UTF-8 is repaired with a warning, not a crash")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("bad \u{0}".utf8) + [0xFF, 0xC3] + Array(" mail jane@example.com".utf8)
        let result = try CLI.run(["check", "--format", "json"], stdin: Data(bytes))
        #expect(result.status == 0)
        let object = try CLI.json(result.stdout)
        let warnings = try #require(object["warnings"] as? [String])
        #expect(warnings.contains { $0.hasPrefix("invalid UTF-8: 2 sequences replaced with U+FFFD") })
        #expect(warnings.contains("text contains NUL characters"))
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(finding["start"] as? Int == 13)
    }

    @Test("--jsonl: one output line per input line, in order, errors included")
    func jsonlThousand() throws {
        var input = ""
        for i in 0..<1000 {
            switch i % 10 {
            case 3: input += "{\"id\": \(i), \"text\": \"mail me at user\(i)@example.com\", \"lang\": \"en\"}\n"
            case 7: input += "not json \(i)\n"
            case 9: input += "{\"id\": \"p\(i)\"}\n"
            default: input += "{\"id\": \"p\(i)\", \"text\": \"post number \(i) ✨\"}\n"
            }
        }
        let result = try CLI.run(["check", "--jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 2)
        #expect(result.lines.count == 1000)
        for (i, line) in result.lines.enumerated() {
            let object = try CLI.json(line: line)
            switch i % 10 {
            case 3:
                #expect(object["id"] as? String == "\(i)")
                #expect((object["metadata"] as? [String: Any])?["lang"] as? String == "en")
                #expect((object["findings"] as? [Any])?.count == 1)
            case 7:
                #expect(object["line"] as? Int == i + 1)
                #expect((object["error"] as? String)?.hasPrefix("invalid JSON") == true)
            case 9:
                #expect(object["error"] as? String == "missing field 'text'")
            default:
                #expect(object["id"] as? String == "p\(i)")
            }
        }
    }

    @Test("a 50 MB single line is an error record, not a crash; the next record is checked; the limit is an option")
    func hugeLine() throws {
        let post = String(repeating: "lorem ipsum dolor sit amet ", count: 50_000_000 / 27) + "mail jane@example.com"
        let plain = try CLI.run(["check", "--format", "json"], stdin: Data(post.utf8))
        #expect(plain.status == 2)
        #expect(
            try CLI.json(plain.stdout)["error"] as? String
                == "cannot check <stdin>: the post is 49999998 bytes, over the 1048576-byte limit")
        let jsonl = try CLI.run(
            ["check", "--jsonl"],
            stdin: Data(("{\"id\":\"big\",\"text\":\"" + post + "\"}\n{\"id\":\"small\",\"text\":\"hi\"}\n").utf8))
        #expect(jsonl.status == 2)
        #expect(jsonl.lines.count == 2)
        let error = try CLI.json(Data(jsonl.lines[0].utf8))
        #expect(error["line"] as? Int == 1)
        #expect(error["error"] as? String == "cannot check big: the post is 49999998 bytes, over the 1048576-byte limit")
        #expect(try CLI.json(Data(jsonl.lines[1].utf8))["id"] as? String == "small")
        // At the limit a post is checked, one byte over it is not.
        let draft = "mail jane@example.com"
        let atLimit = try CLI.run(
            ["check", "--format", "json", "--max-post-bytes", "\(draft.utf8.count)"], stdin: Data(draft.utf8))
        #expect(atLimit.status == 0)
        #expect(try CLI.json(atLimit.stdout)["band"] as? String == "medium")
        let over = try CLI.run(
            ["check", "--format", "json", "--max-post-bytes", "\(draft.utf8.count - 1)"], stdin: Data(draft.utf8))
        #expect(over.status == 2)
    }

    @Test("text output: no colour when not a terminal; spans marked with carets")
    func textOutput() throws {
        let result = try CLI.run(["check"], stdin: Data("so much bullshit".utf8))
        #expect(result.status == 0)
        #expect(!result.out.contains("\u{1B}["))
        #expect(result.out.contains("profanity/common-swearing"))
        #expect(result.out.contains("  │ so much bullshit\n  │         ^^^^^^^^\n"))
        // The score with its bar, the score in words, and what to do under the finding.
        #expect(result.out.hasPrefix("<stdin>: 31/100 medium  [######..............]\n  medium: swearing (profanity)\n"))
        #expect(result.out.contains("      → rephrase it without the swearing"))
    }

    @Test("text output: every span of a line marked; privacy masked in the draft; a long draft shows each finding's line")
    func textOutputDraft() throws {
        let short = try CLI.run(["check", "--fail-on", "never"], stdin: Data("damn, mail bob@example.com, damn".utf8))
        #expect(short.out.contains("  │ damn, mail ***@*******.***, damn\n  │ ^^^^       ^^^^^^^^^^^^^^^  ^^^^\n"))
        #expect(!short.out.contains("bob@"))
        let long = String(repeating: "a quiet line about the weather\n", count: 20) + "mail bob@example.com\n"
        let result = try CLI.run(["check", "--fail-on", "never"], stdin: Data(long.utf8))
        #expect(!result.out.contains("│"))
        #expect(result.out.contains("      mail ***@*******.***\n           ^^^^^^^^^^^^^^^\n"))
    }

    @Test("several files: json prints an array, in order")
    func severalFiles() throws {
        let result = try CLI.run(
            ["check", "--format", "json", "Corpora/drafts/example-post.txt", "-"], stdin: Data("hello".utf8))
        let array = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["Corpora/drafts/example-post.txt", nil])
    }

    @Test("a closed output pipe ends quietly")
    func closedPipe() throws {
        let result = try CLI.shell(
            "yes '{\"id\":1,\"text\":\"some text here\"}' | head -n 20000 | \"$FOOTPRINT\" check --jsonl | head -n 1")
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        #expect(result.stderr.isEmpty)
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.out.split(separator: ".").count == 3)
        let help = try CLI.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.out.contains("--fail-on"))
    }
}

@Suite("footprint check text output")
struct TextOutputTests {
    @Test("--color always highlights the span; NO_COLOR and --color never turn colour off")
    func color() throws {
        let post = Data("so much bullshit".utf8)
        let colored = try CLI.run(["check", "--color", "always"], stdin: post)
        #expect(colored.out.contains("so much \u{1B}[1;4;31mbullshit\u{1B}[0m"))
        #expect(!(try CLI.run(["check", "--color", "never"], stdin: post)).out.contains("\u{1B}["))
        #expect(!(try CLI.run(["check"], stdin: post, environment: ["NO_COLOR": "1"])).out.contains("\u{1B}["))
    }

    @Test("a post's escape sequences and bidi overrides cannot reach the terminal")
    func terminalInjection() throws {
        let post = Data("\u{1B}]0;pwned\u{7}\u{1B}[2J shit \u{202E}gnp.exe".utf8)
        let result = try CLI.run(["check"], stdin: post)
        #expect(result.status == 0)
        #expect(!result.out.contains("\u{1B}"))
        #expect(!result.out.contains("\u{202E}"))
        #expect(result.out.contains("␛]0;pwned␇␛[2J shit"))
    }
}
