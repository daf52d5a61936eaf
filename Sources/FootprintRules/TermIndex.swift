import FootprintText

/// Every term of every rule (lexicon terms and exceptions, proximity parts, context words, the
/// engine's own negation and counter-speech lists) in one index per view, so one pass over a
/// view's tokens finds them all: a trie over tokens whose first level is a hash table.
///
/// Terms are cut into tokens by the same analyzer as posts, so rules and posts agree on what a
/// word is; a term's punctuation must stand in the post too ("cock-up", not "cock, up").
struct TermIndex: Sendable {
    struct Entry: Sendable {
        /// The sets the term belongs to, each with the term's own severity there.
        var sets: [(set: Int32, severity: Severity?)]
        /// The term's first token, to confirm a hash hit.
        var first: [UInt8]
        /// Its other tokens.
        var rest: [[UInt8]]
        /// Misspelt forms match too (see `FuzzyMatcher`).
        var typos: Bool
        /// The term matches inside a glued word.
        var glued: Bool
    }

    /// What makes two rules' terms one entry.
    fileprivate struct EntryKey: Hashable {
        var words: [[UInt8]]
        var typos: Bool
        var glued: Bool
    }

    struct Table: Sendable {
        var view: ViewKind
        /// Every distinct term, once however many sets hold it.
        var pool: [Entry] = []
        /// Entries (indices into `pool`) by the hash of their first token.
        var entries: [UInt64: [Int]] = [:]
        /// Fuzzy entries by the hash of a misspelling of their first token (a letter missing, two
        /// letters swapped), with that misspelling.
        var variants: [UInt64: [(variant: [UInt8], entry: Int)]] = [:]
        var hasFuzzy = false
        /// `entries` and `variants` frozen for lookups by `finishCompiling()` (which then empties
        /// them): indices into `pool`, and into `variantList`.
        var firstIndex = HashMultiMap()
        var variantIndex = HashMultiMap()
        var variantList: [(variant: [UInt8], entry: Int)] = []
        /// Bit n set when some entry's first token is n bytes long (63: that long or longer), for
        /// all entries and for those matched with typos: lookups of other lengths cannot hit.
        var firstLengths: UInt64 = 0
        var typoLengths: UInt64 = 0
        /// Compilation only: where each distinct term stands in `pool`.
        fileprivate var lookup: [EntryKey: Int] = [:]
    }

    /// One table per view.
    private(set) var tables: [Table] = []
    /// Number of term sets.
    private(set) var setCount = 0
    /// Hashes of words that are never read as misspellings, and of short words a glued word may
    /// be split off ("stab" + "those").
    private(set) var knownWords: [KnownWords] = []
    private(set) var glueWords: Set<UInt64> = []
    private var glueSet = HashSet64()

    private struct TermKey: Hashable {
        var text: String
        var view: ViewKind
    }

    private struct MisspellingKey: Hashable {
        var word: [UInt8]
        var minimum: Int
    }

    /// Compilation caches, emptied by `finishCompiling`.
    private var termCache: [TermKey: [[UInt8]]] = [:]
    private var misspellingCache: [MisspellingKey: [[UInt8]]] = [:]

