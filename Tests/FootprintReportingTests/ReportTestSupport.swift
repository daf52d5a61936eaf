import Footprint
import FootprintReporting
import FootprintRules
import FootprintScoring
import FootprintText
import Foundation
import Testing

/// The built-in packs, loaded once for every test of the target.
enum Fixtures {
    static let checker: Result<Checker, any Error> = Result { try Checker() }

    /// Runs the real checker over `text` and wraps the result as a report item.
    static func item(_ text: String, source: String, id: String? = nil) throws -> ReportItem {
        let session = try checker.get().makeSession()
        let (assessment, bytes) = try session.checkPost(Array(text.utf8), id: id)
        return ReportItem(source: source, assessment: assessment, text: bytes)
    }

    /// The built-in rules.
    static func rules() throws -> [Rule] { try checker.get().engine.rules }

    /// A finding built by hand over a one-line ASCII text, `start..<end` in scalars (= bytes).
    static func finding(
        _ rule: String = "test/rule", category: Category = .profanity, severity: Severity = .medium,
        confidence: Double = 0.9, template: String = "said '{match}'", match: String, start: Int = 0, end: Int? = nil,
        line: Int = 1
    ) -> Finding {
        let end = end ?? start + match.unicodeScalars.count
        return Finding(
            rule: rule, category: category, entity: category == .privacy ? "EMAIL" : nil, severity: severity,
            confidence: confidence, messageTemplate: template, range: start..<end,
            start: TextPosition(scalar: start, byte: start, line: line, column: start + 1),
            end: TextPosition(scalar: end, byte: end, line: line, column: end + 1), match: match)
    }

    /// An item of hand-built findings, scored by the default scorer.
    static func item(source: String, id: String? = nil, text: String, findings: [Finding]) -> ReportItem {
        ReportItem(source: source, assessment: Scorer().assess(id: id, findings: findings), text: Array(text.utf8))
    }
}

/// Parses RFC 4180 CSV (records ending in LF or CR LF) into records of fields.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let c = scalars.popFirst() {
        if quoted {
            if c == "\"" {
                if scalars.first == "\"" {
                    field.unicodeScalars.append("\"")
                    scalars.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"": quoted = true
        case ",":
            record.append(field)
            field = ""
        case "\r" where scalars.first == "\n": continue
        case "\n":
            record.append(field)
            records.append(record)
            record = []
            field = ""
        default: field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records
}

/// A JSON object's member, or nil.
func member(_ value: Any?, _ keys: Any...) -> Any? {
    var current = value
    for key in keys {
        switch key {
        case let name as String: current = (current as? [String: Any])?[name]
        case let index as Int:
            guard let array = current as? [Any], array.indices.contains(index) else { return nil }
            current = array[index]
        default: return nil
        }
    }
    return current
}
