import FootprintText

/// International bank account numbers: a country code, two check digits and the country's BBAN,
/// compact or spaced (in groups of four, or as banks print them), in either case, with the
/// country's length and a valid ISO 7064 mod-97 check.
public struct IBANDetector: TextScanner {
    /// An IBAN detector.
    public init() {}

    /// IBAN lengths by country (the SWIFT IBAN registry): every SEPA country and the other
    /// countries that issue IBANs.
    static let lengths: [String: Int] = [
        // SEPA
        "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24,
        "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21,
        "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24,
        "SI": 19, "SK": 24, "SM": 27, "VA": 22,
        // Others
        "AE": 23, "AL": 28, "AZ": 28, "BA": 20, "BH": 22, "BR": 29, "BY": 28, "CR": 22, "DO": 28, "EG": 29, "FO": 18,
        "GE": 22, "GL": 18, "GT": 28, "IL": 23, "IQ": 23, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LY": 25,
        "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MU": 30, "PK": 24, "PS": 29, "QA": 29, "RS": 22, "SA": 24, "SC": 31,
        "SD": 18, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
    ]

    /// The same table indexed by the two letters (A…Z × A…Z), 0 for no IBAN.
    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 26 * 26)
        for (code, length) in lengths {
            let u = Array(code.utf8)
            table[Int(u[0] - 0x41) * 26 + Int(u[1] - 0x41)] = UInt8(length)
        }
        return table
    }()

    static func length(_ a: UInt8, _ b: UInt8) -> Int {
        guard NumBytes.isLetter(a), NumBytes.isLetter(b) else { return 0 }
        return Int(table[Int(NumBytes.upper(a) - 0x41) * 26 + Int(NumBytes.upper(b) - 0x41)])
    }

    /// Finds IBANs whose country length and mod-97 check are valid, compact or with single spaces
    /// between groups of three characters or more, letters all in one case.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        text.bytes.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = 0
            // From digit to digit: an IBAN's first digits follow its two letters.
            while i < n {
                i = NumberSkip.firstDigit(bytes, from: i)
                guard i < n else { break }
                let start = i - 2
                var end = i + 1
                while end < n, NumBytes.isAlnum(bytes[end]) { end += 1 }
                if start >= 0, start + 15 <= n, NumBytes.isLetter(bytes[start]), NumBytes.isLetter(bytes[start + 1]),
                    NumberBoundary.clearBefore(bytes, start), let matchEnd = Self.match(bytes, at: start)
                {
                    hits.append(ScanHit(range: start..<matchEnd, entity: "IBAN"))
                    end = max(end, matchEnd)
                }
                i = end
            }
        }
    }

    /// The end of a valid IBAN starting at `start`, or nil.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let n = bytes.count
        let length = length(bytes[start], bytes[start + 1])
        guard length > 0, NumBytes.isDigit(bytes[start + 2]), NumBytes.isDigit(bytes[start + 3]) else { return nil }
        // Letters of the country code and of the BBAN share one case: "de89…" and "DE89…", not "De89".
        let lowerCountry = NumBytes.isLower(bytes[start])
        guard NumBytes.isLower(bytes[start + 1]) == lowerCountry else { return nil }
        var count = 4
        var i = start + 4
        var remainder = 0
        var separated = false
        while count < length, i < n {
            let b = bytes[i]
            if NumBytes.isAlnum(b) {
                if NumBytes.isLetter(b) && NumBytes.isLower(b) != lowerCountry { return nil }
                remainder = Self.fold(remainder, b)
                count += 1
                i += 1
            } else if b == 0x20, i + 1 < n, NumBytes.isAlnum(bytes[i + 1]), bytes[i - 1] != 0x20 {
                // One space between groups; every group but the last has at least three characters.
                separated = true
                i += 1
            } else {
                return nil
            }
        }
        guard count == length, NumberBoundary.clearAfter(bytes, i) else { return nil }
        if separated, !groupsLookPrinted(bytes, start..<i) { return nil }
        // Country code and check digits go last.
        for k in 0..<4 { remainder = fold(remainder, bytes[start + k]) }
        return remainder == 1 ? i : nil
    }

    /// The mod-97 remainder after appending one IBAN character (letters count 10 to 35).
    @inline(__always)
    static func fold(_ remainder: Int, _ b: UInt8) -> Int {
        if NumBytes.isDigit(b) { return (remainder * 10 + Int(b - 0x30)) % 97 }
        return (remainder * 100 + Int(NumBytes.upper(b) - 0x41) + 10) % 97
    }

    /// Spaced IBANs group their characters in fours ("DE89 3704 0044…") or, on some paper forms,
    /// in longer groups; never in ones and twos before the last group.
    static func groupsLookPrinted(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var group = 0
        for i in range {
            if bytes[i] == 0x20 {
                if group < 3 { return false }
                group = 0
            } else {
                group += 1
            }
        }
        return true
    }
}

/// An IBAN (`pattern` rules): the country's length and mod-97, spaces ignored, any case.
public struct IBANValidator: TextValidator {
    /// An IBAN validator.
    public init() {}

    /// True when `match`, spaces removed and in any case, has its country's IBAN length and a valid
    /// mod-97 check.
    public func isValid(_ match: String) -> Bool {
        var compact: [UInt8] = []
        for b in match.utf8 where b != 0x20 {
            guard NumBytes.isAlnum(b) else { return false }
            compact.append(NumBytes.upper(b))
        }
        guard compact.count >= 15, IBANDetector.length(compact[0], compact[1]) == compact.count,
            NumBytes.isDigit(compact[2]), NumBytes.isDigit(compact[3])
        else { return false }
        var remainder = 0
        for b in compact[4...] { remainder = IBANDetector.fold(remainder, b) }
        for b in compact[0..<4] { remainder = IBANDetector.fold(remainder, b) }
        return remainder == 1
    }
}