    /// Adds a set of terms matched in `views`; returns the set's number. A fuzzy set also matches
    /// words one typo away and words glued to another word.
    mutating func add(_ terms: [Term], views: [ViewKind], analyzer: TextAnalyzer, fuzzy: FuzzySpec? = nil) throws -> Int {
        let set = setCount
        setCount += 1
        if let known = fuzzy?.knownWords, !knownWords.contains(where: { $0 === known }) { knownWords.append(known) }
        if fuzzy != nil && glueWords.isEmpty {
            glueWords = Set(EngineLists.glue.map { Self.hash(Array($0.utf8)[...]) })
        }
        for view in views {
            let slot: Int
            if let existing = tables.firstIndex(where: { $0.view == view }) {
                slot = existing
            } else {
                tables.append(Table(view: view))
                slot = tables.count - 1
            }
            for term in terms {
                let words = try cutTerm(term.text, view: view, analyzer: analyzer)
                guard let first = words.first else { continue }
                let key = EntryKey(words: words, typos: fuzzy?.typos ?? false, glued: fuzzy != nil)
                if let existing = tables[slot].lookup[key] {
                    tables[slot].pool[existing].sets.append((Int32(set), term.severity))
                    continue
                }
                let index = tables[slot].pool.count
                tables[slot].pool.append(
                    Entry(
                        sets: [(Int32(set), term.severity)], first: first, rest: Array(words.dropFirst()), typos: key.typos,
                        glued: key.glued))
                tables[slot].lookup[key] = index
                tables[slot].entries[Self.hash(first[...]), default: []].append(index)
                guard let fuzzy else { continue }
                tables[slot].hasFuzzy = true
                guard fuzzy.typos else { continue }
                // A short word is misspelt only inside a phrase: "gy people".
                let minimum = words.count > 1 ? 3 : FuzzyMatcher.minimumLetters
                let cacheKey = MisspellingKey(word: first, minimum: minimum)
                let variants = misspellingCache[cacheKey] ?? FuzzyMatcher.misspellings(of: first, minimum: minimum)
                misspellingCache[cacheKey] = variants
                for variant in variants {
                    tables[slot].variants[Self.hash(variant[...]), default: []].append((variant, index))
                }
            }
        }
        return set
    }

    /// The words of a term in a view, cut by the same analyzer as posts; each term is cut once
    /// however many rules use it.
    private mutating func cutTerm(_ text: String, view: ViewKind, analyzer: TextAnalyzer) throws -> [[UInt8]] {
        let key = TermKey(text: text, view: view)
        if let cut = termCache[key] { return cut }
        if view == .folded, let words = Self.plainWords(text) {
            termCache[key] = words
            return words
        }
        let analyzed = try analyzer.analyze(text)
        let (termView, tokens) = try analyzed.view(view)
        let words = tokens.map { Array(termView.bytes[$0.range]) }
        termCache[key] = words
        return words
    }

    /// The words of a term of lower-case ASCII letters and single spaces ("stab those"): what the
    /// analyzer's folded view cuts it into, without analyzing it. Nil for any other term.
    static func plainWords(_ text: String) -> [[UInt8]]? {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for b in text.utf8 {
            if b &- 0x61 < 26 {
                word.append(b)
            } else if b == 0x20 && !word.isEmpty {
                words.append(word)
                word.removeAll(keepingCapacity: true)
            } else {
                return nil
            }
        }
        guard !word.isEmpty else { return nil }
        words.append(word)
        return words
    }

    /// FNV-1a: cheap, and no allocation per token.
    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Builds the lookup tables `scan` uses once every term is added, and drops what only
    /// compilation needs (the caches and the dictionaries the tables are built from).
    mutating func finishCompiling() {
        termCache = [:]
        misspellingCache = [:]
        for k in tables.indices {
            tables[k].firstIndex = HashMultiMap(tables[k].entries)
            var list: [(variant: [UInt8], entry: Int)] = []
            var byHash: [UInt64: [Int]] = [:]
            for (hash, variants) in tables[k].variants {
                for variant in variants {
                    byHash[hash, default: []].append(list.count)
                    list.append(variant)
                }
            }
            tables[k].variantList = list
            tables[k].variantIndex = HashMultiMap(byHash)
            for entry in tables[k].pool {
                let bit = UInt64(1) << UInt64(min(entry.first.count, 63))
                tables[k].firstLengths |= bit
                if entry.typos { tables[k].typoLengths |= bit }
            }
            tables[k].lookup = [:]
            tables[k].entries = [:]
            tables[k].variants = [:]
        }
        glueSet = HashSet64(glueWords)
    }

