import FootprintRules
import FootprintScoring
import FootprintText

/// One checked post for file-level reports.
public struct ReportItem: Sendable {
    /// A file path (relative, as given on the command line), "-" for standard input, or a record id.
    public var source: String
    /// The post's assessment; its findings' offsets index `text`.
    public var assessment: Assessment
    /// The post's original UTF-8 text.
    public var text: [UInt8]

    /// An item for `source`, its `assessment` and the `text` the assessment's offsets index.
    public init(source: String, assessment: Assessment, text: [UInt8]) {
        self.source = source
        self.assessment = assessment
        self.text = text
    }
}

/// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the log format of code-scanning
/// services and editors, such as GitHub code scanning reading Markdown drafts in a repository.
///
/// One run of the tool "footprint": a reporting descriptor per rule, an artifact per distinct
/// source, a result per finding. Regions count Unicode code points (`columnKind`
/// "unicodeCodePoints"): `startColumn`/`endColumn` from 1 (`endColumn` is the column after the
/// span, as SARIF defines it), `charOffset`/`charLength` from the start of the post.
///
/// Privacy: the message, the snippet and the fingerprint of a privacy finding use the masked
/// match unless `showMatches`, so the log does not become the leak.
public enum SARIFReport {
    /// The schema `$schema` names.
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of the fingerprint in `partialFingerprints`.
    static let fingerprintKey = "footprint/v1"

    /// A whole SARIF log (one run, tool "footprint" with `version`, one reporting descriptor per
    /// rule in `rules`, one result per finding).
    ///
    /// A finding whose rule is not in `rules` still gets a result, without `ruleIndex`. The log is
    /// pretty-printed and ends with a newline.
    public static func render(_ items: [ReportItem], rules: [Rule], version: String, options: ReportOptions) -> String {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        // Artifacts: one per distinct uri, in order of first appearance, with the warnings of its posts.
        var artifactIndex: [String: Int] = [:]
        var artifacts: [(uri: String, warnings: [String])] = []
        for item in items {
            let uri = uri(forSource: item.source)
            let index: Int
            if let known = artifactIndex[uri] {
                index = known
            } else {
                index = artifacts.count
                artifactIndex[uri] = index
                artifacts.append((uri, []))
            }
            for warning in item.assessment.warnings where !artifacts[index].warnings.contains(warning) {
                artifacts[index].warnings.append(warning)
            }
        }

        var writer = JSONWriter(pretty: true, capacity: 4096)
        writer.beginObject()
        writer.key("$schema")
        writer.string(schema)
        writer.key("version")
        writer.string("2.1.0")
        writer.key("runs")
        writer.beginArray()
        writer.beginObject()

        writer.key("tool")
        writer.beginObject()
        writer.key("driver")
        writer.beginObject()
        writer.key("name")
        writer.string("footprint")
        writer.key("version")
        writer.string(version)
        writer.key("rules")
        writer.beginArray()
        for rule in rules { writeDescriptor(rule, into: &writer) }
        writer.endArray()
        writer.endObject()
        writer.endObject()

        writer.key("columnKind")
        writer.string("unicodeCodePoints")

        writer.key("artifacts")
        writer.beginArray()
        for artifact in artifacts {
            writer.beginObject()
            writer.key("location")
            writer.beginObject()
            writer.key("uri")
            writer.string(artifact.uri)
            writer.endObject()
            if !artifact.warnings.isEmpty {
                writer.key("properties")
                writer.beginObject()
                writer.key("warnings")
                writer.beginArray()
                for warning in artifact.warnings { writer.string(warning) }
                writer.endArray()
                writer.endObject()
            }
            writer.endObject()
        }
        writer.endArray()

        writer.key("results")
        writer.beginArray()
        for item in items where !item.assessment.findings.isEmpty {
            let uri = uri(forSource: item.source)
            let lines = LineStarts(item.text)
            for finding in item.assessment.findings {
                writeResult(
                    finding, of: item, uri: uri, artifactIndex: artifactIndex[uri], ruleIndex: ruleIndex[finding.rule],
                    lines: lines, options: options, into: &writer)
            }
        }
        writer.endArray()

        writer.endObject()
        writer.endArray()
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }

    // MARK: Rules

    private static func writeDescriptor(_ rule: Rule, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.string(rule.id)
        writer.key("name")
        writer.string(name(ofRule: rule.id))
        writer.key("shortDescription")
        writer.beginObject()
        writer.key("text")
        writer.string(messageText(rule.message.replacingAll("{match}", with: "…")))
        writer.endObject()
        if let description = rule.description?.trimmingWhitespace(), !description.isEmpty {
            writer.key("fullDescription")
            writer.beginObject()
            writer.key("text")
            writer.string(messageText(description))
            writer.endObject()
        }
        writer.key("defaultConfiguration")
        writer.beginObject()
        writer.key("level")
        writer.string(level(of: rule.severity))
        writer.endObject()
        writer.key("properties")
        writer.beginObject()
        writer.key("category")
        writer.string(rule.category.rawValue)
        writer.key("severity")
        writer.string(rule.severity.rawValue)
        writer.key("tags")
        writer.beginArray()
        writer.string(rule.category.rawValue)
        writer.endArray()
        writer.endObject()
        writer.endObject()
    }

