/// Builds the de-obfuscated view from the folded view: leetspeak read as letters ("sh1t", "@$$"),
/// stretched letters shortened ("fuuuuck"), and letters split by spaces or punctuation joined
/// ("f u c k", "f.u.c.k", "f-u-c-k"). Zero-width characters are already gone in the folded view.
enum Deobfuscator {
    /// Characters read as letters inside a word.
    static let leet: [UInt32: UInt8] = [
        0x30: UInt8(ascii: "o"), 0x31: UInt8(ascii: "i"), 0x33: UInt8(ascii: "e"), 0x34: UInt8(ascii: "a"),
        0x35: UInt8(ascii: "s"), 0x37: UInt8(ascii: "t"), 0x39: UInt8(ascii: "g"),
        0x24: UInt8(ascii: "s"), 0x40: UInt8(ascii: "a"), 0x21: UInt8(ascii: "i"), 0x7C: UInt8(ascii: "l"),
        0x20AC: UInt8(ascii: "e"),
    ]
    /// Separators that split a word letter by letter ("f.u.c.k").
    static let splitters: Set<UInt32> = [0x2E, 0x2D, 0x5F, 0x2A, 0x7E, 0x2B, 0x2F, 0x5C, 0x2C, 0x3A]

    private struct Unit {
        var scalar: Unicode.Scalar
        var range: Range<Int>  // in the folded view
        var isLetter: Bool { scalar.properties.isAlphabetic }
        var isSpace: Bool { scalar.properties.isWhitespace }
    }

    static func deobfuscate(_ folded: TextView, originLength: Int) -> TextView {
        // Decode the folded view into scalars with their view ranges.
        var units: [Unit] = []
        units.reserveCapacity(folded.bytes.count)
        var offset = 0
        for scalar in String(decoding: folded.bytes, as: UTF8.self).unicodeScalars {
            let width = UTF8.width(scalar)
            units.append(Unit(scalar: scalar, range: offset..<(offset + width)))
            offset += width
        }
        // Chunks: maximal runs of non-space units.
        var chunks: [Range<Int>] = []
        var start: Int?
        for (k, unit) in units.enumerated() {
            if unit.isSpace {
                if let s = start { chunks.append(s..<k); start = nil }
            } else if start == nil {
                start = k
            }
        }
        if let s = start { chunks.append(s..<units.count) }

        // Each chunk becomes a list of (letter bytes, source unit) pieces.
        var pieces: [[(bytes: [UInt8], unit: Int)]] = chunks.map { rewrite(units, $0) }

        // Join runs of three or more one-letter chunks ("f u c k").
        var out: [UInt8] = []
        var builder = OffsetMapBuilder()
        func emit(_ bytes: [UInt8], _ unit: Int) {
            out.append(contentsOf: bytes)
            builder.append(viewLength: bytes.count, origin: folded.originalRange(of: units[unit].range))
        }
        func emitSpaces(_ range: Range<Int>) {
            for k in range {
                emit(Array(String(Character(units[k].scalar)).utf8), k)
            }
        }
        var previousEnd = 0
        var c = 0
        while c < chunks.count {
            var groupEnd = c
            while groupEnd < chunks.count, isSingleLetter(pieces[groupEnd]) { groupEnd += 1 }
            if groupEnd - c >= 3 {
                emitSpaces(previousEnd..<chunks[c].lowerBound)
                for g in c..<groupEnd { for piece in pieces[g] { emit(piece.bytes, piece.unit) } }
                previousEnd = chunks[groupEnd - 1].upperBound
                c = groupEnd
                continue
            }
            emitSpaces(previousEnd..<chunks[c].lowerBound)
            for piece in squeeze(pieces[c]) { emit(piece.bytes, piece.unit) }
            pieces[c] = []
            previousEnd = chunks[c].upperBound
            c += 1
        }
        emitSpaces(previousEnd..<units.count)
        return TextView(bytes: out, map: builder.build(originLength: originLength), isASCII: !out.contains { $0 >= 0x80 })
    }

