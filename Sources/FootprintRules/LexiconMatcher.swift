import FootprintText

/// Matches a lexicon's terms on token boundaries in one or more views. Terms are cut into tokens
/// by the same analyzer as posts, so "F**K" rules and posts agree on what a word is.
struct LexiconMatcher: Sendable {
    struct Entry: Sendable {
        /// The term's tokens after the first.
        var rest: [String]
        var severity: Severity?
    }

    /// For each view, terms indexed by their first token.
    let index: [(view: ViewKind, terms: [String: [Entry]])]

    init(terms: [Term], views: [ViewKind], analyzer: TextAnalyzer) throws {
        var index: [(ViewKind, [String: [Entry]])] = []
        for view in views {
            var byFirst: [String: [Entry]] = [:]
            for term in terms {
                let analyzed = try analyzer.analyze(term.text)
                let (termView, tokens) = try analyzed.view(view)
                let words = tokens.filter(\.isWordLike).map { analyzed.text(of: $0, in: termView) }
                guard let first = words.first else { continue }
                byFirst[first, default: []].append(Entry(rest: Array(words.dropFirst()), severity: term.severity))
            }
            index.append((view, byFirst))
        }
        self.index = index
    }

    /// Calls `found(originalRange, severity)` for each term occurrence, views in order; a span
    /// overlapping one already found in an earlier view is skipped.
    func scan(_ text: AnalyzedText, _ found: (Range<Int>, Severity?, ViewKind) -> Void) throws {
        var seen: [Range<Int>] = []
        for (kind, terms) in index where !terms.isEmpty {
            let (view, tokens) = try text.view(kind)
            let bytes = view.bytes
            for (i, token) in tokens.enumerated() where token.isWordLike {
                let key = String(decoding: bytes[token.range], as: UTF8.self)
                guard let entries = terms[key] else { continue }
                for entry in entries {
                    guard i + entry.rest.count < tokens.count else { continue }
                    var matches = true
                    for (k, word) in entry.rest.enumerated() {
                        let next = tokens[i + 1 + k]
                        if !next.isWordLike || String(decoding: bytes[next.range], as: UTF8.self) != word {
                            matches = false
                            break
                        }
                    }
                    guard matches else { continue }
                    let viewRange = token.range.lowerBound..<tokens[i + entry.rest.count].range.upperBound
                    let original = view.originalRange(of: viewRange)
                    if seen.contains(where: { $0.overlaps(original) }) { continue }
                    seen.append(original)
                    found(original, entry.severity, kind)
                }
            }
        }
    }
}