    /// Finds every term in every view that has terms. `finishCompiling()` must have run.
    func scan(_ text: AnalyzedText) throws -> TermHits {
        var hits = TermHits(setCount: setCount)
        for table in tables where !table.pool.isEmpty {
            let (view, tokens) = try text.view(table.view)
            let bytes = view.bytes
            func record(_ entry: Entry, _ i: Int, _ last: Int, fuzzy: Bool, within part: Range<Int>? = nil) {
                let viewRange = part ?? (tokens[i].range.lowerBound..<tokens[last].range.upperBound)
                let range = view.originalRange(of: viewRange)
                for (set, severity) in entry.sets {
                    hits.bySet[Int(set)].append(
                        TermHit(
                            view: table.view, firstToken: i, lastToken: last, range: range, severity: severity, fuzzy: fuzzy))
                }
            }
            /// The last token when the words of `rest` follow token `i`.
            func restMatches(_ rest: ArraySlice<[UInt8]>, typos: Bool, after i: Int) -> Int? {
                let last = i + rest.count
                guard last < tokens.count else { return nil }
                for (k, word) in rest.enumerated() {
                    let next = bytes[tokens[i + 1 + k].range]
                    if next.elementsEqual(word) { continue }
                    if k == rest.count - 1, let stem = FuzzyMatcher.possessiveStem(next), stem.elementsEqual(word) { continue }
                    if typos, FuzzyMatcher.oneEditApart(next, word[...]) { continue }
                    return nil
                }
                return last
            }
            func exact(_ word: ArraySlice<UInt8>, _ h: UInt64, at i: Int) -> Bool {
                var matched = false
                // NOTE: the pool is read in place; a copy of an entry would retain its arrays.
                for index in table.firstIndex.values(h) where word.elementsEqual(table.pool[Int(index)].first) {
                    matched = true
                    if let last = restMatches(table.pool[Int(index)].rest[...], typos: table.pool[Int(index)].typos, after: i) {
                        record(table.pool[Int(index)], i, last, fuzzy: false)
                    }
                }
                return matched
            }
            for (i, token) in tokens.enumerated() {
                var word = bytes[token.range]
                var h = Self.hash(word)
                var matched = exact(word, h, at: i)
                // An English possessive is its noun: "woman's".
                if !matched, let stem = FuzzyMatcher.possessiveStem(word) {
                    word = stem
                    h = Self.hash(stem)
                    matched = exact(word, h, at: i)
                }
                // NOTE: not in the skeleton view, whose folded-away accents make words unknown ("bênção").
                guard !matched, table.hasFuzzy, table.view != .skeleton, token.kind == .word, !isKnown(h) else { continue }
                // A misspelt term: a letter missing or two swapped ("womn", "haet")…
                for slot in table.variantIndex.values(h) {
                    let (variant, index) = table.variantList[Int(slot)]
                    if word.elementsEqual(variant) {
                        let entry = table.pool[index]
                        matched = true
                        if let last = restMatches(entry.rest[...], typos: true, after: i) { record(entry, i, last, fuzzy: true) }
                    }
                }
                if matched { continue }
                // … or a letter too many ("hatte").
                FuzzyMatcher.withOneLetterLess(word, lengths: table.typoLengths) { shorter in
                    for index in table.firstIndex.values(Self.hash(shorter)) {
                        let entry = table.pool[Int(index)]
                        guard entry.typos && shorter.elementsEqual(entry.first) else { continue }
                        matched = true
                        if let last = restMatches(entry.rest[...], typos: true, after: i) { record(entry, i, last, fuzzy: true) }
                    }
                }
                if matched { continue }
                // Two words without the space between them: "stabthose", "gayvermin", "deathto all".
                FuzzyMatcher.splits(of: word) { head, tail in
                    // Neither part is as long as any term's first word: nothing to look up.
                    if table.firstLengths & (UInt64(1) << UInt64(min(head.count, 63))) == 0
                        && table.firstLengths & (UInt64(1) << UInt64(min(tail.count, 63))) == 0
                    {
                        return false
                    }
                    let headHash = Self.hash(head)
                    let tailHash = Self.hash(tail)
                    // Most splits have no term on either side: no need to look further.
                    let headSlots = table.firstIndex.values(headHash)
                    let tailSlots = table.firstIndex.values(tailHash)
                    if headSlots.isEmpty && tailSlots.isEmpty { return false }
                    let headEntries = headSlots.map { table.pool[Int($0)] }.filter {
                        $0.glued && head.elementsEqual($0.first)
                    }
                    let tailEntries = tailSlots.map { table.pool[Int($0)] }.filter {
                        $0.glued && $0.rest.isEmpty && tail.elementsEqual($0.first)
                    }
                    var found = false
                    // The first two words of a phrase glued: "deathto" + "all women".
                    for entry in headEntries where entry.rest.first.map({ tail.elementsEqual($0) }) == true {
                        if let last = restMatches(entry.rest.dropFirst(), typos: entry.typos, after: i) {
                            record(entry, i, last, fuzzy: true)
                            found = true
                        }
                    }
                    if found { return true }
                    let headWords = headEntries.filter(\.rest.isEmpty)
                    let headIsWord = !headWords.isEmpty || isWord(headHash, head, in: table)
                    let tailIsWord = !tailEntries.isEmpty || isWord(tailHash, tail, in: table)
                    guard headIsWord && tailIsWord else { return false }
                    for entry in headWords { record(entry, i, i, fuzzy: true, within: head.startIndex..<head.endIndex) }
                    for entry in tailEntries { record(entry, i, i, fuzzy: true, within: tail.startIndex..<tail.endIndex) }
                    return !headWords.isEmpty || !tailEntries.isEmpty
                }
            }
        }
        return hits
    }

