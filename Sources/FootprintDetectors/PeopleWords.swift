import FootprintText

/// Hashes of folded words, the way the people detectors look words up: FNV-1a over the UTF-8
/// of the folded view, with the typographic apostrophe (U+2019) read as a straight one, so
/// "nobody’s" and "nobody's" are one word. No allocation per word.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// The hash of `bytes[range]`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = seed
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                h = mix(h, 0x27)
                i += 3
                continue
            }
            h = mix(h, b)
            i += 1
        }
        return h
    }

    /// The hash of a word written in folded form (lowercase, "ss" for "ß").
    static func of(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { of($0, 0..<$0.count) }
    }
}

/// What a word can be, for the people detectors: one bit per class, so one lookup answers all.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    // Names and people.
    static let greeting = WordClass(rawValue: 1 << 0)
    static let relation = WordClass(rawValue: 1 << 1)
    static let verbBefore = WordClass(rawValue: 1 << 2)
    static let verbAfter = WordClass(rawValue: 1 << 3)
    static let title = WordClass(rawValue: 1 << 4)
    static let nameSuffix = WordClass(rawValue: 1 << 5)
    static let particle = WordClass(rawValue: 1 << 6)
    static let notName = WordClass(rawValue: 1 << 7)
    static let placePrefix = WordClass(rawValue: 1 << 8)
    static let placeSuffix = WordClass(rawValue: 1 << 9)
    static let pet = WordClass(rawValue: 1 << 10)
    static let preposition = WordClass(rawValue: 1 << 11)
    static let dataWord = WordClass(rawValue: 1 << 12)
    static let selfIntro = WordClass(rawValue: 1 << 13)
    // Schools.
    static let schoolTail = WordClass(rawValue: 1 << 14)
    static let schoolEnd = WordClass(rawValue: 1 << 15)
    static let schoolHead = WordClass(rawValue: 1 << 16)
    static let schoolType = WordClass(rawValue: 1 << 17)
    static let schoolGeneric = WordClass(rawValue: 1 << 18)
    static let connector = WordClass(rawValue: 1 << 19)
    static let child = WordClass(rawValue: 1 << 20)
    static let schoolCue = WordClass(rawValue: 1 << 21)
    // Time and absence.
    static let until = WordClass(rawValue: 1 << 22)
    static let forWord = WordClass(rawValue: 1 << 23)
    static let dayName = WordClass(rawValue: 1 << 24)
    static let monthName = WordClass(rawValue: 1 << 25)
    static let numberWord = WordClass(rawValue: 1 << 26)
    static let unit = WordClass(rawValue: 1 << 27)
    static let next = WordClass(rawValue: 1 << 28)
    static let whole = WordClass(rawValue: 1 << 29)
    static let article = WordClass(rawValue: 1 << 30)
    static let subject = WordClass(rawValue: 1 << 31)
    static let conjunction = WordClass(rawValue: 1 << 32)
    static let travel = WordClass(rawValue: 1 << 33)
    static let approx = WordClass(rawValue: 1 << 34)
    static let relativeDay = WordClass(rawValue: 1 << 35)
    static let stopWord = WordClass(rawValue: 1 << 36)
    static let possessive = WordClass(rawValue: 1 << 37)
    static let ofWord = WordClass(rawValue: 1 << 38)
    static let copula = WordClass(rawValue: 1 << 39)
    // Triggers: the first words of phrases, so the token loops look further only at these.
    static let absenceStart = WordClass(rawValue: 1 << 40)
    static let homeStart = WordClass(rawValue: 1 << 41)
    static let brandStart = WordClass(rawValue: 1 << 42)
    static let tripStart = WordClass(rawValue: 1 << 43)
}

