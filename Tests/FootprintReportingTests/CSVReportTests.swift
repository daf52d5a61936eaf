import Footprint
import FootprintRules
import FootprintScoring
import FootprintText
import Foundation
import Testing

@testable import FootprintReporting

@Suite("CSV report")
struct CSVReportTests {
    static let columns = [
        "source", "id", "score", "band", "rule", "category", "severity", "confidence", "line", "column", "start", "end",
        "match", "message", "advice",
    ]

    /// Header and rows parsed back, as dictionaries by column name.
    private func records(_ items: [ReportItem], options: ReportOptions = ReportOptions()) throws -> [[String: String]] {
        let csv = CSVReport.header + items.map { CSVReport.rows($0, options: options) }.joined()
        let parsed = parseCSV(csv)
        try #require(parsed.first == Self.columns)
        for record in parsed { #expect(record.count == Self.columns.count, "\(record)") }
        return parsed.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(Self.columns, $0)) }
    }

    @Test("the header names the columns and ends in a newline")
    func header() {
        #expect(CSVReport.header == Self.columns.joined(separator: ",") + "\n")
    }

    @Test("a clean post is one row with empty finding fields")
    func clean() throws {
        let item = try Fixtures.item("Lovely weather for a walk today.", source: "post.md")
        try #require(item.assessment.findings.isEmpty)
        let rows = CSVReport.rows(item, options: ReportOptions())
        #expect(rows == "post.md,,0,low,,,,,,,,,,,\n")
    }

    @Test("one row per finding, with offsets in scalars, confidence to 3 decimals, score as a whole number")
    func findings() throws {
        let item = try Fixtures.item(SARIFReportTests.post, source: "drafts/post.md", id: "p1")
        let rows = try records([item]).filter { $0["rule"] == "privacy/email-address" }
        try #require(rows.count == 2)
        let first = rows[0]
        #expect(first["source"] == "drafts/post.md")
        #expect(first["id"] == "p1")
        #expect(first["score"] == String(Int(item.assessment.score)))
        #expect(first["band"] == item.assessment.band.rawValue)
        #expect(first["category"] == "privacy")
        #expect(first["severity"] == "medium")
        #expect(first["confidence"]?.range(of: #"^[01]\.\d{3}$"#, options: .regularExpression) != nil)
        #expect(first["line"] == "1")
        #expect(first["column"] == "12")  // graphemes: the family emoji is one character
        #expect(first["start"] == "15")
        #expect(first["end"] == "35")
        #expect(rows[1]["line"] == "2")
        #expect(rows[1]["start"] == "44")
        #expect(
            CSVReport.rows(item, options: ReportOptions()).components(separatedBy: "\n").count == item.assessment.findings.count
                + 1)
    }

    @Test("personal data is masked unless showMatches")
    func masking() throws {
        let item = try Fixtures.item("write to jane.doe@example.com", source: "a.md")
        let masked = CSVReport.rows(item, options: ReportOptions())
        #expect(!masked.contains("jane.doe@example.com"))
        let row = try #require(try records([item]).first { $0["rule"] == "privacy/email-address" })
        #expect(row["match"] == "****.***@*******.***")
        #expect(row["message"]?.contains("'****.***@*******.***'") == true)
        #expect(row["advice"]?.isEmpty == false)
        let shown = try #require(try records([item], options: ReportOptions(showMatches: true)).first)
        #expect(shown["match"] == "jane.doe@example.com")
    }

    @Test("fields with commas, quotes and line breaks are quoted, inner quotes doubled")
    func quoting() throws {
        let match = "say \"hi\", ok\r\nbye"
        let finding = Fixtures.finding(match: match, start: 0)
        let item = Fixtures.item(source: "my, file.md", text: match, findings: [finding])
        let rows = CSVReport.rows(item, options: ReportOptions())
        #expect(rows.hasPrefix("\"my, file.md\","))
        #expect(rows.contains(",\"say \"\"hi\"\", ok\r\nbye\","))
        #expect(rows.hasSuffix("\n"))
        let row = try #require(try records([item]).first)
        #expect(row["source"] == "my, file.md")
        #expect(row["match"] == match)
        #expect(row["message"] == "said '\(match)'")
        #expect(CSVReport.field("plain text") == "plain text")
        #expect(CSVReport.field("") == "")
    }

    @Test("fields a spreadsheet would run as formulas get a quote before them")
    func formulaInjection() throws {
        let findings = [
            Fixtures.finding(template: "{match}", match: "=HYPERLINK(\"http://x.example\",\"y\")", start: 0),
            Fixtures.finding(category: .privacy, template: "phone {match}", match: "+1 555 0100", start: 0),
            Fixtures.finding(template: "-{match}", match: "@everyone", start: 0),
            Fixtures.finding(template: "{match}", match: "\tx", start: 0),
        ]
        let item = Fixtures.item(source: "-", id: "=1+2", text: "whatever text", findings: findings)
        let rows = try records([item])
        try #require(rows.count == 4)
        #expect(rows.allSatisfy { $0["source"] == "'-" && $0["id"] == "'=1+2" })
        #expect(rows[0]["match"] == "'=HYPERLINK(\"http://x.example\",\"y\")")
        #expect(rows[0]["message"] == "'=HYPERLINK(\"http://x.example\",\"y\")")
        #expect(rows[1]["match"] == "'+* *** ****")  // masked, and still guarded
        #expect(rows[1]["message"] == "phone +* *** ****")
        #expect(rows[2]["match"] == "'@everyone")
        #expect(rows[2]["message"] == "'-@everyone")
        #expect(rows[3]["match"] == "'\tx")
        #expect(CSVReport.field("=1") == "\"'=1\"")
        #expect(CSVReport.field("\u{FF1D}1") == "\"'\u{FF1D}1\"")
        #expect(CSVReport.field("a=1") == "a=1")
    }

    @Test("decimals are written without locale, rounded")
    func decimals() {
        #expect(CSVReport.decimal(0.95, places: 3) == "0.950")
        #expect(CSVReport.decimal(1, places: 3) == "1.000")
        #expect(CSVReport.decimal(0.12345, places: 3) == "0.123")
        #expect(CSVReport.decimal(0.0006, places: 3) == "0.001")
        #expect(CSVReport.decimal(.nan, places: 3) == "")
    }
}