    /// True when a word of a known-word list has this hash.
    @inline(__always)
    private func isKnown(_ hash: UInt64) -> Bool {
        for list in knownWords where list.table.contains(hash) { return true }
        return false
    }

    /// True when `word` may stand beside a term in a glued word: a glue word ("those") or any
    /// term's single word. Not any known word: compounds are words of their own ("gender" +
    /// "queer", "Frauen" + "arzt", "retard" + "ant").
    private func isWord(_ hash: UInt64, _ word: ArraySlice<UInt8>, in table: Table) -> Bool {
        if glueSet.contains(hash) { return true }
        return table.firstIndex.values(hash).contains {
            table.pool[Int($0)].rest.isEmpty && word.elementsEqual(table.pool[Int($0)].first)
        }
    }
}

/// Misspellings for fuzzy terms: one edit (a letter missing, added, or two neighbours swapped) on
/// words of four or more letters in Latin script, and words glued together.
enum FuzzyMatcher {
    /// Fewest letters a term needs before its misspellings are matched.
    static let minimumLetters = 4

    /// Latin-script letters only (below U+0250): other scripts are not misspelt this way.
    static func latinLetters(_ word: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        for scalar in String(decoding: word, as: UTF8.self).unicodeScalars {
            guard scalar.value < 0x250, scalar.properties.isAlphabetic else { return nil }
            scalars.append(scalar)
        }
        return scalars
    }

    private static func bytes(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in scalars { out.append(contentsOf: Array(String(scalar).utf8)) }
        return out
    }

    /// The word without an English possessive ending ("woman's", "women’s"), if it has one.
    static func possessiveStem(_ word: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let n = word.count
        guard n >= 4, word.last == UInt8(ascii: "s") else { return nil }
        let end = word.endIndex
        if word[end - 2] == UInt8(ascii: "'") { return word[word.startIndex..<(end - 2)] }
        // U+2019 is E2 80 99 in UTF-8.
        if n >= 6, word[end - 4] == 0xE2, word[end - 3] == 0x80, word[end - 2] == 0x99 {
            return word[word.startIndex..<(end - 4)]
        }
        return nil
    }

    /// A term word with one letter missing or two neighbouring letters swapped.
    static func misspellings(of word: [UInt8], minimum: Int = minimumLetters) -> [[UInt8]] {
        if word.allSatisfy({ $0 &- 0x61 < 26 }) {
            guard word.count >= minimum else { return [] }
            var result: Set<[UInt8]> = []
            for i in word.indices {
                var shorter = word
                shorter.remove(at: i)
                result.insert(shorter)
                if i + 1 < word.count, word[i] != word[i + 1] {
                    var swapped = word
                    swapped.swapAt(i, i + 1)
                    result.insert(swapped)
                }
            }
            return Array(result)
        }
        guard let letters = latinLetters(word[...]), letters.count >= minimum else { return [] }
        var result: Set<[UInt8]> = []
        for i in letters.indices {
            var shorter = letters
            shorter.remove(at: i)
            result.insert(bytes(shorter))
            if i + 1 < letters.count, letters[i] != letters[i + 1] {
                var swapped = letters
                swapped.swapAt(i, i + 1)
                result.insert(bytes(swapped))
            }
        }
        result.remove(word)
        return Array(result)
    }

