import FootprintRules

/// Masks personal data in a post: each privacy finding that names an entity becomes `[ENTITY]`
/// (`[EMAIL]`, `[PHONE]`…), a card keeps its last four digits (`[CREDIT_CARD ••••1234]`), and
/// every other byte stays as it was.
public enum Redactor {
    /// The text with every privacy finding that has an entity replaced by its mask. Findings that
    /// overlap are masked as one span, labelled by the longest of them (the earliest on a tie).
    /// `findings` index `text` by byte (a finding's `range`), as `Session.checkPost` returns them.
    public static func redact(text: [UInt8], findings: [Finding]) -> [UInt8] {
        let masked =
            findings
            .filter { $0.category == .privacy && $0.entity != nil && !$0.range.isEmpty }
            .map { (range: $0.range.clamped(to: 0..<text.count), finding: $0) }
            .filter { !$0.range.isEmpty }
            .sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var position = 0
        var k = 0
        while k < masked.count {
            // One cluster of overlapping findings.
            var range = masked[k].range
            var longest = masked[k]
            k += 1
            while k < masked.count, masked[k].range.lowerBound < range.upperBound {
                range = range.lowerBound..<max(range.upperBound, masked[k].range.upperBound)
                if masked[k].range.count > longest.range.count { longest = masked[k] }
                k += 1
            }
            output.append(contentsOf: text[position..<range.lowerBound])
            output.append(contentsOf: mask(for: longest.finding, in: text[longest.range]).utf8)
            position = range.upperBound
        }
        output.append(contentsOf: text[position...])
        return output
    }

    /// The mask of one finding: `[ENTITY]`, or `[CREDIT_CARD ••••1234]` for a card.
    static func mask(for finding: Finding, in matched: ArraySlice<UInt8>) -> String {
        let entity = finding.entity ?? "PRIVATE"
        guard entity == "CREDIT_CARD" else { return "[\(entity)]" }
        let digits = matched.filter { $0 >= 0x30 && $0 <= 0x39 }
        guard digits.count >= 8 else { return "[\(entity)]" }
        return "[\(entity) ••••\(String(decoding: digits.suffix(4), as: UTF8.self))]"
    }
}