    private static func isSingleLetter(_ pieces: [(bytes: [UInt8], unit: Int)]) -> Bool {
        guard pieces.count == 1 else { return false }
        let scalars = String(decoding: pieces[0].bytes, as: UTF8.self).unicodeScalars
        return scalars.count == 1 && scalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// Rewrites one chunk: split letters joined, leetspeak read as letters.
    private static func rewrite(_ units: [Unit], _ chunk: Range<Int>) -> [(bytes: [UInt8], unit: Int)] {
        let letters = chunk.filter { units[$0].isLetter }
        // Letters split by one repeated separator: L S L S L …
        if chunk.count >= 5, chunk.count % 2 == 1 {
            let separator = units[chunk.lowerBound + 1].scalar.value
            var split = splitters.contains(separator)
            var k = chunk.lowerBound
            while split && k < chunk.upperBound {
                let u = units[k]
                let isOdd = (k - chunk.lowerBound) % 2 == 1
                if isOdd ? u.scalar.value != separator : !(u.isLetter || leet[u.scalar.value] != nil) { split = false }
                k += 1
            }
            if split && letters.count >= 2 {
                return stride(from: chunk.lowerBound, to: chunk.upperBound, by: 2).map { k in
                    (bytes: letterBytes(units[k]), unit: k)
                }
            }
        }
        guard !letters.isEmpty else {
            return chunk.map { (bytes: Array(String(Character(units[$0].scalar)).utf8), unit: $0) }
        }
        let leetCount = chunk.filter { leet[units[$0].scalar.value] != nil }.count
        var result: [(bytes: [UInt8], unit: Int)] = []
        for k in chunk {
            let u = units[k]
            if let mapped = leet[u.scalar.value], shouldReadAsLetter(units, k, chunk, leetCount: leetCount) {
                result.append((bytes: [mapped], unit: k))
            } else {
                result.append((bytes: Array(String(Character(u.scalar)).utf8), unit: k))
            }
        }
        return result
    }

    private static func letterBytes(_ unit: Unit) -> [UInt8] {
        if let mapped = leet[unit.scalar.value] { return [mapped] }
        return Array(String(Character(unit.scalar)).utf8)
    }

    /// A leet character reads as a letter inside a word: with a letter (or another leet
    /// character) beside it. Punctuation-like ones ("!", "|", "@") need a word on both sides,
    /// except "@" and "$" starting a word that has other leet characters ("@$$").
    private static func shouldReadAsLetter(_ units: [Unit], _ k: Int, _ chunk: Range<Int>, leetCount: Int) -> Bool {
        func wordy(_ j: Int) -> Bool {
            guard chunk.contains(j) else { return false }
            return units[j].isLetter || leet[units[j].scalar.value] != nil
        }
        let left = wordy(k - 1)
        let right = wordy(k + 1)
        let value = units[k].scalar.value
        switch value {
        case 0x21, 0x7C:
            return left && right
        case 0x40:
            return left || (k == chunk.lowerBound && right && leetCount >= 2)
        default:
            return left || right
        }
    }

    /// Shortens runs of three or more identical letters to one ("fuuuuck" → "fuck").
    private static func squeeze(_ pieces: [(bytes: [UInt8], unit: Int)]) -> [(bytes: [UInt8], unit: Int)] {
        guard pieces.count >= 3 else { return pieces }
        var result: [(bytes: [UInt8], unit: Int)] = []
        result.reserveCapacity(pieces.count)
        var k = 0
        while k < pieces.count {
            var j = k + 1
            while j < pieces.count, pieces[j].bytes == pieces[k].bytes { j += 1 }
            let isLetter = String(decoding: pieces[k].bytes, as: UTF8.self).unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
            if j - k >= 3 && isLetter {
                result.append(pieces[k])
            } else {
                result.append(contentsOf: pieces[k..<j])
            }
            k = j
        }
        return result
    }
}
