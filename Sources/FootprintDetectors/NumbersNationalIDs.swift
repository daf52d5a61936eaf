import FootprintText

/// National identity numbers, each with its own check: UK National Insurance numbers (prefix
/// rules, suffix A–D), Spanish DNI and NIE (check letter), French NIR (mod-97 key), Italian codice
/// fiscale (check letter), Belgian national numbers (mod-97), and, only next to their names
/// ("SIN", "BSN", "Steuer-ID", "PPS"…), Canadian SINs (Luhn), Dutch BSNs (11-proof), German
/// tax ids (ISO 7064 MOD 11,10) and Irish PPS numbers (mod-23 letter).
public struct NationalIDDetector: TextScanner {
    /// A national id detector.
    public init() {}

    /// The kinds of number it knows.
    public enum Kind: String, Sendable, CaseIterable {
        case ukNINO, caSIN, esDNI, frNIR, nlBSN, itCodiceFiscale, deSteuerID, beNationalNumber, iePPS
    }

    static let ninoWords = NumberWords(["nino", "ni", "insurance", "nin", "n.i", "hmrc", "nationale"])
    static let sinWords = NumberWords(["sin", "nas", "insurance", "assurance", "sociale"])
    static let bsnWords = NumberWords(["bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen", "burgerservice"])
    static let steuerWords = NumberWords(
        ["steuer", "steuerid", "steueridentifikationsnummer", "identifikationsnummer", "idnr", "tin", "tax", "steuernummer"])
    static let beWords = NumberWords([
        "rijksregisternummer", "rijksregister", "registre", "national", "nationaal", "insz", "niss", "nn", "identiteitskaart",
        "rijksregisternr",
    ])
    static let ppsWords = NumberWords(["pps", "ppsn", "personal", "public", "service"])
    static let dniWords = NumberWords(["dni", "nie", "nif", "documento", "identidad", "id"])

