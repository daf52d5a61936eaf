import FootprintText

/// A fixed set of words in the folded view (lowercase, `ß` as `ss`), found by a byte range
/// without allocating: open addressing over FNV-1a hashes, behind three 64-bit filters (first
/// byte and length, second byte, last byte) that turn most tokens away before any hashing.
struct PlaceWordIndex: Sendable {
    let keys: [[UInt8]]
    private let slots: [Int32]
    private let mask: Int
    private let firstFilter: UInt64
    private let secondFilter: UInt64
    private let lastFilter: UInt64

    /// Indexes distinct, non-empty keys.
    init(keys: [[UInt8]]) {
        var size = 16
        while size < keys.count * 3 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var filters: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for (index, key) in keys.enumerated() {
            var slot = key.withUnsafeBufferPointer { Int(Self.hash($0, 0..<key.count) & UInt64(size - 1)) }
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
            filters.0 |= Self.firstBit(key[0], key.count)
            filters.1 |= Self.bit(key.count > 1 ? key[1] : 0)
            filters.2 |= Self.bit(key[key.count - 1])
        }
        self.keys = keys
        self.slots = slots
        self.mask = size - 1
        self.firstFilter = filters.0
        self.secondFilter = filters.1
        self.lastFilter = filters.2
    }

    @inline(__always) private static func bit(_ b: UInt8) -> UInt64 { 1 << UInt64(b & 63) }
    @inline(__always) private static func firstBit(_ b: UInt8, _ length: Int) -> UInt64 {
        1 << UInt64((Int(b &* 3) &+ length) & 63)
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            h ^= UInt64(bytes[i])
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    /// The index of the key `bytes[range]`, nil when there is none.
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let count = range.count
        guard count > 0 else { return nil }
        let lower = range.lowerBound
        guard firstFilter & Self.firstBit(bytes[lower], count) != 0,
            secondFilter & Self.bit(count > 1 ? bytes[lower + 1] : 0) != 0,
            lastFilter & Self.bit(bytes[lower + count - 1]) != 0
        else { return nil }
        var slot = Int(Self.hash(bytes, range) & UInt64(mask))
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let same = keys[index].withUnsafeBufferPointer { key in
                guard key.count == count else { return false }
                for k in 0..<count where key[k] != bytes[lower + k] { return false }
                return true
            }
            if same { return index }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the key `bytes[range]`, nil when there is none.
    func find(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { find($0, range) }
    }

    /// Index of the first word token from `start` on whose text in `bytes` is a key.
    func firstWord(in tokens: [Token], of bytes: [UInt8], from start: Int) -> Int? {
        tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                var i = start
                while i < tokens.count {
                    if tokens[i].kind == .word, find(bytes, tokens[i].range) != nil { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}

/// Words of the folded view with a value each (a street suffix's strength, a month's number).
struct PlaceWordTable<Value: Sendable>: Sendable {
    let index: PlaceWordIndex
    private let values: [Value]

    init(_ entries: [(String, Value)]) {
        var keys: [[UInt8]] = []
        var values: [Value] = []
        var seen: [[UInt8]: Int] = [:]
        for (word, value) in entries {
            let key = Array(word.lowercased().utf8)
            guard !key.isEmpty else { continue }
            if let at = seen[key] {
                values[at] = value
            } else {
                seen[key] = keys.count
                keys.append(key)
                values.append(value)
            }
        }
        self.index = PlaceWordIndex(keys: keys)
        self.values = values
    }

    /// Convenience: every word maps to the same value.
    init(_ words: [String], _ value: Value) {
        self.init(words.map { ($0, value) })
    }

    /// The entries whose value passes `keep`.
    func filtered(_ keep: (Value) -> Bool) -> PlaceWordTable<Value> {
        var entries: [(String, Value)] = []
        for (k, key) in index.keys.enumerated() where keep(values[k]) {
            entries.append((String(decoding: key, as: UTF8.self), values[k]))
        }
        return PlaceWordTable(entries)
    }

    /// The value of the word `bytes[range]`, nil when it is not in the table.
    @inline(__always)
    func value(_ bytes: [UInt8], _ range: Range<Int>) -> Value? {
        index.find(bytes, range).map { values[$0] }
    }

    /// True when `bytes[range]` is in the table.
    func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool { index.find(bytes, range) != nil }

    /// Index of the first word token from `start` on that is in the table.
    func firstWord(in tokens: [Token], of bytes: [UInt8], from start: Int) -> Int? {
        index.firstWord(in: tokens, of: bytes, from: start)
    }
}

/// Byte classes and the few non-ASCII separators posts use (no-break spaces, dashes, primes).
enum PlaceBytes {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }

    /// The byte at `i`, or 0 outside the text.
    @inline(__always) static func at(_ bytes: [UInt8], _ i: Int) -> UInt8 {
        i >= 0 && i < bytes.count ? bytes[i] : 0
    }

    /// Width of a horizontal space at `i` (space, tab, U+00A0, U+2007–U+200A, U+202F), else 0.
    static func spaceWidth(_ bytes: [UInt8], _ i: Int) -> Int {
        let b = at(bytes, i)
        if b == 0x20 || b == 0x09 { return 1 }
        if b == 0xC2, at(bytes, i + 1) == 0xA0 { return 2 }
        if b == 0xE2, at(bytes, i + 1) == 0x80 {
            let c = at(bytes, i + 2)
            if (0x87...0x8A).contains(c) || c == 0xAF { return 3 }
        }
        return 0
    }

    /// Width of a dash at `i` ('-', U+2010–U+2013, U+2212), else 0.
    static func dashWidth(_ bytes: [UInt8], _ i: Int) -> Int {
        let b = at(bytes, i)
        if b == 0x2D { return 1 }
        if b == 0xE2 {
            let b1 = at(bytes, i + 1)
            let b2 = at(bytes, i + 2)
            if b1 == 0x80, (0x90...0x93).contains(b2) { return 3 }
            if b1 == 0x88, b2 == 0x92 { return 3 }
        }
        return 0
    }

    /// Index after a run of horizontal spaces starting at `i`.
    static func skipSpaces(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while true {
            let w = spaceWidth(bytes, j)
            if w == 0 { return j }
            j += w
        }
    }

    /// Index of the first of the horizontal spaces that end at `i` (ASCII space and tab only).
    static func skipSpacesBackward(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j > 0, bytes[j - 1] == 0x20 || bytes[j - 1] == 0x09 { j -= 1 }
        return j
    }

    /// True when a letter or digit (any script) ends just before `i`.
    static func wordCharBefore(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let b = bytes[i - 1]
        if b < 0x80 { return isAlnum(b) || b == 0x5F }
        var start = i - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordScalar(PlaceScalars.decode(bytes, at: start))
    }

    /// True when a letter or digit (any script) starts at `i`.
    static func wordCharAt(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b < 0x80 { return isAlnum(b) || b == 0x5F }
        return isWordScalar(PlaceScalars.decode(bytes, at: i))
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// Number of digits starting at `i`.
    @inline(__always) static func digitRun(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < bytes.count, isDigit(bytes[j]) { j += 1 }
        return j - i
    }

    /// The value of the digits `bytes[range]` (at most 18 of them).
    static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var v = 0
        for i in range { v = v * 10 + Int(bytes[i] &- 0x30) }
        return v
    }
}

/// Decodes one scalar of valid UTF-8.
enum PlaceScalars {
    static func decode(_ bytes: [UInt8], at i: Int) -> Unicode.Scalar {
        let b0 = UInt32(bytes[i])
        func next(_ k: Int) -> UInt32 { i + k < bytes.count ? UInt32(bytes[i + k] & 0x3F) : 0 }
        let value: UInt32
        if b0 < 0x80 {
            value = b0
        } else if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | next(1)
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | next(1) << 6 | next(2)
        } else {
            value = (b0 & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}

/// A post's folded tokens with their original ranges, for the place detectors: keyword lookups,
/// capitalization of the original, and the words around a span.
struct PlaceTokens {
    let text: AnalyzedText
    let bytes: [UInt8]
    let folded: [UInt8]
    let tokens: [Token]
    let origins: [Range<Int>]

    init(_ text: AnalyzedText) {
        self.text = text
        self.bytes = text.bytes
        self.folded = text.folded.bytes
        self.tokens = text.tokens
        self.origins = text.tokenOrigins()
    }

    var count: Int { tokens.count }

    /// True when the text has an ASCII digit (every house number, date and most codes do).
    static func hasDigit(_ text: AnalyzedText) -> Bool {
        text.bytes.withUnsafeBufferPointer { buffer in
            for b in buffer where b &- 0x30 < 10 { return true }
            return false
        }
    }

    /// The value of token `i` in `table` (by its folded text).
    @inline(__always) func lookup<V>(_ table: PlaceWordTable<V>, _ i: Int) -> V? {
        guard i >= 0, i < tokens.count else { return nil }
        return table.value(folded, tokens[i].range)
    }

    /// True when token `i` is the folded word `word` (ASCII).
    func isWord(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let range = tokens[i].range
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { buffer in
            var k = 0
            for j in range {
                if folded[j] != buffer[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// True when token `i` is the single punctuation character `c`.
    func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let range = tokens[i].range
        return range.count == 1 && folded[range.lowerBound] == c
    }

    /// True when the original of token `i` starts with an uppercase letter.
    func isCapitalized(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return false }
        let start = origins[i].lowerBound
        guard start < bytes.count else { return false }
        let b = bytes[start]
        if b < 0x80 { return PlaceBytes.isUpper(b) }
        return PlaceScalars.decode(bytes, at: start).properties.isUppercase
    }

    /// True when an uppercase letter (any script) starts at byte `i`.
    static func isUpperScalar(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i < bytes.count else { return false }
        if bytes[i] < 0x80 { return PlaceBytes.isUpper(bytes[i]) }
        return PlaceScalars.decode(bytes, at: i).properties.isUppercase
    }

    /// True when the original of token `i` has a letter and no lowercase letter.
    func isAllCaps(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        var letters = 0
        for j in origins[i] where bytes[j] < 0x80 {
            if PlaceBytes.isLower(bytes[j]) { return false }
            if PlaceBytes.isUpper(bytes[j]) { letters += 1 }
        }
        return letters > 0
    }

    /// True when only spaces separate tokens `i` and `i + 1` in the original (at least one).
    func spaced(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let gap = origins[i].upperBound..<origins[i + 1].lowerBound
        guard !gap.isEmpty else { return false }
        var j = gap.lowerBound
        while j < gap.upperBound {
            let w = PlaceBytes.spaceWidth(bytes, j)
            if w == 0 { return false }
            j += w
        }
        return true
    }

    /// True when tokens `i` and `i + 1` touch in the original.
    func adjacent(_ i: Int) -> Bool {
        i + 1 < tokens.count && origins[i].upperBound == origins[i + 1].lowerBound
    }

    /// Index of the first token whose original range ends after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = origins.count
        while low < high {
            let mid = (low + high) / 2
            if origins[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

extension PlaceTokens {
    /// Whether the `window` word tokens before token `i` (not crossing a sentence end) hold a word
    /// the table marks true, and one it marks false.
    func contextBefore(_ i: Int, window: Int, in table: PlaceWordTable<Bool>) -> (positive: Bool, negative: Bool) {
        var positive = false
        var negative = false
        var j = min(i, tokens.count) - 1
        var seen = 0
        while j >= 0, seen < window {
            let token = tokens[j]
            if token.isWordLike {
                if let v = table.value(folded, token.range) {
                    if v { positive = true } else { negative = true }
                }
                seen += 1
            } else if token.kind == .punctuation, token.range.count == 1 {
                let c = folded[token.range.lowerBound]
                if c == 0x21 || c == 0x3F || c == 0x3B { break }
                // A full stop ends the sentence, unless it ends an abbreviation ("no.", "tel.").
                if c == 0x2E, j > 0, tokens[j - 1].range.count > 3 { break }
            }
            j -= 1
        }
        return (positive, negative)
    }
}
