import FootprintText

// MARK: - Payment cards

/// Payment card numbers: 12 to 19 digits, compact or grouped by spaces or hyphens the way cards
/// print them (4-4-4-4, Amex 4-6-5, Diners 4-6-4), with an issuer's prefix and length and a valid
/// Luhn check digit; never part of a longer run of digits. Well-known test numbers are skipped.
public struct CreditCardDetector: TextScanner {
    /// A payment card detector.
    public init() {}

    static let cardWords = NumberWords([
        "card", "cards", "cc", "credit", "debit", "visa", "mastercard", "amex", "maestro", "karte", "kreditkarte",
        "carte", "tarjeta", "kaart", "creditcard", "pinpas", "bankpas", "betaalpas", "bankkaart", "pas", "pan", "jcb",
        "bankkarte", "girocard", "ec", "cb", "bancaire", "crédito", "débito", "credito", "debito", "creditkaart",
    ])
    /// Words that make a long number something else: an order, an invoice, a parcel.
    static let otherNumberWords = NumberWords([
        "order", "invoice", "ticket", "tracking", "ref", "reference", "isbn", "ean", "sku", "serial", "imei", "iccid",
        "customer", "bestellung", "bestellnummer", "rechnung", "commande", "facture", "bestelling", "factuur", "pedido",
        "factura",
    ])

