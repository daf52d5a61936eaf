import Footprint
import FootprintRules
import FootprintScoring
import FootprintText
import Foundation
import Testing

@testable import FootprintReporting

@Suite("SARIF report")
struct SARIFReportTests {
    /// A family emoji (five code points, one character) before an e-mail address, and a second
    /// address on line 2.
    static let post = "👨‍👩‍👧 write to jane.doe@example.com\nor call bob@example.org today"

    private func parse(_ sarif: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(sarif.utf8))
        return try #require(object as? [String: Any])
    }

    private func results(_ log: [String: Any]) throws -> [[String: Any]] {
        try #require(member(log, "runs", 0, "results") as? [[String: Any]])
    }

    private func region(_ result: [String: Any]) throws -> [String: Any] {
        try #require(member(result, "locations", 0, "physicalLocation", "region") as? [String: Any])
    }

    /// The results of the e-mail rule, in text order.
    private func emailResults(_ log: [String: Any]) throws -> [[String: Any]] {
        func offset(_ result: [String: Any]) -> Int {
            member(result, "locations", 0, "physicalLocation", "region", "charOffset") as? Int ?? -1
        }
        return try results(log).filter { $0["ruleId"] as? String == "privacy/email-address" }.sorted { offset($0) < offset($1) }
    }

    @Test("the log has SARIF 2.1.0's structure: schema, one run, the driver and its rules")
    func structure() throws {
        let rules = try Fixtures.rules()
        let items = [
            try Fixtures.item(Self.post, source: "drafts/my post.md"),
            try Fixtures.item("this is bullshit", source: "tweet:42", id: "tweet:42"),
        ]
        let log = try parse(SARIFReport.render(items, rules: rules, version: "1.2.3", options: ReportOptions()))
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["runs"] as? [Any])?.count == 1)
        let run = try #require(member(log, "runs", 0) as? [String: Any])
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require(member(run, "tool", "driver") as? [String: Any])
        #expect(driver["name"] as? String == "footprint")
        #expect(driver["version"] as? String == "1.2.3")
        #expect(driver["informationUri"] == nil)
        let descriptors = try #require(driver["rules"] as? [[String: Any]])
        #expect(descriptors.map { $0["id"] as? String } == rules.map(\.id))
        for (descriptor, rule) in zip(descriptors, rules) {
            let short = try #require(member(descriptor, "shortDescription", "text") as? String)
            #expect(!short.contains("{match}"), "\(rule.id)")
            #expect(!short.isEmpty)
            #expect(member(descriptor, "properties", "category") as? String == rule.category.rawValue)
            #expect(member(descriptor, "properties", "severity") as? String == rule.severity.rawValue)
            #expect(member(descriptor, "properties", "tags") as? [String] == [rule.category.rawValue])
            #expect(member(descriptor, "defaultConfiguration", "level") as? String == SARIFReport.level(of: rule.severity))
            #expect((member(descriptor, "fullDescription", "text") != nil) == (rule.description != nil), "\(rule.id)")
        }
        let email = try #require(descriptors.first { $0["id"] as? String == "privacy/email-address" })
        #expect(email["name"] as? String == "EmailAddress")
        #expect(
            member(email, "shortDescription", "text") as? String
                == "e-mail address '…' lets anyone write to, phish or look up its owner")
        #expect(member(email, "defaultConfiguration", "level") as? String == "warning")

        let all = try results(log)
        #expect(all.count == items.map(\.assessment.findings.count).reduce(0, +))
        for result in all {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(descriptors[index]["id"] as? String == result["ruleId"] as? String)
            #expect((member(result, "message", "text") as? String)?.isEmpty == false)
            let fingerprint = try #require(member(result, "partialFingerprints", "footprint/v1") as? String)
            #expect(fingerprint.count == 16 && fingerprint.allSatisfy(\.isHexDigit))
        }
        let uris = all.compactMap { member($0, "locations", 0, "physicalLocation", "artifactLocation", "uri") as? String }
        #expect(Set(uris) == ["drafts/my%20post.md", "tweet%3A42"])
        let artifacts = try #require(member(run, "artifacts") as? [[String: Any]])
        #expect(artifacts.compactMap { member($0, "location", "uri") as? String } == ["drafts/my%20post.md", "tweet%3A42"])

        // The swearing is not personal data: shown as it is, with the post's score and band.
        let swearing = try #require(all.first { $0["ruleId"] as? String == "profanity/common-swearing" })
        #expect((member(swearing, "message", "text") as? String)?.contains("'bullshit'") == true)
        #expect(swearing["level"] as? String == "warning")
        #expect(member(swearing, "properties", "category") as? String == "profanity")
        #expect(member(swearing, "properties", "confidence") as? Double != nil)
        #expect(member(swearing, "properties", "score") as? Int == Int(items[1].assessment.score))
        #expect(member(swearing, "properties", "band") as? String == items[1].assessment.band.rawValue)
    }

    @Test("regions count code points: after a ZWJ emoji on line 1, and on line 2")
    func regions() throws {
        let item = try Fixtures.item(Self.post, source: "post.md")
        let log = try parse(SARIFReport.render([item], rules: try Fixtures.rules(), version: "0", options: ReportOptions()))
        let emails = try emailResults(log)
        try #require(emails.count == 2)
        let first = try region(emails[0])
        // 5 code points of emoji + " write to " = 15 before the address; its grapheme column is 12.
        #expect(first["startLine"] as? Int == 1)
        #expect(first["startColumn"] as? Int == 16)
        #expect(first["charOffset"] as? Int == 15)
        #expect(first["charLength"] as? Int == 20)
        #expect(first["endLine"] as? Int == 1)
        #expect(first["endColumn"] as? Int == 36)
        let second = try region(emails[1])
        // Line 2 starts at code point 36; "or call " is 8 more.
        #expect(second["startLine"] as? Int == 2)
        #expect(second["startColumn"] as? Int == 9)
        #expect(second["charOffset"] as? Int == 44)
        #expect(second["charLength"] as? Int == 15)
        #expect(second["endLine"] as? Int == 2)
        #expect(second["endColumn"] as? Int == 24)
    }

    @Test("CR LF ends a line as one break, and counts two code points")
    func crlf() throws {
        let item = try Fixtures.item("first line\r\nwrite to bob@example.org", source: "a.md")
        let log = try parse(SARIFReport.render([item], rules: try Fixtures.rules(), version: "0", options: ReportOptions()))
        let email = try region(try #require(try emailResults(log).first))
        #expect(email["startLine"] as? Int == 2)
        #expect(email["startColumn"] as? Int == 10)
        #expect(email["charOffset"] as? Int == 21)
    }

    @Test("a span ending after a line break ends on that line, at the column after the break")
    func spanOverBreak() throws {
        let finding = Finding(
            rule: "test/rule", category: .conduct, entity: nil, severity: .low, confidence: 1, messageTemplate: "x",
            range: 0..<3, start: TextPosition(scalar: 0, byte: 0, line: 1, column: 1),
            end: TextPosition(scalar: 3, byte: 3, line: 2, column: 1), match: "ab\n")
        let item = Fixtures.item(source: "a.md", text: "ab\ncd", findings: [finding])
        let log = try parse(SARIFReport.render([item], rules: [], version: "0", options: ReportOptions()))
        let result = try #require(try results(log).first)
        let span = try region(result)
        #expect(span["endLine"] as? Int == 1)
        #expect(span["endColumn"] as? Int == 4)
        #expect(result["ruleIndex"] == nil)
        #expect(result["ruleId"] as? String == "test/rule")
    }

    @Test("personal data is masked everywhere unless showMatches")
    func masking() throws {
        let item = try Fixtures.item(Self.post, source: "post.md")
        let rules = try Fixtures.rules()
        let masked = SARIFReport.render([item], rules: rules, version: "0", options: ReportOptions())
        #expect(!masked.contains("jane.doe@example.com"))
        #expect(!masked.contains("bob@example.org"))
        let maskedEmail = try #require(try emailResults(try parse(masked)).first)
        #expect(
            member(maskedEmail, "locations", 0, "physicalLocation", "region", "snippet", "text") as? String
                == "****.***@*******.***")
        #expect((member(maskedEmail, "message", "text") as? String)?.contains("'****.***@*******.***'") == true)
        #expect(
            member(maskedEmail, "partialFingerprints", "footprint/v1") as? String
                == SARIFReport.fingerprint(rule: "privacy/email-address", match: "****.***@*******.***", line: 1))

        let shown = SARIFReport.render([item], rules: rules, version: "0", options: ReportOptions(showMatches: true))
        let shownEmail = try #require(try emailResults(try parse(shown)).first)
        #expect(
            member(shownEmail, "locations", 0, "physicalLocation", "region", "snippet", "text") as? String
                == "jane.doe@example.com")
        #expect((member(shownEmail, "message", "text") as? String)?.contains("'jane.doe@example.com'") == true)
        #expect(
            member(shownEmail, "partialFingerprints", "footprint/v1") as? String
                != member(maskedEmail, "partialFingerprints", "footprint/v1") as? String)
        // Stable: the same input gives the same log.
        #expect(SARIFReport.render([item], rules: rules, version: "0", options: ReportOptions()) == masked)
    }

    @Test("a post without findings yields no results, but is listed as an artifact")
    func clean() throws {
        let item = try Fixtures.item("Lovely weather for a walk today.", source: "-")
        try #require(item.assessment.findings.isEmpty)
        let log = try parse(SARIFReport.render([item], rules: try Fixtures.rules(), version: "0", options: ReportOptions()))
        let results = try #require(member(log, "runs", 0, "results") as? [Any])
        #expect(results.isEmpty)
        #expect(member(log, "runs", 0, "artifacts", 0, "location", "uri") as? String == "stdin")
        let empty = try parse(SARIFReport.render([], rules: [], version: "0", options: ReportOptions()))
        #expect((member(empty, "runs", 0, "results") as? [Any])?.isEmpty == true)
        #expect((member(empty, "runs", 0, "tool", "driver", "rules") as? [Any])?.isEmpty == true)
    }

    @Test("levels: critical and high are errors, medium warnings, low notes")
    func levels() throws {
        let text = "a b c d"
        let findings = zip(Severity.allCases, [0, 2, 4, 6]).map { severity, offset in
            Fixtures.finding(
                "test/\(severity.rawValue)", severity: severity, match: String(text.dropFirst(offset).prefix(1)), start: offset)
        }
        let log = try parse(
            SARIFReport.render(
                [Fixtures.item(source: "a.md", text: text, findings: findings)], rules: [], version: "0",
                options: ReportOptions()))
        let levels = Dictionary(
            uniqueKeysWithValues: try results(log).map { ($0["ruleId"] as? String ?? "", $0["level"] as? String ?? "") })
        #expect(levels == ["test/low": "note", "test/medium": "warning", "test/high": "error", "test/critical": "error"])
    }

    @Test("message strings double braces and defuse embedded links; snippets stay as written")
    func messageEscaping() throws {
        #expect(SARIFReport.messageText("a {b} c") == "a {{b}} c")
        #expect(SARIFReport.messageText("see [here](https://x.example)") == "see \\[here\\](https://x.example)")
        #expect(SARIFReport.messageText("list[0] \\ ok") == "list[0] \\ ok")
        let finding = Fixtures.finding(match: "{x}", start: 4)
        let log = try parse(
            SARIFReport.render(
                [Fixtures.item(source: "a.md", text: "say {x}", findings: [finding])], rules: [], version: "0",
                options: ReportOptions()))
        let result = try #require(try results(log).first)
        #expect(member(result, "message", "text") as? String == "said '{{x}}'")
        #expect(member(result, "locations", 0, "physicalLocation", "region", "snippet", "text") as? String == "{x}")
    }

    @Test("sources become uri references")
    func uris() {
        #expect(SARIFReport.uri(forSource: "-") == "stdin")
        #expect(SARIFReport.uri(forSource: "drafts/post.md") == "drafts/post.md")
        #expect(SARIFReport.uri(forSource: "drafts/my post.md") == "drafts/my%20post.md")
        #expect(SARIFReport.uri(forSource: "./a#1?.md") == "a%231%3F.md")
        #expect(SARIFReport.uri(forSource: "tweet:42") == "tweet%3A42")
        #expect(SARIFReport.uri(forSource: "100%.md") == "100%25.md")
        #expect(SARIFReport.uri(forSource: "/home/ü/post.md") == "file:///home/%C3%BC/post.md")
    }

    @Test("rule names are the id's last part in PascalCase")
    func names() {
        #expect(SARIFReport.name(ofRule: "privacy/email-address") == "EmailAddress")
        #expect(SARIFReport.name(ofRule: "profanity/hi-Latn-swearing") == "HiLatnSwearing")
        #expect(SARIFReport.name(ofRule: "x/--") == "x/--")
    }

    @Test("fingerprints are FNV-1a 64 over rule, match and line, joined with NUL bytes")
    func fingerprints() {
        func fnv1a(_ text: String) -> String {
            var hash: UInt64 = 14_695_981_039_346_656_037
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 1_099_511_628_211
            }
            return String(repeating: "0", count: 16 - String(hash, radix: 16).count) + String(hash, radix: 16)
        }
        #expect(fnv1a("a") == "af63dc4c8601ec8c")  // the published test vector
        #expect(SARIFReport.fingerprint(rule: "r", match: "m", line: 3) == fnv1a("r\u{0}m\u{0}3"))
        #expect(
            SARIFReport.fingerprint(rule: "r", match: "m", line: 3) != SARIFReport.fingerprint(rule: "r", match: "m", line: 4))
        #expect(
            SARIFReport.fingerprint(rule: "ab", match: "c", line: 1) != SARIFReport.fingerprint(rule: "a", match: "bc", line: 1))
    }
}
