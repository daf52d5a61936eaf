import FootprintText

extension BuiltinDetectors {
    /// Identifiers, accounts and secrets: cards, national ids, IBANs, IP addresses, wallets, keys.
    static let numberDetectors: [String: any TextScanner] = [
        "credit-card": CreditCardDetector(),
        "us-ssn": USSocialSecurityNumberDetector(),
        "national-id": NationalIDDetector(),
        "iban": IBANDetector(),
        "ip-address": IPAddressDetector(),
        "crypto-wallet": CryptoWalletDetector(),
        "api-key": APIKeyDetector(),
        "password": PasswordDetector(),
    ]
    /// Validators `pattern` rules can name.
    static let numberValidators: [String: any TextValidator] = [
        "credit-card": CreditCardValidator(),
        "us-ssn": USSocialSecurityNumberValidator(),
        "iban": IBANValidator(),
        "uk-nino": NationalIDValidator(.ukNINO),
        "ca-sin": NationalIDValidator(.caSIN),
        "es-dni": NationalIDValidator(.esDNI),
        "fr-nir": NationalIDValidator(.frNIR),
        "nl-bsn": NationalIDValidator(.nlBSN),
        "it-codice-fiscale": NationalIDValidator(.itCodiceFiscale),
        "de-steuer-id": NationalIDValidator(.deSteuerID),
        "be-national-number": NationalIDValidator(.beNationalNumber),
        "ie-pps": NationalIDValidator(.iePPS),
        "ipv4": IPAddressValidator(),
        "crypto-wallet": CryptoWalletValidator(),
    ]
}

// MARK: - Bytes

/// ASCII byte classes for the byte scanners.
enum NumBytes {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }
    @inline(__always) static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 0x20 : b }
    @inline(__always) static func digit(_ b: UInt8) -> Int { Int(b &- 0x30) }
    @inline(__always) static func hexValue(_ b: UInt8) -> Int {
        isDigit(b) ? Int(b - 0x30) : Int((b | 0x20) - 0x61 + 10)
    }
    /// A byte that continues a word: an ASCII letter or digit, or any byte of a non-ASCII scalar
    /// (so "é123" is not a number on its own).
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isAlnum(b) || b >= 0x80 || b == 0x5F }
}

// MARK: - Skipping

/// Fast skips over text that cannot hold a candidate: 16 bytes at a time to the next digit, or
/// by probes to the next long run of token bytes.
enum NumberSkip {
    /// The offset of the first ASCII digit at or after `start` (`bytes.count` when none).
    @inline(__always)
    static func firstDigit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let zero = SIMD16<UInt8>(repeating: 0x30)
            let ten = SIMD16<UInt8>(repeating: 10)
            while i + 16 <= n {
                let chunk = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                if any((chunk &- zero) .< ten) { break }
                i += 16
            }
        }
        while i < n, !NumBytes.isDigit(bytes[i]) { i += 1 }
        return i
    }

    /// The offset of the first ASCII digit or `extra` byte at or after `start`.
    @inline(__always)
    static func firstDigit(_ bytes: UnsafeBufferPointer<UInt8>, or extra: UInt8, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let zero = SIMD16<UInt8>(repeating: 0x30)
            let ten = SIMD16<UInt8>(repeating: 10)
            let other = SIMD16<UInt8>(repeating: extra)
            while i + 16 <= n {
                let chunk = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                if any((chunk &- zero) .< ten .| (chunk .== other)) { break }
                i += 16
            }
        }
        while i < n, !NumBytes.isDigit(bytes[i]), bytes[i] != extra { i += 1 }
        return i
    }

    /// The next maximal run of at least `minLength` bytes that are `member`s, starting at or
    /// after `start` (which must not be inside a run). Probes every `minLength`th byte, so short
    /// words cost about one look each.
    @inline(__always)
    static func nextRun(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, minLength: Int, _ member: (UInt8) -> Bool
    ) -> Range<Int>? {
        let n = bytes.count
        var i = start
        while i + minLength <= n {
            let probe = i + minLength - 1
            guard member(bytes[probe]) else {
                i = probe + 1
                continue
            }
            var runStart = probe
            while runStart > i, member(bytes[runStart - 1]) { runStart -= 1 }
            if runStart > i {
                i = runStart  // a shorter run ends before i; look again from its start
                continue
            }
            var end = probe + 1
            while end < n, member(bytes[end]) { end += 1 }
            return i..<end
        }
        return nil
    }
}

// MARK: - Context words

/// Words that give a candidate its meaning ("SSN", "Passwort"), compared with the folded view's
/// word tokens: a token matches when it equals a word, or when one of its parts split at '_' or
/// '-' does ("api_key"), or when it ends with one of `suffixes` ("wlanpasswort").
struct NumberWords: Sendable {
    let words: [[UInt8]]
    let suffixes: [[UInt8]]