    /// Finds card numbers, taking the longest run of whole groups that is a card (a CVV group may
    /// follow). A number after '#' or an order word, or a short Maestro or out-of-range JCB number,
    /// counts only after a card word nearer than any order word.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        var groups = DigitGroupReader()
        text.bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                i = NumberSkip.firstDigit(bytes, from: i)
                guard i < n else { break }
                let start = i
                let end = groups.read(bytes, from: start, separators: .spaceHyphen, maxDigits: 19)
                i = max(end, start + 1)
                guard
                    NumberBoundary.clearBefore(bytes, start, joiners: .numberJoiners),
                    start == 0 || bytes[start - 1] != 0x2B  // "+44 …" is a phone number
                else { continue }
                let hashed = start > 0 && bytes[start - 1] == 0x23  // "#4539…" numbers an order
                // The longest prefix of whole groups that is a card, when the run goes on (a CVV).
                var count = groups.count
                while count > 0 {
                    let length = groups.digitCount(ofGroups: count)
                    let spanEnd = groups.end(ofGroups: count)
                    // A shorter card may be followed by one group of up to three digits (a CVV).
                    let bounded =
                        count == groups.count
                        ? NumberBoundary.clearAfter(bytes, spanEnd, joiners: .numberJoiners)
                        : count == groups.count - 1 && groups.length(count) <= 3
                            && NumberBoundary.clearAfter(bytes, end, joiners: .numberJoiners)
                    if bounded, length >= 12, length <= 19, Self.isCardGrouping(groups, count) {
                        let digits = groups.values(bytes, ofGroups: count)
                        if Self.isCard(digits) {
                            let cardWord = NumberContext.wordBefore(text, start, within: 4, Self.cardWords)
                            let otherWord = NumberContext.wordBefore(text, start, within: 2, Self.otherNumberWords)
                            let named = cardWord != nil && (otherWord == nil || cardWord ?? 0 > otherWord ?? 0)
                            let strict = Self.isIssued(digits, strict: true) && !hashed
                            if strict ? otherWord == nil || named : named {
                                hits.append(ScanHit(range: start..<spanEnd, entity: "CREDIT_CARD"))
                            }
                            break
                        }
                    }
                    count -= 1
                }
            }
        }
    }

    /// Compact, or groups of four with a shorter last group, or Amex 4-6-5 and Diners 4-6-4.
    static func isCardGrouping(_ groups: DigitGroupReader, _ count: Int) -> Bool {
        if count == 1 { return true }
        let shape = groups.shape(ofGroups: count)
        if shape == 0x04_0605 || shape == 0x04_0604 { return true }
        guard count >= 3 else { return false }
        for k in 0..<(count - 1) where groups.length(k) != 4 { return false }
        return (1...4).contains(groups.length(count - 1))
    }

    /// A valid issuer prefix for the length, a valid Luhn check digit, and not a test number.
    static func isCard<C: Collection>(_ digits: C) -> Bool where C.Element == UInt8, C.Index == Int {
        guard isIssued(digits, strict: false), NumberChecksum.luhn(digits) else { return false }
        return !isTestNumber(digits)
    }

    /// True when the digits begin with an issuer's prefix that issues this length. Short Maestro
    /// numbers (12 to 15 digits) and JCB numbers outside 3528–3589 count only when not `strict`
    /// (the detector then wants a card word before them).
    static func isIssued<C: Collection>(_ digits: C, strict: Bool) -> Bool where C.Element == UInt8, C.Index == Int {
        let length = digits.count
        guard length >= 12 else { return false }
        let s = digits.startIndex
        func prefix(_ k: Int) -> Int {
            var v = 0
            for j in 0..<k { v = v * 10 + Int(digits[s + j]) }
            return v
        }
        let p2 = prefix(2)
        let p3 = prefix(3)
        let p4 = prefix(4)
        let p6 = prefix(6)
        switch digits[s] {
        case 4:  // Visa
            return length == 13 || length == 16 || length == 19
        case 3:
            if p2 == 34 || p2 == 37 { return length == 15 }  // Amex
            if (300...305).contains(p3) || p3 == 309 || p2 == 36 || p2 == 38 || p2 == 39 {  // Diners
                return length == 14 || length == 16
            }
            if (3528...3589).contains(p4) { return (16...19).contains(length) }  // JCB
            if p2 == 35 { return (16...19).contains(length) && !strict }  // JCB, outside its assigned range
            return false
        case 1:
            return p4 == 1800 && length == 15  // JCB, legacy 15-digit numbers
        case 5:
            if (51...55).contains(p2) { return length == 16 }  // Mastercard
            if p2 == 50 || (56...58).contains(p2) {  // Maestro
                return length >= 16 || !strict
            }
            return false
        case 2:
            if (2221...2720).contains(p4) { return length == 16 }  // Mastercard 2-series
            if (2200...2204).contains(p4) { return (16...19).contains(length) }  // Mir
            if p4 == 2131 { return length == 15 }  // JCB, legacy 15-digit numbers
            return false
        case 6:
            if p4 == 6011 || (644...649).contains(p3) || p2 == 65 || (622126...622925).contains(p6) {  // Discover
                return (16...19).contains(length)
            }
            if p2 == 62 { return (16...19).contains(length) }  // UnionPay
            if p2 == 63 || p2 == 67 || p2 == 60 || p2 == 61 || p2 == 66 || p2 == 68 || p2 == 69 {  // Maestro
                return length >= 16 || !strict
            }
            return false
        default:
            return false
        }
    }

    /// Numbers that card networks publish for testing: not anyone's card.
    static let testNumbers: Set<String> = [
        "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222", "4000056655665556",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "378282246310005",
        "371449635398431", "378734493671000", "6011111111111117", "6011000990139424", "30569309025904",
        "38520000023237", "3530111333300000", "3566002020360505", "6200000000000005",
    ]

    static func isTestNumber<C: Collection>(_ digits: C) -> Bool where C.Element == UInt8 {
        // NOTE: runs only for numbers that passed the issuer and Luhn checks, so the string is rare.
        var s = ""
        s.reserveCapacity(digits.count)
        for d in digits { s.unicodeScalars.append(Unicode.Scalar(d + 0x30)) }
        return testNumbers.contains(s)
    }
}

/// A card number (`pattern` rules): issuer prefix and length, Luhn, spaces and hyphens ignored.
public struct CreditCardValidator: TextValidator {
    /// A card number validator.
    public init() {}

    /// True when `match` holds only digits, spaces, hyphens and dots, and its 12 to 19 digits are a
    /// card number (issuer prefix and length, Luhn, not a test number).
    public func isValid(_ match: String) -> Bool {
        let (digits, clean) = match.numberDigitValues
        guard clean, (12...19).contains(digits.count) else { return false }
        return CreditCardDetector.isCard(digits)
    }
}

