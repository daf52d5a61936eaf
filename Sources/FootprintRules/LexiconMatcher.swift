import FootprintText

/// Matches a lexicon's terms on token boundaries in one or more views. Terms are cut into tokens
/// by the same analyzer as posts, so rules and posts agree on what a word is.
struct LexiconMatcher: Sendable {
    struct Entry: Sendable {
        /// The term's first token, to confirm a hash hit.
        var first: [UInt8]
        /// The term's tokens after the first.
        var rest: [[UInt8]]
        var severity: Severity?
    }

    /// For each view, terms indexed by a hash of their first token.
    let index: [(view: ViewKind, terms: [UInt64: [Entry]])]

    init(terms: [Term], views: [ViewKind], analyzer: TextAnalyzer) throws {
        var index: [(ViewKind, [UInt64: [Entry]])] = []
        for view in views {
            var byFirst: [UInt64: [Entry]] = [:]
            for term in terms {
                let analyzed = try analyzer.analyze(term.text)
                let (termView, tokens) = try analyzed.view(view)
                let words = tokens.filter(\.isWordLike).map { Array(termView.bytes[$0.range]) }
                guard let first = words.first else { continue }
                byFirst[Self.hash(first[...]), default: []].append(
                    Entry(first: first, rest: Array(words.dropFirst()), severity: term.severity))
            }
            index.append((view, byFirst))
        }
        self.index = index
    }

    /// FNV-1a: cheap, and no allocation per token.
    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Calls `found(originalRange, severity, view)` for each term occurrence, views in order; a
    /// span overlapping one already found in an earlier view is skipped.
    func scan(_ text: AnalyzedText, _ found: (Range<Int>, Severity?, ViewKind) -> Void) throws {
        // Spans found in earlier views, sorted; each view's own spans come in order.
        var seen: [Range<Int>] = []
        var current: [Range<Int>] = []
        func overlapsSeen(_ range: Range<Int>) -> Bool {
            var low = 0
            var high = seen.count
            while low < high {  // first span ending after range starts
                let mid = (low + high) / 2
                if seen[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
            }
            return low < seen.count && seen[low].lowerBound < range.upperBound
        }
        for (kind, terms) in index where !terms.isEmpty {
            defer {
                seen = (seen + current).sorted { $0.lowerBound < $1.lowerBound }
                current.removeAll()
            }
            let (view, tokens) = try text.view(kind)
            let bytes = view.bytes
            for (i, token) in tokens.enumerated() where token.isWordLike {
                guard let entries = terms[Self.hash(bytes[token.range])] else { continue }
                for entry in entries where bytes[token.range].elementsEqual(entry.first) {
                    guard i + entry.rest.count < tokens.count else { continue }
                    var matches = true
                    for (k, word) in entry.rest.enumerated() {
                        let next = tokens[i + 1 + k]
                        if !next.isWordLike || !bytes[next.range].elementsEqual(word) {
                            matches = false
                            break
                        }
                    }
                    guard matches else { continue }
                    let viewRange = token.range.lowerBound..<tokens[i + entry.rest.count].range.upperBound
                    let original = view.originalRange(of: viewRange)
                    if overlapsSeen(original) || current.last.map({ $0.overlaps(original) }) == true { continue }
                    current.append(original)
                    found(original, entry.severity, kind)
                }
            }
        }
    }
}