/// An open-addressing hash table from word hashes to small values: one multiply and, most of
/// the time, one probe per lookup, without the cost of a hashed `Dictionary` in the token loop.
struct FastTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private let shift: UInt64
    private let mask: Int
    private(set) var count = 0

    /// A table for about `capacity` keys; a missing key reads 0.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Sets the value of `key`, merging with what is there.
    mutating func update(_ key: UInt64, _ merge: (UInt64) -> UInt64) {
        let key = key == 0 ? 1 : key
        var i = slot(key)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 {
            keys[i] = key
            count += 1
        }
        values[i] = merge(values[i])
    }

    @inline(__always)
    subscript(key: UInt64) -> UInt64 {
        let key = key == 0 ? 1 : key
        var i = slot(key)
        while true {
            let found = keys[i]
            if found == key { return values[i] }
            if found == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}

/// A table of folded words and their classes.
struct WordTable: Sendable {
    private var table: FastTable

    /// Each list: folded words separated by whitespace.
    init(_ lists: [(WordClass, String)]) {
        let words = lists.reduce(0) { $0 + $1.1.count / 4 }
        table = FastTable(capacity: words)
        for (wordClass, words) in lists {
            for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                table.update(WordHash.of(String(word))) { $0 | wordClass.rawValue }
            }
        }
    }

    /// Adds a class to words given by hash.
    mutating func add(_ wordClass: WordClass, hashes: [UInt64]) {
        for hash in hashes { table.update(hash) { $0 | wordClass.rawValue } }
    }

    @inline(__always)
    subscript(hash: UInt64) -> WordClass { WordClass(rawValue: table[hash]) }

    /// Every word of every list, for tests that check the lists are written in folded form.
    static func words(of lists: [(WordClass, String)]) -> [String] {
        lists.flatMap { $0.1.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
    }
}

/// How a token is written in the original text.
struct Shape: OptionSet, Sendable {
    let rawValue: UInt8
    /// Starts with a capital letter.
    static let capitalized = Shape(rawValue: 1 << 0)
    /// A capital, then at least one lowercase letter ("Jane", "McDonald").
    static let titleCase = Shape(rawValue: 1 << 1)
    /// Ends in a possessive "'s" or "’s".
    static let possessive = Shape(rawValue: 1 << 2)
    /// Starts with an elided article or preposition ("l'", "d'").
    static let elided = Shape(rawValue: 1 << 3)
    /// Whitespace (or nothing at all, at the start) stands before it.
    static let spaceBefore = Shape(rawValue: 1 << 4)
    /// Starts with a digit.
    static let digit = Shape(rawValue: 1 << 5)
    /// A word or a number (not punctuation, not an emoji).
    static let wordLike = Shape(rawValue: 1 << 6)
}

/// A post's folded tokens with what the people detectors ask about each: a hash, its classes
/// and its shape, in three arrays built in one pass. Stems (without a possessive or an elided
/// article) are worked out only for the few tokens that have one.
struct Words {
    let text: AnalyzedText
    let count: Int
    /// Hash of the whole folded token (0 outside the text).
    let hash: HashColumn
    /// Classes of the whole token, else of its stem (none outside the text).
    let classes: ClassColumn
    /// Shapes (none outside the text).
    let shape: ShapeColumn
    /// Original byte range of each token.
    let origin: [Range<Int>]

    /// Token hashes; reading past either end gives 0, so lookaheads need no bounds checks.
    struct HashColumn {
        let values: [UInt64]
        @inline(__always) subscript(i: Int) -> UInt64 { i >= 0 && i < values.count ? values[i] : 0 }
    }

    /// Token classes; none past either end.
    struct ClassColumn {
        let values: [UInt64]
        @inline(__always) subscript(i: Int) -> WordClass { WordClass(rawValue: i >= 0 && i < values.count ? values[i] : 0) }
    }

    /// Token shapes; none past either end.
    struct ShapeColumn {
        let values: [UInt8]
        @inline(__always) subscript(i: Int) -> Shape { Shape(rawValue: i >= 0 && i < values.count ? values[i] : 0) }
    }

    init(_ text: AnalyzedText, table: WordTable) {
        self.text = text
        let tokens = text.tokens
        let origins = text.tokenOrigins()
        let n = tokens.count
        var hash = [UInt64](repeating: 0, count: n)
        var classes = [UInt64](repeating: 0, count: n)
        var shape = [UInt8](repeating: 0, count: n)
        text.folded.bytes.withUnsafeBufferPointer { folded in
            text.bytes.withUnsafeBufferPointer { bytes in
                var previousEnd = -1
                for i in 0..<n {
                    let token = tokens[i]
                    let origin = origins[i]
                    var s: Shape = origin.lowerBound > previousEnd ? .spaceBefore : []
                    previousEnd = origin.upperBound
                    guard token.kind == .word || token.kind == .number else {
                        hash[i] = WordHash.of(folded, token.range)  // "harley-davidson" is matched by its "-" too
                        shape[i] = s.rawValue
                        continue
                    }
                    s.insert(.wordLike)
                    // The hash, and whether an apostrophe stands in the word (only then can it
                    // have a possessive or an elision).
                    var h = WordHash.seed
                    var apostrophe = false
                    var k = token.range.lowerBound
                    let end = token.range.upperBound
                    while k < end {
                        let b = folded[k]
                        if b == 0x27 {
                            apostrophe = true
                        } else if b == 0xE2, k + 2 < end, folded[k + 1] == 0x80, folded[k + 2] == 0x99 {
                            h = WordHash.mix(h, 0x27)
                            apostrophe = true
                            k += 3
                            continue
                        }
                        h = WordHash.mix(h, b)
                        k += 1
                    }
                    hash[i] = h
                    var c = table[h]
                    if apostrophe {
                        if Self.possessiveEnd(folded, token.range) != nil { s.insert(.possessive) }
                        if Self.elision(folded, token.range) != nil { s.insert(.elided) }
                        if c.isEmpty, !s.isDisjoint(with: [.possessive, .elided]) {
                            c = table[Self.stemHash(folded, token.range)]
                        }
                    }
                    classes[i] = c.rawValue
                    s.formUnion(Self.shape(bytes, from: origin.lowerBound, to: origin.upperBound, elided: s.contains(.elided)))
                    shape[i] = s.rawValue
                }
            }
        }
        self.count = n
        self.hash = HashColumn(values: hash)
        self.classes = ClassColumn(values: classes)
        self.shape = ShapeColumn(values: shape)
        self.origin = origins
    }

    // MARK: Stems

    /// Hash without a possessive "'s" and without an elided "l'"/"d'" in front.
    func stem(_ i: Int) -> UInt64 {
        guard i >= 0, i < count, !shape[i].isDisjoint(with: [.possessive, .elided]) else { return hash[i] }
        let range = text.tokens[i].range
        return text.folded.bytes.withUnsafeBufferPointer { Self.stemHash($0, range) }
    }

    /// Where the stem starts in the original, after an elided article ("l'école" → "école").
    func stemStart(_ i: Int) -> Int {
        guard shape[i].contains(.elided) else { return origin[i].lowerBound }
        return text.bytes.withUnsafeBufferPointer { Self.elision($0, origin[i]) } ?? origin[i].lowerBound
    }

    /// Where the stem ends in the original, before a possessive ("Jane's" → "Jane").
    func stemEnd(_ i: Int) -> Int {
        guard shape[i].contains(.possessive) else { return origin[i].upperBound }
        return text.bytes.withUnsafeBufferPointer { Self.possessiveEnd($0, origin[i]) } ?? origin[i].upperBound
    }

    static func stemHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        let low = elision(bytes, range) ?? range.lowerBound
        let high = possessiveEnd(bytes, range) ?? range.upperBound
        return low < high ? WordHash.of(bytes, low..<high) : WordHash.of(bytes, range)
    }

    /// Where a word ends before a possessive "'s" or "’s", or nil.
    @inline(__always)
    static func possessiveEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let high = range.upperBound
        guard high - range.lowerBound >= 3, bytes[high - 1] | 0x20 == 0x73 else { return nil }
        if bytes[high - 2] == 0x27 { return high - 2 }
        if high - range.lowerBound >= 5, bytes[high - 2] == 0x99, bytes[high - 3] == 0x80, bytes[high - 4] == 0xE2 {
            return high - 4
        }
        return nil
    }

    /// Where the word starts after an elided article or pronoun ("l'école", "d'Anna",
    /// "j'habite", "qu'il"), or nil. Only before a vowel or "h", so "we're" stays whole.
    static func elision(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        var prefix: UInt64 = 0
        while i < range.upperBound, i - range.lowerBound < 6 {
            let b = bytes[i] | 0x20
            if b < 0x61 || b > 0x7A { break }
            prefix = prefix << 8 | UInt64(b)
            i += 1
        }
        guard i > range.lowerBound, i < range.upperBound, i - range.lowerBound <= 5 else { return nil }
        var next: Int
        if bytes[i] == 0x27 {
            next = i + 1
        } else if bytes[i] == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
            next = i + 3
        } else {
            return nil
        }
        guard next < range.upperBound, elidingPrefixes.contains(prefix) else { return nil }
        let c = bytes[next] | 0x20
        let vowel = c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79 || c == 0x68
        return vowel || bytes[next] >= 0xC0 ? next : nil
    }

    /// "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "dell", "all",
    /// "nell", "sull", "un", packed a byte per letter.
    private static let elidingPrefixes: Set<UInt64> = Set(
        ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "dell", "all", "nell", "sull", "un"]
            .map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })

    /// Capitalization and digits of the original word (after an elided article).
    static func shape(_ bytes: UnsafeBufferPointer<UInt8>, from origin: Int, to end: Int, elided: Bool) -> Shape {
        var start = origin
        if elided, let cut = elision(bytes, origin..<end) { start = cut }
        guard start < end else { return [] }
        let b0 = bytes[start]
        if b0 < 0x80 {
            // ASCII fast path.
            if b0 >= 0x30 && b0 <= 0x39 { return .digit }
            guard b0 >= 0x41 && b0 <= 0x5A else { return [] }
            var i = start + 1
            while i < end {
                let b = bytes[i]
                if b >= 0x61 && b <= 0x7A { return [.capitalized, .titleCase] }
                if b >= 0x80 { break }
                i += 1
            }
            if i >= end { return .capitalized }
        }
        var s: Shape = []
        let (first, width) = scalar(bytes, at: start, end: end)
        if first.properties.isUppercase {
            s.insert(.capitalized)
            var i = start + width
            while i < end {
                let (next, w) = scalar(bytes, at: i, end: end)
                if next.properties.isLowercase {
                    s.insert(.titleCase)
                    break
                }
                i += w
            }
        }
        return s
    }

    /// Decodes the scalar at `i` of valid UTF-8, and its width.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let width = b0 < 0xE0 ? 2 : (b0 < 0xF0 ? 3 : 4)
        guard i + width <= end else { return ("\u{FFFD}", 1) }
        var value: UInt32
        switch width {
        case 2: value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        case 3: value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        default:
            value =
                UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    // MARK: Questions about tokens

    @inline(__always)
    func isWord(_ i: Int) -> Bool { i >= 0 && i < count && shape[i].contains(.wordLike) }

    /// The kind of token `i`.
    @inline(__always)
    func kind(_ i: Int) -> TokenKind { i >= 0 && i < count ? text.tokens[i].kind : .punctuation }

    @inline(__always)
    func has(_ i: Int, _ wordClass: WordClass) -> Bool { !classes[i].isDisjoint(with: wordClass) }

    @inline(__always)
    func `is`(_ i: Int, _ word: UInt64) -> Bool { i >= 0 && i < count && hash[i] == word }

    @inline(__always)
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < count && shape[i].contains(.digit) }

    /// True when token `i` is punctuation made of one of `chars` (ASCII).
    func isPunctuation(_ i: Int, _ chars: StaticString) -> Bool {
        guard i >= 0, i < count, !shape[i].contains(.wordLike) else { return false }
        let range = origin[i]
        guard range.count == 1 else { return false }
        let b = text.bytes[range.lowerBound]
        return chars.withUTF8Buffer { $0.contains(b) }
    }

    /// True when tokens `i - 1` and `i` touch, with no whitespace between them.
    @inline(__always)
    func touches(_ i: Int) -> Bool { i > 0 && i < count && !shape[i].contains(.spaceBefore) }

    /// The original byte range from the start of token `first` to the end of token `last`.
    func range(_ first: Int, _ last: Int) -> Range<Int> { origin[first].lowerBound..<origin[last].upperBound }

    /// Like `range`, without an elided article in front ("l'école" → "école").
    func stemRange(_ first: Int, _ last: Int) -> Range<Int> { stemStart(first)..<origin[last].upperBound }

    /// Like `stemRange`, without a possessive at the end ("Westview High School's" → "…School").
    func nameRange(_ first: Int, _ last: Int) -> Range<Int> { stemStart(first)..<stemEnd(last) }

    /// True when a sentence or clause boundary (. ! ? ; : or a line break) stands between tokens
    /// `i` and `i + 1`.
    func boundaryAfter(_ i: Int) -> Bool {
        guard i >= 0, i + 1 < count else { return true }
        if !shape[i + 1].contains(.wordLike) { return true }
        let bytes = text.bytes
        var k = origin[i].upperBound
        while k < origin[i + 1].lowerBound {
            if bytes[k] == 0x0A { return true }
            k += 1
        }
        return false
    }

    /// Index of the word token `steps` words before `i`, skipping nothing; nil at a boundary.
    func wordBefore(_ i: Int) -> Int? {
        let j = i - 1
        guard j >= 0, isWord(j), !boundaryAfter(j) else { return nil }
        return j
    }

    /// Index of the word token right after `i`, or nil at a boundary.
    func wordAfter(_ i: Int) -> Int? {
        guard !boundaryAfter(i), isWord(i + 1) else { return nil }
        return i + 1
    }
}