    init(_ words: [String], suffixes: [String] = []) {
        self.words = words.map { Array($0.utf8) }
        self.suffixes = suffixes.map { Array($0.utf8) }
    }

    /// True when the folded token `bytes[range]` is one of the words.
    func matches(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        if isWord(bytes, range) { return true }
        for suffix in suffixes where range.count >= suffix.count {
            if bytes[(range.upperBound - suffix.count)..<range.upperBound].elementsEqual(suffix) { return true }
        }
        // Parts of "api_key", "aws-secret".
        var start = range.lowerBound
        var split = false
        for i in range where bytes[i] == 0x5F || bytes[i] == 0x2D {
            split = true
            if isWord(bytes, start..<i) { return true }
            start = i + 1
        }
        return split && isWord(bytes, start..<range.upperBound)
    }

    private func isWord(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        for word in words where word.count == range.count && bytes[range].elementsEqual(word) { return true }
        return false
    }
}

/// Looks around a candidate for context words among the folded view's tokens.
enum NumberContext {
    /// True when one of `words` is among the `count` words (word or number tokens) that end at or
    /// before the original byte offset `offset`. Punctuation does not count.
    static func before(_ text: AnalyzedText, _ offset: Int, within count: Int, _ words: NumberWords) -> Bool {
        wordBefore(text, offset, within: count, words) != nil
    }

    /// The index of the nearest token among the `count` words before `offset` that is one of `words`.
    static func wordBefore(_ text: AnalyzedText, _ offset: Int, within count: Int, _ words: NumberWords) -> Int? {
        guard !text.tokens.isEmpty else { return nil }
        let origins = text.tokenOrigins()
        var t = text.tokenIndices(overlapping: offset..<(offset + 1)).lowerBound - 1
        var seen = 0
        while t >= 0, seen < count {
            let token = text.tokens[t]
            if token.isWordLike, origins[t].upperBound <= offset {
                if words.matches(text.folded.bytes, token.range) { return t }
                seen += 1
            }
            t -= 1
        }
        return nil
    }

    /// True when one of `words` is among the `count` words that start at or after `offset`.
    static func after(_ text: AnalyzedText, _ offset: Int, within count: Int, _ words: NumberWords) -> Bool {
        guard !text.tokens.isEmpty else { return false }
        let origins = text.tokenOrigins()
        var t = text.tokenIndices(overlapping: offset..<(offset + 1)).lowerBound
        var seen = 0
        while t < text.tokens.count, seen < count {
            let token = text.tokens[t]
            if token.isWordLike, origins[t].lowerBound >= offset {
                if words.matches(text.folded.bytes, token.range) { return true }
                seen += 1
            }
            t += 1
        }
        return false
    }
}

// MARK: - Digit groups

/// A run of digits split into groups by one kind of separator ("4539 1488 0343 6467",
/// "123-45-6789", "85.07.30"), read from a word boundary; the scanners' shared reader. It keeps
/// offsets and lengths only (no heap storage), so reading costs no allocation.
struct DigitGroupReader {
    /// Where the run starts and ends in the original bytes.
    private(set) var start = 0
    private(set) var end = 0
    /// How many groups were read (at most 8).
    private(set) var count = 0
    /// Each group's length, eight bits each, the first group highest.
    private(set) var lengths: UInt64 = 0
    /// All digits read.
    private(set) var digitCount = 0
    /// The separator between groups (0 when there is one group).
    private(set) var separator: UInt8 = 0