    /// Finds national ids of the kinds above whose format and check are valid, with one of their
    /// words among the six before them where the kind needs it.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        var groups = DigitGroupReader()
        text.bytes.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = 0
            // Every national id holds a digit: go from digit to digit.
            scanning: while i < n {
                i = NumberSkip.firstDigit(bytes, from: i)
                guard i < n else { break }
                // The word of letters and digits holding the digit.
                var start = i
                while start > 0, NumBytes.isAlnum(bytes[start - 1]) { start -= 1 }
                var end = i + 1
                while end < n, NumBytes.isAlnum(bytes[end]) { end += 1 }
                // It may also begin one word earlier: a NINO's "AB 12 34 56 C", an NIE's "X-1234567-L".
                var candidate = start
                if start >= 3, bytes[start - 1] == 0x20, NumBytes.isLetter(bytes[start - 2]), NumBytes.isLetter(bytes[start - 3])
                {
                    candidate = start - 3
                } else if start >= 2, bytes[start - 1] == 0x2D, NumBytes.isLetter(bytes[start - 2]) {
                    candidate = start - 2
                }
                while true {
                    var wordEnd = candidate + 1
                    while wordEnd < n, NumBytes.isAlnum(bytes[wordEnd]) { wordEnd += 1 }
                    if Self.mayStartID(bytes, candidate, wordEnd),
                        NumberBoundary.clearBefore(bytes, candidate, joiners: .dotHyphenSlash),
                        let (matchEnd, confidence) = match(text, bytes, at: candidate, &groups)
                    {
                        hits.append(ScanHit(range: candidate..<matchEnd, entity: "NATIONAL_ID", confidence: confidence))
                        i = max(end, matchEnd)
                        continue scanning
                    }
                    if candidate == start { break }
                    candidate = start
                }
                i = end
            }
        }
    }

    /// A cheap test on the first word (letters and digits, `start..<end`) of a candidate: the
    /// lengths that start a NINO ("AB", "AB123456C"), NIE ("X", "X1234567L"), codice fiscale
    /// (16), or a run of six or more digits, or digits that a separator joins to more digits.
    @inline(__always)
    static func mayStartID(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        let next: UInt8 = end < bytes.count ? bytes[end] : 0
        if NumBytes.isLetter(bytes[start]) {
            return (length == 2 && next == 0x20) || length == 8 || length == 9 || length == 16
                || (length == 1 && next == 0x2D)
        }
        if length >= 6 { return true }
        return (next == 0x20 || next == 0x2D || next == 0x2E) && end + 1 < bytes.count && NumBytes.isDigit(bytes[end + 1])
    }

    /// The end of a national id starting at `start`, and its confidence (nil: the rule's).
    func match(
        _ text: AnalyzedText, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ groups: inout DigitGroupReader
    ) -> (Int, Double?)? {
        let b = bytes[start]
        func near(_ words: NumberWords) -> Bool {
            NumberContext.before(text, start, within: 6, words)
        }
        if NumBytes.isLetter(b) {
            // Issued prefixes and suffixes anywhere; after NINO words, any letters in its layout.
            if let (end, suffixed) = Self.nino(bytes, at: start, strict: true), suffixed, NumBytes.isUpper(b) {
                return (end, nil)
            }
            if let (end, _) = Self.nino(bytes, at: start, strict: false), near(Self.ninoWords) { return (end, nil) }
            if let end = Self.nie(bytes, at: start) { return (end, nil) }
            if let end = Self.codiceFiscale(bytes, at: start) { return (end, nil) }
            return nil
        }
        if let (end, upper) = Self.dni(bytes, at: start), upper || near(Self.dniWords) { return (end, nil) }
        if let end = Self.nir(bytes, at: start) { return (end, nil) }
        if let end = Self.belgianFormatted(bytes, at: start) { return (end, nil) }
        // Plain digit runs: which number it is depends on the words before it.
        let end = groups.read(bytes, from: start, separators: .spaceHyphenDot, maxDigits: 12)
        guard NumberBoundary.clearAfter(bytes, end, joiners: .numberJoiners) else {
            return Self.pps(bytes, at: start).flatMap { near(Self.ppsWords) ? ($0, nil) : nil }
        }
        let shape = groups.shape
        switch groups.digitCount {
        case 9:
            // Compact, 3-3-3, or the Dutch 4-2-3 and 3-2-2-2.
            guard shape == 0x09 || shape == 0x03_0303 || shape == 0x04_0203 || shape == 0x0302_0202 else { break }
            let digits = groups.values(bytes)
            if shape == 0x09 || shape == 0x03_0303, Self.isSIN(digits), near(Self.sinWords) { return (end, nil) }
            if Self.isBSN(digits), near(Self.bsnWords) { return (end, nil) }
        case 11:
            // Compact, the German 2-3-3-3, or the Belgian 6-3-2.
            guard shape == 0x0B || shape == 0x0203_0303 || shape == 0x06_0302 else { break }
            let digits = groups.values(bytes)
            if shape != 0x06_0302, Self.isSteuerID(digits), near(Self.steuerWords) { return (end, nil) }
            if shape != 0x0203_0303, Self.isBelgian(digits), near(Self.beWords) { return (end, nil) }
        default:
            break
        }
        if let end = Self.pps(bytes, at: start), near(Self.ppsWords) { return (end, nil) }
        return nil
    }

    // MARK: UK National Insurance numbers

    /// "AB123456C", "AB 12 34 56 C": the end, and whether the suffix letter is there. `strict`
    /// wants an issued prefix and a suffix A–D; otherwise any letters in the layout will do.
    static func nino(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, strict: Bool) -> (Int, Bool)? {
        let n = bytes.count
        guard start + 8 <= n else { return nil }
        let a = NumBytes.upper(bytes[start])
        let b = NumBytes.upper(bytes[start + 1])
        guard NumBytes.isLetter(bytes[start]), NumBytes.isLetter(bytes[start + 1]),
            NumBytes.isUpper(bytes[start]) == NumBytes.isUpper(bytes[start + 1]), !strict || isNINOPrefix(a, b)
        else { return nil }
        var i = start + 2
        var digits = 0
        while i < n, digits < 6 {
            if NumBytes.isDigit(bytes[i]) {
                digits += 1
                i += 1
            } else if bytes[i] == 0x20, digits % 2 == 0, i + 1 < n, NumBytes.isDigit(bytes[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        guard digits == 6, i >= n || !NumBytes.isDigit(bytes[i]) else { return nil }
        var end = i
        if end < n, bytes[end] == 0x20, end + 1 < n { end += 1 }
        if end < n, NumBytes.isLetter(bytes[end]), !strict || (0x41...0x44).contains(NumBytes.upper(bytes[end])),
            NumBytes.isUpper(bytes[end]) == NumBytes.isUpper(bytes[start]),
            end + 1 >= n || !NumBytes.isWordByte(bytes[end + 1])
        {
            return (end + 1, true)
        }
        guard i >= n || !NumBytes.isWordByte(bytes[i]) else { return nil }
        return (i, false)
    }

    /// HMRC's prefix rules: neither letter D, F, I, Q, U or V, the second not O, and not one of
    /// the prefixes never issued.
    static func isNINOPrefix(_ a: UInt8, _ b: UInt8) -> Bool {
        switch a {
        case 0x44, 0x46, 0x49, 0x51, 0x55, 0x56: return false  // D F I Q U V
        default: break
        }
        switch b {
        case 0x44, 0x46, 0x49, 0x4F, 0x51, 0x55, 0x56: return false  // D F I O Q U V
        default: break
        }
        switch (a, b) {
        case (0x42, 0x47), (0x47, 0x42), (0x4B, 0x4E), (0x4E, 0x4B), (0x4E, 0x54), (0x54, 0x4E), (0x5A, 0x5A): return false
        default: return true
        }
    }

    // MARK: Spanish DNI and NIE

    static let dniLetters = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)

    /// "12345678Z", "12345678-Z", "12.345.678-Z": the end, and whether the letter is uppercase.
    static func dni(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Bool)? {
        let n = bytes.count
        var i = start
        var value = 0
        var digits = 0
        while i < n, digits < 9 {
            if NumBytes.isDigit(bytes[i]) {
                value = value * 10 + Int(bytes[i] - 0x30)
                digits += 1
                i += 1
            } else if bytes[i] == 0x2E, digits == 2 || digits == 5, i + 1 < n, NumBytes.isDigit(bytes[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        guard digits == 8, i < n else { return nil }
        if bytes[i] == 0x2D || bytes[i] == 0x20, i + 1 < n, NumBytes.isLetter(bytes[i + 1]) { i += 1 }
        guard i < n, NumBytes.isLetter(bytes[i]), NumberBoundary.clearAfter(bytes, i + 1) else { return nil }
        guard NumBytes.upper(bytes[i]) == dniLetters[value % 23] else { return nil }
        return (i + 1, NumBytes.isUpper(bytes[i]))
    }

    /// "X1234567L", "Y-1234567-X": foreigners' numbers, X/Y/Z standing for 0/1/2.
    static func nie(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let n = bytes.count
        let first = bytes[start]
        guard first == 0x58 || first == 0x59 || first == 0x5A else { return nil }
        var value = Int(first - 0x58)
        var i = start + 1
        if i < n, bytes[i] == 0x2D { i += 1 }
        var digits = 0
        while i < n, NumBytes.isDigit(bytes[i]), digits < 8 {
            value = value * 10 + Int(bytes[i] - 0x30)
            digits += 1
            i += 1
        }
        guard digits == 7, i < n else { return nil }
        if bytes[i] == 0x2D || bytes[i] == 0x20, i + 1 < n, NumBytes.isUpper(bytes[i + 1]) { i += 1 }
        guard i < n, NumBytes.isUpper(bytes[i]), NumberBoundary.clearAfter(bytes, i + 1), bytes[i] == dniLetters[value % 23]
        else {
            return nil
        }
        return i + 1
    }

    // MARK: French NIR

    /// "1 84 12 76 451 089 46", "184127645108946": sex, year, month, department (2A/2B in
    /// Corsica), commune, order, and a key of 97 − (number mod 97).
    static func nir(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let n = bytes.count
        var count = 0
        var shape: UInt64 = 0  // group lengths, four bits each
        var group: UInt64 = 0
        var i = start
        var number = 0  // the first 13 characters, 2A/2B read as 19/18
        var key = 0
        var sex = 0
        var month = 0
        while i < n, count < 15 {
            let b = bytes[i]
            var value = -1
            if NumBytes.isDigit(b) {
                value = Int(b - 0x30)
            } else if count == 6, b == 0x41 || b == 0x42, number % 10 == 2 {
                // Corsica: "2A" counts as 19 and "2B" as 18 in the key's number.
                number = number / 10 * 100 + (b == 0x41 ? 19 : 18)
                count += 1
                group += 1
                i += 1
                continue
            } else if b == 0x20, group > 0, i + 1 < n, NumBytes.isAlnum(bytes[i + 1]) {
                shape = shape << 4 | group
                group = 0
                i += 1
                continue
            } else {
                break
            }
            if count == 0 { sex = value }
            if count == 3 || count == 4 { month = month * 10 + value }
            if count < 13 { number = number * 10 + value } else { key = key * 10 + value }
            count += 1
            group += 1
            i += 1
        }
        shape = shape << 4 | group
        guard count == 15, NumberBoundary.clearAfter(bytes, i) else { return nil }
        // Compact, 13 + key, or as printed on the carte Vitale: 1 84 12 76 451 089 46.
        guard shape == 0xF || shape == 0xD2 || shape == 0x122_2332 || shape == 0x122_532 else { return nil }
        switch sex {
        case 1, 2, 3, 7, 8: break
        default: return nil
        }
        guard (1...12).contains(month) || (20...42).contains(month) || (50...99).contains(month) else { return nil }
        return 97 - number % 97 == key ? i : nil
    }

    // MARK: Italian codice fiscale

    static let oddValues: [Int] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    static let omocodia = Array("LMNPQRSTUV".utf8)
    static let monthLetters = Array("ABCDEHLMPRST".utf8)

    /// "RSSMRA85T10A562S": surname, name, birth year, month letter, day (plus 40 for women),
    /// place code and a check letter; digits may be replaced by letters (omocodia).
    static func codiceFiscale(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let end = start + 16
        guard end <= bytes.count, NumberBoundary.clearAfter(bytes, end) else { return nil }
        let upper = NumBytes.isUpper(bytes[start])
        var sum = 0
        var day = 0
        for k in 0..<16 {
            let raw = bytes[start + k]
            guard NumBytes.isAlnum(raw), !NumBytes.isLetter(raw) || NumBytes.isUpper(raw) == upper else { return nil }
            let c = NumBytes.upper(raw)
            switch k {
            case 0...5, 11, 15:
                guard NumBytes.isLetter(c) else { return nil }
            case 8:
                guard monthLetters.contains(c) else { return nil }
            default:
                guard NumBytes.isDigit(c) || omocodia.contains(c) else { return nil }
                if k == 9 || k == 10 {
                    let d = NumBytes.isDigit(c) ? Int(c - 0x30) : omocodia.firstIndex(of: c) ?? 0
                    day = day * 10 + d
                }
            }
            if k == 15 { break }
            let index = NumBytes.isDigit(c) ? Int(c - 0x30) : Int(c - 0x41)
            sum += k % 2 == 0 ? oddValues[index] : index
        }
        guard (1...31).contains(day) || (41...71).contains(day) else { return nil }
        return Int(NumBytes.upper(bytes[start + 15]) - 0x41) == sum % 26 ? end : nil
    }

    // MARK: Numbers named by their context

    /// Canadian SIN: Luhn, first digit not 0 or 8.
    static func isSIN(_ d: [UInt8]) -> Bool {
        d.count == 9 && d[0] != 0 && d[0] != 8 && NumberChecksum.luhn(d)
    }

    /// Dutch BSN: the 11-proof (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11), not all zeros.
    static func isBSN(_ d: [UInt8]) -> Bool {
        guard d.count == 9, d.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for k in 0..<8 { sum += (9 - k) * Int(d[k]) }
        sum -= Int(d[8])
        return sum % 11 == 0
    }

    /// German Steuer-ID: first digit not 0, one digit of the first ten repeated (twice or three
    /// times) and the ISO 7064 MOD 11,10 check digit.
    static func isSteuerID(_ d: [UInt8]) -> Bool {
        guard d.count == 11, d[0] != 0 else { return false }
        var counts = [Int](repeating: 0, count: 10)
        for k in 0..<10 { counts[Int(d[k])] += 1 }
        let repeated = counts.filter { $0 > 1 }
        guard repeated.count == 1, repeated[0] <= 3 else { return false }
        var product = 10
        for k in 0..<10 {
            var sum = (Int(d[k]) + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        var check = 11 - product
        if check == 10 { check = 0 }
        return check == Int(d[10])
    }

    /// Belgian national number: a birth date, a serial and 97 − (first nine digits mod 97),
    /// with 2 in front of the nine digits for people born from 2000.
    static func isBelgian(_ d: [UInt8]) -> Bool {
        guard d.count == 11 else { return false }
        var first = 0
        for k in 0..<9 { first = first * 10 + Int(d[k]) }
        return isBelgian(first: first, key: Int(d[9]) * 10 + Int(d[10]))
    }

    static func isBelgian(first: Int, key: Int) -> Bool {
        let date = first / 1_000  // YYMMDD
        let month = date / 100 % 100
        let day = date % 100
        guard month <= 12 || (20...32).contains(month) || (40...52).contains(month), day <= 31 else { return false }
        return 97 - first % 97 == key || 97 - (2_000_000_000 + first) % 97 == key
    }

    /// "85.07.30-033.61": the Belgian number as printed on identity cards.
    static func belgianFormatted(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        // d d . d d . d d - d d d . d d
        let end = start + 15
        guard end <= bytes.count, bytes[start + 2] == 0x2E, bytes[start + 5] == 0x2E, bytes[start + 8] == 0x2D,
            bytes[start + 12] == 0x2E
        else { return nil }
        var first = 0
        var key = 0
        var digits = 0
        for k in 0..<15 where k != 2 && k != 5 && k != 8 && k != 12 {
            let b = bytes[start + k]
            guard NumBytes.isDigit(b) else { return nil }
            if digits < 9 { first = first * 10 + Int(b - 0x30) } else { key = key * 10 + Int(b - 0x30) }
            digits += 1
        }
        guard NumberBoundary.clearAfter(bytes, end, joiners: .dotHyphen), isBelgian(first: first, key: key) else { return nil }
        return end
    }

    /// Irish PPS number: seven digits, a check letter, and an optional second letter.
    static func pps(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let n = bytes.count
        guard start + 8 <= n else { return nil }
        var sum = 0
        for k in 0..<7 {
            let b = bytes[start + k]
            guard NumBytes.isDigit(b) else { return nil }
            sum += Int(b - 0x30) * (8 - k)
        }
        let check = NumBytes.upper(bytes[start + 7])
        guard NumBytes.isLetter(bytes[start + 7]) else { return nil }
        var end = start + 8
        if end < n, NumBytes.isLetter(bytes[end]) {
            sum += (Int(NumBytes.upper(bytes[end]) - 0x41) + 1) * 9
            end += 1
        }
        guard NumberBoundary.clearAfter(bytes, end) else { return nil }
        let expected: UInt8 = sum % 23 == 0 ? 0x57 : UInt8(0x40 + sum % 23)
        return check == expected ? end : nil
    }
}

/// One kind of national id (`pattern` rules), with its format's check.
public struct NationalIDValidator: TextValidator {
    /// The kind of national id this validator checks.
    public let kind: NationalIDDetector.Kind

    /// A validator for one kind of national id.
    public init(_ kind: NationalIDDetector.Kind) { self.kind = kind }

    /// True when the whole of `match` is a valid number of `kind`; SINs, BSNs, Steuer-IDs and
    /// Belgian numbers may be grouped with spaces, hyphens or dots.
    public func isValid(_ match: String) -> Bool {
        let bytes = Array(match.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            let n = buffer.count
            guard n > 0 else { return false }
            switch kind {
            case .ukNINO: return NationalIDDetector.nino(buffer, at: 0, strict: true).map { $0.0 == n && $0.1 } ?? false
            case .esDNI:
                if let (end, _) = NationalIDDetector.dni(buffer, at: 0), end == n { return true }
                return NationalIDDetector.nie(buffer, at: 0) == n
            case .frNIR: return NationalIDDetector.nir(buffer, at: 0) == n
            case .itCodiceFiscale: return NationalIDDetector.codiceFiscale(buffer, at: 0) == n
            case .iePPS: return NationalIDDetector.pps(buffer, at: 0) == n
            case .caSIN, .nlBSN, .deSteuerID, .beNationalNumber:
                let (digits, clean) = match.numberDigitValues
                guard clean else { return false }
                switch kind {
                case .caSIN: return NationalIDDetector.isSIN(digits)
                case .nlBSN: return NationalIDDetector.isBSN(digits)
                case .deSteuerID: return NationalIDDetector.isSteuerID(digits)
                default: return NationalIDDetector.isBelgian(digits)
                }
            }
        }
    }
}