    /// A rule's `name`: the last part of its id in PascalCase ("privacy/email-address" →
    /// "EmailAddress"), or the id when that part has no letters or digits.
    static func name(ofRule id: String) -> String {
        let last = id.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(id)
        var out = ""
        for word in last.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            out += word.prefix(1).uppercased() + word.dropFirst()
        }
        return out.isEmpty ? id : out
    }

    /// The SARIF level of a severity: critical and high are errors, medium warnings, low notes.
    static func level(of severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }

    // MARK: Results

    private static func writeResult(
        _ finding: Finding, of item: ReportItem, uri: String, artifactIndex: Int?, ruleIndex: Int?, lines: LineStarts,
        options: ReportOptions, into writer: inout JSONWriter
    ) {
        let shown = options.shown(finding)
        let region = lines.region(from: finding.start, to: finding.end)
        writer.beginObject()
        writer.key("ruleId")
        writer.string(finding.rule)
        if let ruleIndex {
            writer.key("ruleIndex")
            writer.int(ruleIndex)
        }
        writer.key("level")
        writer.string(level(of: finding.severity))
        writer.key("message")
        writer.beginObject()
        writer.key("text")
        writer.string(messageText(finding.message(match: shown)))
        writer.endObject()

        writer.key("locations")
        writer.beginArray()
        writer.beginObject()
        writer.key("physicalLocation")
        writer.beginObject()
        writer.key("artifactLocation")
        writer.beginObject()
        writer.key("uri")
        writer.string(uri)
        if let artifactIndex {
            writer.key("index")
            writer.int(artifactIndex)
        }
        writer.endObject()
        writer.key("region")
        writer.beginObject()
        writer.key("startLine")
        writer.int(region.startLine)
        writer.key("startColumn")
        writer.int(region.startColumn)
        writer.key("endLine")
        writer.int(region.endLine)
        writer.key("endColumn")
        writer.int(region.endColumn)
        writer.key("charOffset")
        writer.int(max(0, finding.start.scalar))
        writer.key("charLength")
        writer.int(max(0, finding.end.scalar - finding.start.scalar))
        writer.key("snippet")
        writer.beginObject()
        writer.key("text")
        writer.string(shown)
        writer.endObject()
        writer.endObject()
        writer.endObject()
        writer.endObject()
        writer.endArray()

        writer.key("partialFingerprints")
        writer.beginObject()
        writer.key(fingerprintKey)
        writer.string(fingerprint(rule: finding.rule, match: shown, line: finding.start.line))
        writer.endObject()

        writer.key("properties")
        writer.beginObject()
        writer.key("confidence")
        writer.number(finding.confidence, decimals: 3)
        writer.key("category")
        writer.string(finding.category.rawValue)
        if let entity = finding.entity {
            writer.key("entity")
            writer.string(entity)
        }
        writer.key("score")
        writer.number(item.assessment.score, decimals: 0)
        writer.key("band")
        writer.string(item.assessment.band.rawValue)
        writer.endObject()
        writer.endObject()
    }

    /// A stable identity of a finding across runs: FNV-1a 64 of the rule id, the match as shown
    /// and the line, as 16 lowercase hex digits. The parts are separated by a NUL byte so that
    /// ("a", "bc") and ("ab", "c") differ.
    static func fingerprint(rule: String, match: String, line: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        add(rule.utf8)
        add([0])
        add(match.utf8)
        add([0])
        add(String(line).utf8)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Text

    /// A plain-text SARIF message string: '{' and '}' doubled (SARIF §3.11.5 reserves them for
    /// placeholders), and when the text holds "](", which a viewer could take for an embedded
    /// link (§3.11.6) to somewhere a post chose, its brackets and backslashes escaped.
    static func messageText(_ text: String) -> String {
        let escapeLinks = text.contains("](")
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "{": out += "{{"
            case "}": out += "}}"
            case "[" where escapeLinks: out += "\\["
            case "]" where escapeLinks: out += "\\]"
            case "\\" where escapeLinks: out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The artifact uri of a source: "stdin" for "-"; otherwise the path with a leading "./"
    /// dropped, percent-encoded (UTF-8) except for unreserved characters, sub-delimiters, '@' and
    /// '/', so spaces, '%', '#', '?' and ':' (which would read as a scheme) are encoded. An
    /// absolute path becomes a file:// uri. A record id is encoded the same way.
    static func uri(forSource source: String) -> String {
        if source == "-" { return "stdin" }
        var path = Substring(source)
        while path.hasPrefix("./") && path.count > 2 { path = path.dropFirst(2) }
        var out = path.hasPrefix("/") ? "file://" : ""
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where "-._~/!$&'()*+,;=@".utf8.contains(byte):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0xF)]))
            }
        }
        return out
    }
}

/// Where each line of a text starts, in Unicode scalars; lines end at LF, CR LF or CR, as
/// `TextPosition` counts them.
private struct LineStarts {
    private let index: LineIndex

    init(_ bytes: [UInt8]) { index = LineIndex(bytes) }

    /// The column (in code points, from 1) of a position; the position's own (grapheme) column
    /// when its line is not in the text.
    func column(of position: TextPosition) -> Int {
        guard let start = index.scalarStart(ofLine: position.line) else { return max(1, position.column) }
        return max(1, position.scalar - start + 1)
    }

    /// A SARIF text region. `endLine` is the line of the span's last character, so a span that
    /// ends just after a line break ends on that break's line.
    func region(from start: TextPosition, to end: TextPosition) -> (
        startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
    ) {
        let startLine = max(1, start.line)
        let startColumn = column(of: start)
        var endLine = max(startLine, end.line)
        var endColumn = column(of: end)
        if end.scalar > start.scalar, endLine > startLine, endColumn == 1,
            let next = index.scalarStart(ofLine: endLine), let previous = index.scalarStart(ofLine: endLine - 1)
        {
            endLine -= 1
            endColumn = next - previous + 1
        }
        if endLine == startLine { endColumn = max(endColumn, startColumn) }
        return (startLine, startColumn, endLine, endColumn)
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (without Foundation).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// The string without leading and trailing white space.
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
