import FootprintRules
import FootprintScoring
import FootprintText

/// The report for people: the score and band, then each finding with its line of text and the
/// span highlighted (colour on a terminal, carets otherwise).
public enum TextReport {
    private enum Style: String {
        case reset = "\u{1B}[0m", bold = "\u{1B}[1m", dim = "\u{1B}[2m", red = "\u{1B}[31m", yellow = "\u{1B}[33m"
        case green = "\u{1B}[32m", magenta = "\u{1B}[35m", highlight = "\u{1B}[1;4;31m"
    }

    /// Renders one assessment of `text` (the original post) under the name `source`.
    public static func render(_ assessment: Assessment, text: [UInt8], source: String, options: ReportOptions) -> String {
        func paint(_ s: String, _ style: Style) -> String { options.color ? style.rawValue + s + Style.reset.rawValue : s }
        let bandStyle: Style =
            switch assessment.band {
            case .low: .green
            case .medium: .yellow
            case .high: .red
            case .critical: .magenta
            }
        var out = paint(terminalSafe(source), .bold) + ": score " + String(Int(assessment.score.rounded())) + "/100 "
        out += paint(assessment.band.rawValue, bandStyle)
        if !assessment.factors.isEmpty {
            out += " (" + assessment.factors.map { "\($0.category) \(Int($0.score.rounded()))" }.joined(separator: ", ") + ")"
        }
        out += "\n"
        for warning in assessment.warnings { out += "  " + paint("warning:", .yellow) + " " + terminalSafe(warning) + "\n" }
        if assessment.findings.isEmpty {
            out += "  no findings\n"
            return out
        }
        // NOTE: an excerpt shows the text around a span, which may hold another finding's
        // personal data: mask every privacy span in every excerpt.
        let hidden = options.showMatches ? [] : assessment.findings.filter { $0.category == .privacy }.map(\.range)
        for finding in assessment.findings {
            let shown = options.shown(finding)
            out += "  \(finding.start.line):\(finding.start.column)  " + paint(finding.rule, .bold) + "  "
            out += finding.severity.rawValue + " " + String(Int((finding.confidence * 100).rounded())) + "%  "
            out += terminalSafe(finding.message(match: shown)) + "\n"
            out += excerpt(
                of: finding, in: text, hidden: hidden, shown: shown, paint: { paint($0, .highlight) }, carets: !options.color)
        }
        return out
    }

    /// The finding's line, cut to about 80 characters around the span, with the span marked.
    private static func excerpt(
        of finding: Finding, in text: [UInt8], hidden: [Range<Int>], shown: String, paint: (String) -> String, carets: Bool
    ) -> String {
        /// The text of a byte range with hidden spans masked.
        func display(_ range: Range<Int>) -> String {
            var out = ""
            var cursor = range.lowerBound
            for span in hidden.sorted(by: { $0.lowerBound < $1.lowerBound }) where span.overlaps(range) {
                let start = max(span.lowerBound, cursor)
                let end = min(span.upperBound, range.upperBound)
                guard start < end else { continue }
                out += String(decoding: text[cursor..<start], as: UTF8.self)
                out += Masking.mask(String(decoding: text[start..<end], as: UTF8.self))
                cursor = end
            }
            return out + String(decoding: text[cursor..<range.upperBound], as: UTF8.self)
        }
        let start = min(finding.range.lowerBound, text.count)
        var lineStart = start
        while lineStart > 0, text[lineStart - 1] != 0x0A, text[lineStart - 1] != 0x0D { lineStart -= 1 }
        var lineEnd = min(finding.range.upperBound, text.count)
        while lineEnd < text.count, text[lineEnd] != 0x0A, text[lineEnd] != 0x0D { lineEnd += 1 }
        let spanEnd = min(finding.range.upperBound, lineEnd)
        var before = Substring(display(lineStart..<start))
        var after = Substring(display(spanEnd..<lineEnd))
        if before.count > 40 { before = "…" + before.suffix(39) }
        if after.count > 40 { after = after.prefix(39) + "…" }
        let span = String(shown.prefix { $0 != "\n" && $0 != "\r" })
        let (safeBefore, safeSpan) = (terminalSafe(before), terminalSafe(span))
        var out = "      " + safeBefore + paint(safeSpan) + terminalSafe(after) + "\n"
        if carets {
            out +=
                "      " + String(repeating: " ", count: displayWidth(safeBefore))
                + String(repeating: "^", count: max(1, displayWidth(safeSpan))) + "\n"
        }
        return out
    }

    /// Text as a terminal may show it: a post's control characters (an escape sequence could
    /// clear the screen or retitle the window) and bidirectional overrides (which reorder what
    /// is shown) become visible placeholders, a tab a space.
    public static func terminalSafe(_ text: some StringProtocol) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.unicodeScalars.append(" ")
            case 0x00..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: out.unicodeScalars.append("\u{2421}")
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
