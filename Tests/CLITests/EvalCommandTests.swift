import Foundation
import Testing

@Suite("footprint eval")
struct EvalCommandTests {
    /// A labelled set the built-in packs can be measured on: e-mail addresses and swearing.
    ///
    /// - a: privacy TP, profanity TN; its EMAIL span found exactly.
    /// - b: profanity TP, privacy TN; no spans, nothing predicted.
    /// - c: profanity FN; no `spans` key.
    /// - d: profanity FP, privacy TP; its gold EMAIL span is loose, so it only overlaps.
    private static let validLines: [String] = {
        let a = "write to jane.doe@example.com"
        let d = "shit happens, mail ops@example.org"
        func span(_ text: String, _ part: String, shiftEnd: Int = 0, shiftStart: Int = 0) -> String {
            let prefix = text.components(separatedBy: part)[0]
            let start = prefix.unicodeScalars.count + shiftStart
            let end = prefix.unicodeScalars.count + part.unicodeScalars.count + shiftEnd
            return #"{"type": "EMAIL", "start": \#(start), "end": \#(end)}"#
        }
        return [
            #"{"id": "a", "text": "\#(a)", "labels": {"privacy": true, "profanity": false}, "spans": [\#(span(a, "jane.doe@example.com"))]}"#,
            #"{"id": "b", "text": "this is bullshit", "labels": {"profanity": true, "privacy": false}, "spans": []}"#,
            #"{"id": "c", "text": "what a lovely day", "labels": {"profanity": true}}"#,
            #"{"id": "d", "text": "\#(d)", "labels": {"profanity": false, "privacy": true}, "spans": [\#(span(d, "ops@example.org", shiftEnd: -4, shiftStart: -5))]}"#,
        ]
    }()

