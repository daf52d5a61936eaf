import FootprintRules
import FootprintScoring

/// Findings as CSV (RFC 4180) for spreadsheets: one row per finding, one row with empty finding
/// fields for a post without findings.
///
/// Columns: source, id (the assessment's record id, empty when none), score (whole number), band,
/// rule, category, severity, confidence (three decimals), line and column (of the span's start,
/// from 1; the column in user-perceived characters, as in the JSON report), start and end
/// (Unicode-scalar offsets of the span), match (masked for privacy findings unless
/// `showMatches`), message, advice (what to do about it).
///
/// Records end in "\n" (not RFC 4180's CR LF), the header too; spreadsheets and CSV libraries
/// read either. A field is quoted when it holds a comma, a quote, CR or LF, with inner quotes
/// doubled. A text field that a spreadsheet could run as a formula (starting with '=', '+', '-',
/// '@', a tab or CR, or their full-width forms) is quoted with a "'" put before it (OWASP's
/// advice against CSV injection): a post's text must not become a formula in the reader's
/// spreadsheet.
public enum CSVReport {
    /// The header line, ending in "\n".
    public static let header: String =
        "source,id,score,band,rule,category,severity,confidence,line,column,start,end,match,message,advice\n"

    /// One row per finding of the item (or one row with empty finding fields when it has none),
    /// each ending in "\n".
    public static func rows(_ item: ReportItem, options: ReportOptions) -> String {
        let assessment = item.assessment
        let post = [
            field(item.source), field(assessment.id ?? ""),
            assessment.score.isFinite ? String(Int(assessment.score.rounded())) : "", field(assessment.band.rawValue),
        ]
        guard !assessment.findings.isEmpty else {
            return (post + Array(repeating: "", count: 11)).joined(separator: ",") + "\n"
        }
        var out = ""
        for (index, finding) in assessment.findings.enumerated() {
            let shown = options.shown(finding)
            let advice = index < assessment.advice.count ? assessment.advice[index] : ""
            let columns = [
                field(finding.rule), field(finding.category.rawValue), field(finding.severity.rawValue),
                decimal(finding.confidence, places: 3), String(finding.start.line), String(finding.start.column),
                String(finding.start.scalar), String(finding.end.scalar), field(shown),
                field(finding.message(match: shown)), field(advice),
            ]
            out += (post + columns).joined(separator: ",") + "\n"
        }
        return out
    }

    /// First characters that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// A text field as written: guarded against formulas, quoted when needed.
    static func field(_ value: String) -> String {
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) {
            return "\"'" + value.replacingQuotes() + "\""
        }
        let needsQuotes = value.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A
        }
        return needsQuotes ? "\"" + value.replacingQuotes() + "\"" : value
    }

    /// `value` with `places` decimals ("0.950"), without Foundation's locale-dependent formatting.
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "" }
        guard abs(value) < 1e12 else { return String(value) }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = String(scaled / scale)
        guard places > 0 else { return sign + whole }
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}

extension String {
    /// The string with each '"' doubled, for a quoted CSV field.
    fileprivate func replacingQuotes() -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            out.unicodeScalars.append(scalar)
            if scalar == "\"" { out.unicodeScalars.append("\"") }
        }
        return out
    }
}
