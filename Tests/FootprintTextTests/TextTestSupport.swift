@testable import FootprintText

/// One analyzer for a test (ICU iterators are not shared across threads).
func analyze(_ text: String) throws -> AnalyzedText {
    try TextAnalyzer().analyze(text)
}

extension AnalyzedText {
    /// Texts of the word-like tokens of a view.
    func words(_ kind: ViewKind = .folded) throws -> [String] {
        let (view, tokens) = try view(kind)
        return tokens.filter(\.isWordLike).map { text(of: $0, in: view) }
    }

    /// The original text behind the first occurrence of `needle` in a view.
    func original(of needle: String, in kind: ViewKind) throws -> String? {
        let view = try view(kind).view
        let hay = view.bytes
        let n = Array(needle.utf8)
        guard n.count <= hay.count else { return nil }
        for start in 0...(hay.count - n.count) where Array(hay[start..<(start + n.count)]) == n {
            return text(of: view.originalRange(of: start..<(start + n.count)))
        }
        return nil
    }
}