// MARK: - US Social Security numbers

/// US Social Security numbers: AAA-GG-SSSS with an area that is not 000, 666 or 900–999, a
/// group that is not 00 and a serial that is not 0000. Hyphenated numbers count on their own;
/// spaced or compact ones only after SSN words ("SSN", "social security", "social").
public struct USSocialSecurityNumberDetector: TextScanner {
    /// A US Social Security number detector.
    public init() {}

    static let words = NumberWords([
        "ssn", "ssns", "social", "security", "ss", "ss#", "soc", "sec", "ssa", "taxpayer", "itin", "sozialversicherungsnummer",
    ])

    /// Canadian social insurance words: a SIN is not an SSN.
    static let canadianWords = NumberWords(["sin", "insurance", "nas", "assurance"])

    /// Finds SSNs with a valid area, group and serial: AAA-GG-SSSS with hyphens on its own
    /// (confidence 0.95 after an SSN word), compact or with spaces or dots only after an SSN word
    /// and no Canadian SIN word.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        var groups = DigitGroupReader()
        text.bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                i = NumberSkip.firstDigit(bytes, from: i)
                guard i < n else { break }
                let start = i
                let end = groups.read(bytes, from: start, separators: .spaceHyphenDot, maxDigits: 9)
                i = max(end, start + 1)
                // Compact, or AAA-GG-SSSS.
                guard groups.digitCount == 9, groups.shape == 0x09 || groups.shape == 0x03_0204,
                    NumberBoundary.clearBefore(bytes, start, joiners: .numberJoiners),
                    NumberBoundary.clearAfter(bytes, end, joiners: .numberJoiners),
                    Self.isValid(groups.values(bytes))
                else { continue }
                let hyphenated = groups.shape == 0x03_0204 && groups.separator == 0x2D
                if hyphenated {
                    let near = NumberContext.before(text, start, within: 5, Self.words)
                    hits.append(ScanHit(range: start..<end, entity: "US_SSN", confidence: near ? 0.95 : nil))
                } else if NumberContext.before(text, start, within: 4, Self.words),
                    !NumberContext.before(text, start, within: 4, Self.canadianWords)
                {
                    hits.append(ScanHit(range: start..<end, entity: "US_SSN"))
                }
            }
        }
    }

    /// The SSA's rules for issued numbers (area, group, serial), on nine digit values.
    static func isValid<C: Collection>(_ d: C) -> Bool where C.Element == UInt8, C.Index == Int {
        guard d.count == 9 else { return false }
        let s = d.startIndex
        let area = Int(d[s]) * 100 + Int(d[s + 1]) * 10 + Int(d[s + 2])
        let group = Int(d[s + 3]) * 10 + Int(d[s + 4])
        let serial = Int(d[s + 5]) * 1000 + Int(d[s + 6]) * 100 + Int(d[s + 7]) * 10 + Int(d[s + 8])
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        // Advertised in a wallet insert in 1938 and used by thousands since: not anyone's number.
        if area == 78 && group == 5 && serial == 1120 { return false }
        return true
    }
}

/// A US SSN (`pattern` rules): nine digits, compact or as AAA-GG-SSSS (hyphens or spaces), with
/// the area, group and serial rules.
public struct USSocialSecurityNumberValidator: TextValidator {
    /// A US SSN validator.
    public init() {}

    /// True when `match` is nine digits, or AAA-GG-SSSS with two hyphens or two spaces, and passes
    /// the area, group and serial rules.
    public func isValid(_ match: String) -> Bool {
        let bytes = Array(match.utf8)
        guard bytes.count == 9 || (bytes.count == 11 && bytes[3] == bytes[6] && (bytes[3] == 0x2D || bytes[3] == 0x20)) else {
            return false
        }
        let digits = bytes.enumerated().compactMap { k, b -> UInt8? in
            bytes.count == 11 && (k == 3 || k == 6) ? nil : (NumBytes.isDigit(b) ? b - 0x30 : 0xFF)
        }
        return !digits.contains(0xFF) && USSocialSecurityNumberDetector.isValid(digits)
    }
}