    private static let badLines = [#"{"text": "#, #"{"id": "f"}"#]

    /// Writes `lines` to a temporary .jsonl file and runs `body` with its path.
    private func withFile<T>(_ lines: [String], _ body: (String) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("footprint-eval-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    private func entry(_ items: Any?, _ key: String, _ value: String) -> [String: Any]? {
        (items as? [[String: Any]])?.first { $0[key] as? String == value }
    }

    @Test("--format json: the numbers per category, entity and rule")
    func jsonNumbers() throws {
        let result = try withFile(Self.validLines) { try CLI.run(["eval", "--format", "json", $0]) }
        #expect(result.status == 0)
        let object = try CLI.json(result.stdout)
        #expect(object["records"] as? Int == 4)
        #expect(object["errors"] as? Int == 0)
        #expect(object["spanRecords"] as? Int == 3)

        let profanity = try #require(entry(object["categories"], "category", "profanity"))
        #expect(profanity["posts"] as? Int == 4)
        #expect(profanity["tp"] as? Int == 1)
        #expect(profanity["fp"] as? Int == 1)
        #expect(profanity["fn"] as? Int == 1)
        #expect(profanity["tn"] as? Int == 1)
        #expect(profanity["precision"] as? Double == 0.5)
        #expect(profanity["recall"] as? Double == 0.5)
        #expect(profanity["f1"] as? Double == 0.5)
        #expect(profanity["support"] as? Int == 2)

        let privacy = try #require(entry(object["categories"], "category", "privacy"))
        #expect(privacy["posts"] as? Int == 3)
        #expect(privacy["tp"] as? Int == 2)
        #expect(privacy["fp"] as? Int == 0)
        #expect(privacy["f1"] as? Double == 1)

        let email = try #require(entry(object["entities"], "type", "EMAIL"))
        #expect(email["gold"] as? Int == 2)
        #expect(email["predicted"] as? Int == 2)
        let exact = try #require(email["exact"] as? [String: Any])
        #expect(exact["tp"] as? Int == 1)
        #expect(exact["fp"] as? Int == 1)
        #expect(exact["fn"] as? Int == 1)
        #expect(exact["f1"] as? Double == 0.5)
        let overlap = try #require(email["overlap"] as? [String: Any])
        #expect(overlap["tp"] as? Int == 2)
        #expect(overlap["f1"] as? Double == 1)
        let micro = try #require(object["micro"] as? [String: Any])
        #expect(micro["type"] as? String == "*")
        #expect((micro["exact"] as? [String: Any])?["precision"] as? Double == 0.5)

        let mailRule = try #require(entry(object["rules"], "rule", "privacy/email-address"))
        #expect(mailRule["entity"] as? String == "EMAIL")
        #expect(mailRule["posts"] as? Int == 2)
        #expect(mailRule["labelled"] as? Int == 2)
        #expect(mailRule["tp"] as? Int == 2)
        #expect(mailRule["precision"] as? Double == 1)
        #expect(mailRule["spans"] as? Int == 2)
        #expect(mailRule["exactSpanPrecision"] as? Double == 0.5)
        #expect(mailRule["overlapSpanPrecision"] as? Double == 1)
        let swearing = try #require(entry(object["rules"], "rule", "profanity/common-swearing"))
        #expect(swearing["posts"] as? Int == 2)
        #expect(swearing["labelled"] as? Int == 2)
        #expect(swearing["tp"] as? Int == 1)
        #expect(swearing["precision"] as? Double == 0.5)
        #expect(swearing["entity"] is NSNull)
        #expect(swearing["exactSpanPrecision"] is NSNull)

        #expect(result.stderr.contains("eval: 4 records, 0 errors"))
        #expect(result.stderr.contains("posts/s"))
        #expect(result.stderr.contains("MB/s"))
    }

    @Test("the table: three sections, numbers to three decimals")
    func table() throws {
        let result = try withFile(Self.validLines) { try CLI.run(["eval", $0]) }
        #expect(result.status == 0)
        let out = result.out
        #expect(out.contains("Categories (post level, 4 records)"))
        #expect(out.contains("Entities (span level, 3 records with spans)"))
        #expect(out.contains("\nRules\n"))
        let lines = result.lines.map(String.init)
        let profanity = try #require(lines.first { $0.hasPrefix("  profanity ") })
        #expect(profanity.split(separator: " ") == ["profanity", "4", "2", "1", "1", "1", "1", "0.500", "0.500", "0.500"])
        let exact = try #require(lines.first { $0.hasPrefix("  EMAIL") && $0.contains("exact") })
        #expect(exact.split(separator: " ") == ["EMAIL", "exact", "2", "2", "1", "1", "1", "0.500", "0.500", "0.500"])
        let micro = try #require(lines.first { $0.hasPrefix("  all (micro)") && $0.contains("overlap") })
        #expect(micro.split(separator: " ").suffix(9) == ["overlap", "2", "2", "2", "0", "0", "1.000", "1.000", "1.000"])
        let rule = try #require(lines.first { $0.hasPrefix("  privacy/email-address") })
        #expect(rule.split(separator: " ").suffix(9) == ["2", "2", "2", "1.000", "2", "1", "2", "0.500", "1.000"])
        // Columns line up: every row of a section is as wide as its heading.
        let header = try #require(lines.first { $0.hasPrefix("  category") })
        #expect(header.count == profanity.count)
    }

    @Test("unreadable lines are reported with their line number, the run goes on, exit status 2")
    func errorLines() throws {
        let lines = [Self.validLines[0], Self.badLines[0]] + Self.validLines[1...] + [Self.badLines[1]]
        let result = try withFile(lines) { path in
            (try CLI.run(["eval", "--format", "json", path]), path)
        }
        let (run, path) = result
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(path):2: invalid JSON"))
        #expect(run.stderr.contains("\(path):6: missing field 'text'"))
        #expect(run.stderr.contains("eval: 4 records, 2 errors"))
        let object = try CLI.json(run.stdout)
        #expect(object["records"] as? Int == 4)
        #expect(object["errors"] as? Int == 2)
        #expect(entry(object["categories"], "category", "profanity")?["f1"] as? Double == 0.5)
    }

    @Test("--min-f1: exit 1 below a floor, 0 at or above; 2 wins over 1")
    func minF1() throws {
        try withFile(Self.validLines) { path in
            let below = try CLI.run(["eval", "--min-f1", "profanity=0.6", "--min-f1", "privacy=1", path])
            #expect(below.status == 1)
            #expect(below.stderr.contains("F1 of profanity is 0.500, below the floor 0.600"))
            #expect(!below.stderr.contains("F1 of privacy"))
            #expect(try CLI.run(["eval", "--min-f1", "profanity=0.5", "--min-f1", "privacy=1.0", path]).status == 0)
            let unlabelled = try CLI.run(["eval", "--min-f1", "hate=0.1", path])
            #expect(unlabelled.status == 1)
            #expect(unlabelled.stderr.contains("F1 of hate is undefined"))
        }
        let withErrors = try withFile(Self.validLines + Self.badLines) { try CLI.run(["eval", "--min-f1", "profanity=0.9", $0]) }
        #expect(withErrors.status == 2)
        #expect(withErrors.stderr.contains("below the floor"))
    }

    @Test("--category restricts categories and rules; standard input with '-'")
    func category() throws {
        let input = Data((Self.validLines.joined(separator: "\n") + "\n").utf8)
        let result = try CLI.run(["eval", "--format", "json", "--category", "profanity", "-"], stdin: input)
        #expect(result.status == 0)
        let object = try CLI.json(result.stdout)
        #expect((object["categories"] as? [[String: Any]])?.map { $0["category"] as? String } == ["profanity"])
        #expect((object["rules"] as? [[String: Any]])?.allSatisfy { $0["category"] as? String == "profanity" } == true)
        #expect((object["entities"] as? [Any])?.isEmpty == true)
        #expect(object["micro"] is NSNull)
    }

    @Test("usage errors exit 64; an unreadable file exits 2")
    func usage() throws {
        for arguments in [
            ["eval"], ["eval", "--min-f1", "profanity", "x.jsonl"], ["eval", "--min-f1", "profanity=1.5", "x.jsonl"],
            ["eval", "--format", "csv", "x.jsonl"], ["eval", "--category", "hate", "--min-f1", "privacy=0.5", "x.jsonl"],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(!result.stderr.isEmpty)
        }
        let missing = try CLI.run(["eval", "/nonexistent/labelled.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read /nonexistent/labelled.jsonl"))
    }
}
