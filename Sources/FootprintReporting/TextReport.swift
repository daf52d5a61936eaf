import FootprintRules
import FootprintScoring
import FootprintText

/// The report for people: the score, its band and bar, the score in words, then the draft with
/// every span highlighted (colour on a terminal, carets otherwise) and one finding a line
/// underneath with what to do about it. A long draft shows each finding's line instead.
public enum TextReport {
    private enum Style: String {
        case reset = "\u{1B}[0m", bold = "\u{1B}[1m", dim = "\u{1B}[2m", red = "\u{1B}[31m", yellow = "\u{1B}[33m"
        case green = "\u{1B}[32m", magenta = "\u{1B}[35m", highlight = "\u{1B}[1;4;31m"
    }

    /// Drafts up to this many lines and bytes are shown whole.
    static let wholeDraftLines = 12
    static let wholeDraftBytes = 1_500

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
        let score = Int(assessment.score.rounded())
        var out = paint(terminalSafe(source), .bold) + ": " + String(score) + "/100 " + paint(assessment.band.rawValue, bandStyle)
        out += "  " + paint(bar(score, unicode: options.color), bandStyle)
        if assessment.profile != "public" { out += "  (" + terminalSafe(assessment.profile) + " audience)" }
        out += "\n"
        if !assessment.summary.isEmpty { out += "  " + terminalSafe(assessment.summary) + "\n" }
        for warning in assessment.warnings { out += "  " + paint("warning:", .yellow) + " " + terminalSafe(warning) + "\n" }
        if assessment.findings.isEmpty {
            out += "  no findings\n"
            return out
        }
        // NOTE: the draft and the excerpts show text around a span, which may hold another
        // finding's personal data: mask every privacy span everywhere.
        let hidden = options.showMatches ? [] : assessment.findings.filter { $0.category == .privacy }.map(\.range)
        let lineCount = text.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let whole = text.count <= wholeDraftBytes && lineCount <= wholeDraftLines
        if whole {
            out += "\n" + draft(text, spans: assessment.findings.map(\.range), hidden: hidden, options: options) + "\n"
        }
        for (index, finding) in assessment.findings.enumerated() {
            let shown = options.shown(finding)
            out += "  \(finding.start.line):\(finding.start.column)  " + paint(finding.rule, .bold) + "  "
            out += finding.severity.rawValue + " " + String(Int((finding.confidence * 100).rounded())) + "%  "
            out += terminalSafe(finding.message(match: shown)) + "\n"
            if !whole {
                out += excerpt(
                    of: finding, in: text, hidden: hidden, shown: shown, paint: { paint($0, .highlight) },
                    carets: !options.color)
            }
            if index < assessment.advice.count, !assessment.advice[index].isEmpty {
                out += "      " + paint("→ " + terminalSafe(assessment.advice[index]), .dim) + "\n"
            }
        }
        return out
    }

    /// A 20-cell bar of the score: blocks on a terminal, `#` and `.` otherwise.
    static func bar(_ score: Int, unicode: Bool) -> String {
        let filled = min(20, max(0, (score + 2) / 5))
        return unicode
            ? String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
            : "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]"
    }

    /// The whole draft, each line behind a gutter, the spans highlighted in colour or marked with
    /// carets on the line below; hidden spans masked.
    static func draft(_ text: [UInt8], spans: [Range<Int>], hidden: [Range<Int>], options: ReportOptions) -> String {
        var out = ""
        var lineStart = 0
        while lineStart <= text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart, text[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            // Cut the line into pieces at span edges: (text, inside a span).
            var cuts = Set([lineStart, contentEnd])
            for span in spans + hidden {
                for edge in [span.lowerBound, span.upperBound] where edge > lineStart && edge < contentEnd { cuts.insert(edge) }
            }
            let edges = cuts.sorted()
            var shown = ""
            var carets = ""
            var marked = false
            for (from, to) in zip(edges, edges.dropFirst()) where from < to {
                let piece = from..<to
                var pieceText = String(decoding: text[piece], as: UTF8.self)
                if hidden.contains(where: { $0.lowerBound <= from && to <= $0.upperBound }) {
                    pieceText = Masking.mask(pieceText)
                }
                let safe = terminalSafe(pieceText)
                let inSpan = spans.contains { $0.lowerBound <= from && to <= $0.upperBound }
                marked = marked || inSpan
                shown += inSpan && options.color ? Style.highlight.rawValue + safe + Style.reset.rawValue : safe
                carets += String(repeating: inSpan ? "^" : " ", count: displayWidth(safe))
            }
            if lineStart < contentEnd || lineEnd < text.count {
                out += "  │ " + shown + "\n"
                if marked && !options.color {
                    while carets.last == " " { carets.removeLast() }
                    out += "  │ " + carets + "\n"
                }
            }
            if lineEnd >= text.count { break }
            lineStart = lineEnd + 1
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