    /// Calls `body` with `word` less one letter at each position (words of five or more letters).
    static func withOneLetterLess(_ word: ArraySlice<UInt8>, lengths: UInt64 = ~0, _ body: (ArraySlice<UInt8>) -> Void) {
        if word.allSatisfy({ $0 &- 0x61 < 26 }) {
            // ASCII letters: one byte less, and only when some term is that long.
            guard word.count > minimumLetters, lengths & (UInt64(1) << UInt64(min(word.count - 1, 63))) != 0 else { return }
            var shorter = [UInt8](repeating: 0, count: word.count - 1)
            for i in 0..<word.count {
                var k = 0
                for (j, b) in word.enumerated() where j != i {
                    shorter[k] = b
                    k += 1
                }
                body(shorter[...])
            }
            return
        }
        guard let letters = latinLetters(word), letters.count > minimumLetters else { return }
        for i in letters.indices {
            var shorter = letters
            shorter.remove(at: i)
            body(bytes(shorter)[...])
        }
    }

    /// True when `a` and `b` differ by one letter missing, added or swapped with its neighbour
    /// (both of four or more letters).
    static func oneEditApart(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        // Most tokens differ in length by more than one letter: no decoding for them.
        guard abs(a.count - b.count) <= 2 * 4 else { return false }
        if a.allSatisfy({ $0 &- 0x61 < 26 }) && b.allSatisfy({ $0 &- 0x61 < 26 }) {
            return abs(a.count - b.count) <= 1 && lettersOneEditApart(a, b)
        }
        guard let x = latinLetters(a), let y = latinLetters(b) else { return false }
        return lettersOneEditApart(x, y)
    }

    /// `oneEditApart` on letters (bytes of ASCII words, or scalars).
    private static func lettersOneEditApart<Word: RandomAccessCollection>(_ x: Word, _ y: Word) -> Bool
    where Word.Element: Equatable {
        guard min(x.count, y.count) >= minimumLetters - 1,
            max(x.count, y.count) >= minimumLetters
        else { return false }
        if x.count == y.count {
            // Exactly two neighbours swapped.
            var first: (Word.Index, Word.Index)?
            var second: (Word.Index, Word.Index)?
            var i = x.startIndex
            var j = y.startIndex
            while i < x.endIndex {
                if x[i] != y[j] {
                    if first == nil {
                        first = (i, j)
                    } else if second == nil {
                        second = (i, j)
                    } else {
                        return false
                    }
                }
                i = x.index(after: i)
                j = y.index(after: j)
            }
            guard let (i0, j0) = first, let (i1, j1) = second else { return false }
            return x.index(after: i0) == i1 && x[i0] == y[j1] && x[i1] == y[j0]
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        var i = long.startIndex
        var j = short.startIndex
        while j < short.endIndex, long[i] == short[j] {
            i = long.index(after: i)
            j = short.index(after: j)
        }
        return long[long.index(after: i)...].elementsEqual(short[j...])
    }

    /// Calls `body` with each split of a glued word into two parts, until `body` returns true: the
    /// first part of two or more letters, or the one-letter words "a" and "i" ("a b i t c h" reads
    /// as "abitch"). Words of 5 to 40 bytes, not in CJK scripts (which have no spaces).
    static func splits(of word: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Bool) {
        guard (5...40).contains(word.count), !word.contains(where: { $0 >= 0xE3 }) else { return }
        let first = word[word.startIndex]
        if first == UInt8(ascii: "a") || first == UInt8(ascii: "i"),
            body(word[word.startIndex..<word.startIndex + 1], word[(word.startIndex + 1)...])
        {
            return
        }
        var cut = word.startIndex + 2
        while cut <= word.endIndex - 2 {
            if word[cut] & 0xC0 != 0x80, body(word[word.startIndex..<cut], word[cut..<word.endIndex]) { return }
            cut += 1
        }
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
    /// Found through a misspelling or inside a glued word.
    var fuzzy: Bool = false
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
