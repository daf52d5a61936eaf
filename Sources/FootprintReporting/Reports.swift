import FootprintRules
import FootprintScoring

/// What reporters show.
public struct ReportOptions: Sendable {
    /// Show matched personal data as it is, instead of masked.
    public var showMatches: Bool
    /// ANSI colour and highlighting (text format on a terminal without NO_COLOR).
    public var color: Bool

    /// Options that show matches as they are when `showMatches` and use ANSI colour when `color`.
    public init(showMatches: Bool = false, color: Bool = false) {
        self.showMatches = showMatches
        self.color = color
    }

    /// The match as reports show it: masked for privacy findings unless `showMatches`.
    public func shown(_ finding: Finding) -> String {
        finding.category == .privacy && !showMatches ? Masking.mask(finding.match) : finding.match
    }
}

/// Masks personal data so that a report does not become the leak: letters and digits become
/// '*', separators stay so the shape is recognisable ("****.***@*******.***").
public enum Masking {
    /// `text` with every alphabetic or numeric character (of any script) replaced by '*',
    /// everything else kept.
    public static func mask(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let p = scalar.properties
            out.unicodeScalars.append(p.isAlphabetic || p.numericType != nil ? "*" : scalar)
        }
        return out
    }
}

/// The JSON object of one assessment, keys in the contract's order.
public enum AssessmentJSON {
    /// Writes `{"id", "score", "band", "profile", "summary", "factors", "findings", "warnings"}`
    /// (and `metadata` when the input carried other fields, already encoded as a JSON object).
    public static func write(
        _ assessment: Assessment, metadata: [UInt8]? = nil, extra: [(key: String, value: String?)] = [],
        options: ReportOptions, into writer: inout JSONWriter
    ) {
        writer.beginObject()
        writer.key("id")
        if let id = assessment.id { writer.string(id) } else { writer.null() }
        // Fields of the source a report adds after the id (an audit's platform, date and link).
        for (key, value) in extra {
            writer.key(key)
            if let value { writer.string(value) } else { writer.null() }
        }
        writer.key("score")
        writer.number(assessment.score, decimals: 0)
        writer.key("band")
        writer.string(assessment.band.rawValue)
        writer.key("profile")
        writer.string(assessment.profile)
        writer.key("summary")
        writer.string(assessment.summary)
        writer.key("factors")
        writer.beginArray()
        for factor in assessment.factors {
            writer.beginObject()
            writer.key("category")
            writer.string(factor.category.rawValue)
            writer.key("score")
            writer.number(factor.score, decimals: 1)
            writer.endObject()
        }
        writer.endArray()
        writer.key("findings")
        writer.beginArray()
        for (index, finding) in assessment.findings.enumerated() {
            let shown = options.shown(finding)
            writer.beginObject()
            writer.key("rule")
            writer.string(finding.rule)
            writer.key("category")
            writer.string(finding.category.rawValue)
            if let entity = finding.entity {
                writer.key("entity")
                writer.string(entity)
            }
            writer.key("severity")
            writer.string(finding.severity.rawValue)
            writer.key("confidence")
            writer.number(finding.confidence, decimals: 3)
            writer.key("message")
            writer.string(finding.message(match: shown))
            writer.key("advice")
            writer.string(index < assessment.advice.count ? assessment.advice[index] : "")
            writer.key("start")
            writer.int(finding.start.scalar)
            writer.key("end")
            writer.int(finding.end.scalar)
            writer.key("byteStart")
            writer.int(finding.start.byte)
            writer.key("byteEnd")
            writer.int(finding.end.byte)
            writer.key("line")
            writer.int(finding.start.line)
            writer.key("column")
            writer.int(finding.start.column)
            writer.key("match")
            writer.string(shown)
            writer.endObject()
        }
        writer.endArray()
        writer.key("warnings")
        writer.beginArray()
        for warning in assessment.warnings { writer.string(warning) }
        writer.endArray()
        if let metadata {
            writer.key("metadata")
            writer.raw(metadata)
        }
        writer.endObject()
    }

    /// The error record of input that could not be read: `{"source": …, "line": n, "error": "…"}`
    /// (source and line when known).
    public static func writeError(line: Int?, message: String, source: String? = nil, into writer: inout JSONWriter) {
        writer.beginObject()
        if let source {
            writer.key("source")
            writer.string(source)
        }
        if let line {
            writer.key("line")
            writer.int(line)
        }
        writer.key("error")
        writer.string(message)
        writer.endObject()
    }
}
