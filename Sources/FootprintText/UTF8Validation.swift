/// UTF-8 input checked and repaired: invalid sequences become U+FFFD, never a crash.
public struct ValidatedUTF8: Sendable {
    /// The repaired text as UTF-8. Equal to the input when the input was valid.
    public let bytes: [UInt8]
    /// True when every byte is below 0x80.
    public let isASCII: Bool
    /// How many invalid sequences were replaced with U+FFFD.
    public let replacements: Int
    /// Byte offset in the input of the first invalid sequence, if any.
    public let firstInvalidOffset: Int?
    /// True when the text contains at least one NUL character (allowed, reported as a warning).
    public let containsNUL: Bool

    /// Validates `input`, replacing each maximal invalid subpart with U+FFFD (Unicode §3.9, the
    /// practice WHATWG's decoder follows).
    public init(_ input: [UInt8]) {
        var ascii = true
        var nul = false
        // NOTE: the common case is pure ASCII; check it eight bytes at a time.
        input.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var i = 0
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { ascii = false; break }
                    // A zero byte in the word: the classic "haszero" trick.
                    if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 {
                        nul = true
                    }
                    i += 8
                }
            }
            while ascii && i < count {
                if buffer[i] >= 0x80 { ascii = false }
                if buffer[i] == 0 { nul = true }
                i += 1
            }
        }
        if ascii {
            self.bytes = input
            self.isASCII = true
            self.replacements = 0
            self.firstInvalidOffset = nil
            self.containsNUL = nul
            return
        }
        var output: [UInt8] = []
        var replaced = 0
        var first: Int?
        var sawNUL = false
        output.reserveCapacity(input.count)
        input.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var i = 0
            var cleanStart = 0
            func replace(at start: Int, length: Int) {
                output.append(contentsOf: buffer[cleanStart..<start])
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replaced += 1
                if first == nil { first = start }
                cleanStart = start + length
            }
            while i < count {
                let b0 = buffer[i]
                if b0 < 0x80 {
                    if b0 == 0 { sawNUL = true }
                    i += 1
                    continue
                }
                let need: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch b0 {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; high = 0x9F
                case 0xF0: need = 3; low = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; high = 0x8F
                default:
                    replace(at: i, length: 1)
                    i += 1
                    continue
                }
                // The maximal subpart: as many continuation bytes as are valid here.
                var j = 1
                var valid = true
                while j <= need {
                    guard i + j < count else { valid = false; break }
                    let b = buffer[i + j]
                    let lo = j == 1 ? low : 0x80
                    let hi = j == 1 ? high : 0xBF
                    if b < lo || b > hi { valid = false; break }
                    j += 1
                }
                if valid {
                    i += need + 1
                } else {
                    replace(at: i, length: j)
                    i += j
                }
            }
            output.append(contentsOf: buffer[cleanStart..<count])
        }
        self.bytes = replaced == 0 ? input : output
        self.isASCII = false
        self.replacements = replaced
        self.firstInvalidOffset = first
        self.containsNUL = sawNUL
    }

    /// Human-readable warnings about the repair, for an assessment's `warnings`.
    public var warnings: [String] {
        var result: [String] = []
        if replacements > 0, let first = firstInvalidOffset {
            let plural = replacements == 1 ? "sequence" : "sequences"
            result.append(
                "invalid UTF-8: \(replacements) \(plural) replaced with U+FFFD (first at byte \(first))")
        }
        if containsNUL { result.append("text contains NUL characters") }
        return result
    }
}