    /// Reads digit groups from `start` (a digit), separated by one `separators` byte each (the
    /// first one used sets the kind), until more than `maxDigits` digits or 8 groups. Returns
    /// the end of the run.
    mutating func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, separators: ASCIISet, maxDigits: Int = 24
    ) -> Int {
        self.start = start
        count = 0
        lengths = 0
        digitCount = 0
        separator = 0
        var i = start
        let n = bytes.count
        while i < n, count < 8 {
            let groupStart = i
            while i < n, NumBytes.isDigit(bytes[i]), digitCount <= maxDigits {
                digitCount += 1
                i += 1
            }
            guard i > groupStart else { break }
            lengths = lengths << 8 | UInt64(min(i - groupStart, 255))
            count += 1
            guard digitCount <= maxDigits, i + 1 < n, NumBytes.isDigit(bytes[i + 1]) else { break }
            let s = bytes[i]
            guard separator == 0 ? separators.contains(s) : s == separator else { break }
            separator = s
            i += 1
        }
        end = i
        return i
    }

    /// The length of group `k` (from 0).
    func length(_ k: Int) -> Int { Int((lengths >> UInt64(8 * (count - 1 - k))) & 0xFF) }

    /// The lengths of the first `k` groups, eight bits each, the first highest: groups of 3, 2
    /// and 4 digits are 0x030204.
    func shape(ofGroups k: Int) -> UInt64 { lengths >> UInt64(8 * (count - k)) }

    /// The packed shape of the whole run.
    var shape: UInt64 { lengths }

    /// The digits in the first `k` groups.
    func digitCount(ofGroups k: Int) -> Int {
        var total = 0
        for g in 0..<k { total += length(g) }
        return total
    }

    /// The end offset of the first `k` groups.
    func end(ofGroups k: Int) -> Int { start + digitCount(ofGroups: k) + k - 1 }

    /// The digits' values of the first `k` groups (allocates: for candidates only).
    func values(_ bytes: UnsafeBufferPointer<UInt8>, ofGroups k: Int) -> [UInt8] {
        var values: [UInt8] = []
        values.reserveCapacity(digitCount)
        for i in start..<end(ofGroups: k) where NumBytes.isDigit(bytes[i]) { values.append(bytes[i] - 0x30) }
        return values
    }

    /// The digits' values of the whole run.
    func values(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] { values(bytes, ofGroups: count) }
}

/// A set of ASCII punctuation bytes (below 0x40) as a bit mask: no allocation, no reference
/// counting in the scanners' inner loops.
struct ASCIISet: Sendable {
    let mask: UInt64

    @inline(__always) func contains(_ b: UInt8) -> Bool { b < 64 && (mask >> UInt64(b)) & 1 == 1 }

    static let none = ASCIISet(mask: 0)
    /// '-', '.', ',' and '/': what joins digits into a longer number ("12-34", "1.5", "1,000", "1/2").
    static let numberJoiners = ASCIISet(mask: 1 << 0x2D | 1 << 0x2E | 1 << 0x2C | 1 << 0x2F)
    static let dot = ASCIISet(mask: 1 << 0x2E)
    static let dotHyphen = ASCIISet(mask: 1 << 0x2E | 1 << 0x2D)
    static let dotHyphenSlash = ASCIISet(mask: 1 << 0x2E | 1 << 0x2D | 1 << 0x2F)
    static let spaceHyphen = ASCIISet(mask: 1 << 0x20 | 1 << 0x2D)
    static let spaceHyphenDot = ASCIISet(mask: 1 << 0x20 | 1 << 0x2D | 1 << 0x2E)
}

/// Word boundaries around a candidate span of the original bytes.
enum NumberBoundary {
    /// True when no letter, digit or word character stands right before `start`, nor a digit
    /// followed by one of `joiners` ("12-4539…", "1.2.3.4.5").
    @inline(__always)
    static func clearBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, joiners: ASCIISet = .none) -> Bool {
        guard start > 0 else { return true }
        let b = bytes[start - 1]
        if NumBytes.isWordByte(b) { return false }
        if joiners.contains(b), start > 1, NumBytes.isAlnum(bytes[start - 2]) { return false }
        return true
    }

    /// True when no letter, digit or word character stands right at `end`, nor one of `joiners`
    /// followed by a digit ("4539….5", "1.2.3.4.5").
    @inline(__always)
    static func clearAfter(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, joiners: ASCIISet = .none) -> Bool {
        guard end < bytes.count else { return true }
        let b = bytes[end]
        if NumBytes.isWordByte(b) { return false }
        if joiners.contains(b), end + 1 < bytes.count, NumBytes.isAlnum(bytes[end + 1]) { return false }
        return true
    }
}

/// Checksums shared by several identifiers.
enum NumberChecksum {
    /// The Luhn (mod 10) check over digit values.
    static func luhn<C: Collection>(_ digits: C) -> Bool where C.Element == UInt8 {
        var sum = 0
        var double = false
        for d in digits.reversed() {
            var v = Int(d)
            if double {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
            double.toggle()
        }
        return sum % 10 == 0
    }

    /// A decimal number's remainder modulo `m`, digit values in order.
    static func mod<C: Collection>(_ digits: C, _ m: Int) -> Int where C.Element == UInt8 {
        var r = 0
        for d in digits { r = (r * 10 + Int(d)) % m }
        return r
    }
}

extension String {
    /// The ASCII digits' values of the string, and whether every other character is a space,
    /// hyphen or dot (the validators' shared reader).
    var numberDigitValues: (digits: [UInt8], clean: Bool) {
        var digits: [UInt8] = []
        var clean = true
        for b in utf8 {
            if NumBytes.isDigit(b) {
                digits.append(b - 0x30)
            } else if b != 0x20 && b != 0x2D && b != 0x2E {
                clean = false
            }
        }
        return (digits, clean)
    }
}
