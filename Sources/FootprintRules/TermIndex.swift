import FootprintText

/// Every term of every rule (lexicon terms and exceptions, proximity parts, context words, the
/// engine's own negation and counter-speech lists) in one index per view, so one pass over a
/// view's tokens finds them all: a trie over tokens whose first level is a hash table.
///
/// Terms are cut into tokens by the same analyzer as posts, so rules and posts agree on what a
/// word is; a term's punctuation must stand in the post too ("cock-up", not "cock, up").
struct TermIndex: Sendable {
    struct Entry: Sendable {
        var set: Int32
        /// The term's first token, to confirm a hash hit.
        var first: [UInt8]
        /// Its other tokens.
        var rest: [[UInt8]]
        var severity: Severity?
    }

    /// Per view, entries by the hash of their first token.
    private(set) var tables: [(view: ViewKind, entries: [UInt64: [Entry]])] = []
    /// Number of term sets.
    private(set) var setCount = 0

    /// Adds a set of terms matched in `views`; returns the set's number.
    mutating func add(_ terms: [Term], views: [ViewKind], analyzer: TextAnalyzer) throws -> Int {
        let set = setCount
        setCount += 1
        for view in views {
            let slot: Int
            if let existing = tables.firstIndex(where: { $0.view == view }) {
                slot = existing
            } else {
                tables.append((view, [:]))
                slot = tables.count - 1
            }
            for term in terms {
                let analyzed = try analyzer.analyze(term.text)
                let (termView, tokens) = try analyzed.view(view)
                let words = tokens.map { Array(termView.bytes[$0.range]) }
                guard let first = words.first else { continue }
                tables[slot].entries[Self.hash(first[...]), default: []].append(
                    Entry(set: Int32(set), first: first, rest: Array(words.dropFirst()), severity: term.severity))
            }
        }
        return set
    }

    /// FNV-1a: cheap, and no allocation per token.
    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Finds every term in every view that has terms.
    func scan(_ text: AnalyzedText) throws -> TermHits {
        var hits = TermHits(setCount: setCount)
        for (kind, entries) in tables where !entries.isEmpty {
            let (view, tokens) = try text.view(kind)
            let bytes = view.bytes
            for (i, token) in tokens.enumerated() {
                guard let candidates = entries[Self.hash(bytes[token.range])] else { continue }
                for entry in candidates where bytes[token.range].elementsEqual(entry.first) {
                    let last = i + entry.rest.count
                    guard last < tokens.count else { continue }
                    var matches = true
                    for (k, word) in entry.rest.enumerated() {
                        let next = tokens[i + 1 + k]
                        if !bytes[next.range].elementsEqual(word) {
                            matches = false
                            break
                        }
                    }
                    guard matches else { continue }
                    let viewRange = token.range.lowerBound..<tokens[last].range.upperBound
                    hits.bySet[Int(entry.set)].append(
                        TermHit(
                            view: kind, firstToken: i, lastToken: last, range: view.originalRange(of: viewRange),
                            severity: entry.severity))
                }
            }
        }
        return hits
    }
}

/// A term found in a post.
struct TermHit: Sendable {
    var view: ViewKind
    /// Token indices in the view's tokens, both inclusive.
    var firstToken: Int
    var lastToken: Int
    /// Byte range in the original text.
    var range: Range<Int>
    var severity: Severity?
}

/// What one scan of a post found, by term set.
struct TermHits {
    var bySet: [[TermHit]]

    init(setCount: Int) {
        bySet = Array(repeating: [], count: setCount)
    }

    subscript(set: Int) -> [TermHit] { bySet[set] }

    /// True when a term of `set` lies within `range` of tokens of the folded view.
    func any(_ set: Int, inFoldedTokens range: ClosedRange<Int>) -> Bool {
        bySet[set].contains { $0.view == .folded && $0.firstToken <= range.upperBound && $0.lastToken >= range.lowerBound }
    }
}
