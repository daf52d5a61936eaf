/// Builds the de-obfuscated view from the folded view: leetspeak read as letters ("sh1t", "@$$"),
/// stretched letters shortened ("fuuuuck"), and letters split by spaces or punctuation joined
/// ("f u c k", "f.u.c.k", "f-u-c-k"). Zero-width characters are already gone in the folded view.
///
/// One pass over bytes; a word goes through the slow path only when it holds a leet character,
/// a separator or a run of three identical bytes, so plain text is copied as it is.
enum Deobfuscator {
    /// Characters read as letters inside a word (ASCII; '€' is handled apart).
    static let leet: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        let pairs: [(UInt8, UInt8)] = [
            (UInt8(ascii: "0"), UInt8(ascii: "o")), (UInt8(ascii: "1"), UInt8(ascii: "i")),
            (UInt8(ascii: "3"), UInt8(ascii: "e")),
            (UInt8(ascii: "4"), UInt8(ascii: "a")), (UInt8(ascii: "5"), UInt8(ascii: "s")),
            (UInt8(ascii: "7"), UInt8(ascii: "t")),
            (UInt8(ascii: "9"), UInt8(ascii: "g")), (UInt8(ascii: "$"), UInt8(ascii: "s")),
            (UInt8(ascii: "@"), UInt8(ascii: "a")),
            (UInt8(ascii: "!"), UInt8(ascii: "i")), (UInt8(ascii: "|"), UInt8(ascii: "l")),
        ]
        for (from, to) in pairs { table[Int(from)] = to }
        return table
    }()

    /// Separators that split a word letter by letter ("f.u.c.k"): . - _ * ~ + / \ , :
    static let splitterTable: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for b in [0x2E, 0x2D, 0x5F, 0x2A, 0x7E, 0x2B, 0x2F, 0x5C, 0x2C, 0x3A] { table[b] = true }
        return table
    }()

    @inline(__always) static func isSplitter(_ value: UInt32) -> Bool { value < 0x80 && splitterTable[Int(value)] }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    static func leetLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.value < 0x80 {
            let mapped = leet[Int(scalar.value)]
            return mapped == 0 ? nil : Unicode.Scalar(mapped)
        }
        return scalar.value == 0x20AC ? "e" : nil
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value &- 0x61 < 26) : scalar.properties.isAlphabetic
    }

    static func deobfuscate(_ folded: TextView) -> TextView {
        var writer = Writer(source: folded.bytes)
        writer.run()
        let map = writer.builder.build(originLength: folded.bytes.count).composed(with: folded.map)
        return TextView(bytes: writer.out, map: map, isASCII: !writer.out.contains { $0 >= 0x80 })
    }

    /// The pass itself, writing against the folded view's offsets.
    private struct Writer {
        let source: [UInt8]
        var out: [UInt8] = []
        var builder = OffsetMapBuilder()
        /// One-letter words waiting to see whether three or more come in a row.
        var pending: [(gap: Range<Int>, word: Range<Int>)] = []
        // Scratch for the slow path, reused.
        var scalars: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []

        init(source: [UInt8]) {
            self.source = source
            out.reserveCapacity(source.count)
        }

        mutating func run() {
            let n = source.count
            var i = 0
            while i < n {
                let gapStart = i
                while i < n, isSpace(source[i]) { i += 1 }
                let gap = gapStart..<i
                let wordStart = i
                while i < n, !isSpace(source[i]) { i += 1 }
                let word = wordStart..<i
                if !word.isEmpty, isSingleLetter(word) {
                    pending.append((gap, word))
                    continue
                }
                // The last letter of a spaced word may carry the sentence's punctuation ("d i e.").
                if pending.count >= 2, let letterEnd = letterBeforePunctuation(word) {
                    pending.append((gap, word.lowerBound..<letterEnd))
                    flushPending()
                    copy(letterEnd..<word.upperBound)
                    continue
                }
                flushPending()
                copy(gap)
                if !word.isEmpty { rewrite(word) }
            }
            flushPending()
        }

        mutating func copy(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            out.append(contentsOf: source[range])
            builder.append(viewLength: range.count, origin: range, exact: true)
        }

        mutating func emit(_ scalar: Unicode.Scalar, from range: Range<Int>) {
            let width = UTF8.width(scalar)
            if width == 1 {
                out.append(UInt8(scalar.value))
            } else {
                out.append(contentsOf: String(Character(scalar)).utf8)
            }
            builder.append(viewLength: width, origin: range, exact: width == range.count)
        }

        func isSingleLetter(_ word: Range<Int>) -> Bool {
            let b = source[word.lowerBound]
            if word.count == 1 { return b &- 0x61 < 26 }
            guard b >= 0x80, UTF8Scalars.width(ofLead: b) == word.count else { return false }
            return UTF8Scalars.decode(source, at: word.lowerBound).properties.isAlphabetic
        }

        /// The end of the letter when `word` is one letter followed only by closing punctuation.
        func letterBeforePunctuation(_ word: Range<Int>) -> Int? {
            // NOTE: the word is empty after trailing spaces at the end of the text.
            guard !word.isEmpty else { return nil }
            let width = UTF8Scalars.width(ofLead: source[word.lowerBound])
            let letterEnd = word.lowerBound + width
            guard letterEnd < word.upperBound, isSingleLetter(word.lowerBound..<letterEnd) else { return nil }
            return source[letterEnd..<word.upperBound].allSatisfy {
                switch $0 {
                case 0x2E, 0x2C, 0x21, 0x3F, 0x3B, 0x3A, 0x29, 0x22, 0x27: true  // . , ! ? ; : ) " '
                default: false
                }
            } ? letterEnd : nil
        }

        /// Three or more one-letter words in a row are one word ("f u c k"); fewer stay as they are.
        mutating func flushPending() {
            guard !pending.isEmpty else { return }
            if pending.count >= 3 {
                copy(pending[0].gap)
                for item in pending { copy(item.word) }
            } else {
                for item in pending {
                    copy(item.gap)
                    copy(item.word)
                }
            }
            pending.removeAll(keepingCapacity: true)
        }

        /// True when a word may need rewriting: a leet character, a separator, or a run of
        /// three identical bytes.
        func needsRewrite(_ word: Range<Int>) -> Bool {
            var previous: UInt8 = 0
            var run = 0
            for k in word {
                let b = source[k]
                if b < 0x80 && (leet[Int(b)] != 0 || splitterTable[Int(b)]) { return true }
                if b == 0xE2 { return true }  // '€' and other symbols start with 0xE2
                run = b == previous ? run + 1 : 1
                if run >= 3 { return true }
                previous = b
            }
            return false
        }

        mutating func rewrite(_ word: Range<Int>) {
            guard needsRewrite(word) else { return copy(word) }
            scalars.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            var k = word.lowerBound
            while k < word.upperBound {
                let width = UTF8Scalars.width(ofLead: source[k])
                scalars.append(UTF8Scalars.decode(source, at: k))
                ranges.append(k..<min(k + width, word.upperBound))
                k += width
            }
            let count = scalars.count
            let letters = scalars.filter(isLetter).count
            // Letters split by one repeated separator: L S L S L …
            if count >= 5, count % 2 == 1, isSplitter(scalars[1].value), letters >= 2 {
                let separator = scalars[1]
                var split = true
                for (index, scalar) in scalars.enumerated() {
                    let ok = index % 2 == 1 ? scalar == separator : (isLetter(scalar) || leetLetter(scalar) != nil)
                    if !ok { split = false; break }
                }
                if split {
                    for index in stride(from: 0, to: count, by: 2) {
                        emit(leetLetter(scalars[index]) ?? scalars[index], from: ranges[index])
                    }
                    return
                }
            }
            guard letters > 0 else { return copy(word) }
            let leetCount = scalars.filter { leetLetter($0) != nil }.count
            // Read leet characters as letters, then shorten runs of three or more letters.
            var mapped: [Unicode.Scalar] = []
            mapped.reserveCapacity(count)
            for index in 0..<count {
                if let letter = leetLetter(scalars[index]), readsAsLetter(index, leetCount: leetCount) {
                    mapped.append(letter)
                } else {
                    mapped.append(scalars[index])
                }
            }
            var index = 0
            while index < count {
                var end = index + 1
                while end < count, mapped[end] == mapped[index] { end += 1 }
                if end - index >= 3 && isLetter(mapped[index]) {
                    emit(mapped[index], from: ranges[index].lowerBound..<ranges[end - 1].upperBound)
                } else {
                    for j in index..<end { emit(mapped[j], from: ranges[j]) }
                }
                index = end
            }
        }

        /// A leet character reads as a letter inside a word: with a letter (or another leet
        /// character) beside it. "!" and "|" need one on both sides; "@" starting a word only
        /// when the word has other leet characters ("@$$", not "@bob").
        func readsAsLetter(_ index: Int, leetCount: Int) -> Bool {
            func wordy(_ j: Int) -> Bool {
                guard j >= 0, j < scalars.count else { return false }
                return isLetter(scalars[j]) || leetLetter(scalars[j]) != nil
            }
            let left = wordy(index - 1)
            let right = wordy(index + 1)
            switch scalars[index].value {
            case 0x21, 0x7C: return left && right
            case 0x40: return left || (index == 0 && right && leetCount >= 2)
            default: return left || right
            }
        }
    }
}
