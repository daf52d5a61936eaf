import FootprintText

/// The numbering plan of a country: the national significant number's lengths and first digits.
public struct PhonePlan: Sendable {
    /// Calling code, as digits ("44").
    public let code: String
    /// Lengths of the national significant number (without the trunk 0).
    public let lengths: ClosedRange<Int>
    /// Digits the national significant number may start with.
    public let firstDigits: String

    /// A plan for calling code `code`.
    public init(_ code: String, _ lengths: ClosedRange<Int>, first firstDigits: String = "123456789") {
        self.code = code
        self.lengths = lengths
        self.firstDigits = firstDigits
    }

    /// True when `nsn` (digits only) fits the plan.
    public func accepts(_ nsn: [UInt8]) -> Bool {
        guard lengths.contains(nsn.count), let first = nsn.first else { return false }
        if code == "1" { return PhoneNumbers.isNANP(nsn) }
        if code == "32", first == 0x34 { return nsn.count == 9 }
        if code == "32" { return nsn.count == 8 }
        return firstDigits.utf8.contains(first)
    }
}

/// Phone numbers: international (+CC or 00CC) with the country's plan, and national formats of
/// NANP, the UK, Ireland, Germany, France, the Netherlands, Belgium, Spain, Italy and Australia.
public enum PhoneNumbers {
    /// Plans by calling code. Codes are prefix-free, so a number's code is read greedily.
    public static let plans: [String: PhonePlan] = {
        let list: [PhonePlan] = [
            PhonePlan("1", 10...10),
            PhonePlan("44", 9...10, first: "1235789"),
            PhonePlan("353", 7...9),
            PhonePlan("49", 6...11),
            PhonePlan("33", 9...9),
            PhonePlan("31", 9...9),
            PhonePlan("32", 8...9),
            PhonePlan("34", 9...9, first: "6789"),
            PhonePlan("39", 6...11, first: "0138"),
            PhonePlan("61", 9...9, first: "23478"),
            PhonePlan("41", 9...9), PhonePlan("43", 7...12), PhonePlan("45", 8...8), PhonePlan("46", 7...9),
            PhonePlan("47", 8...8), PhonePlan("48", 9...9), PhonePlan("351", 9...9, first: "29"),
            PhonePlan("352", 6...11), PhonePlan("30", 10...10), PhonePlan("358", 6...11), PhonePlan("420", 9...9),
            PhonePlan("421", 9...9), PhonePlan("36", 8...9), PhonePlan("40", 9...9), PhonePlan("359", 8...9),
            PhonePlan("385", 8...9), PhonePlan("386", 8...8), PhonePlan("370", 8...8), PhonePlan("371", 8...8),
            PhonePlan("372", 7...8), PhonePlan("354", 7...7), PhonePlan("356", 8...8), PhonePlan("357", 8...8),
            PhonePlan("380", 9...9), PhonePlan("7", 10...10), PhonePlan("90", 10...10), PhonePlan("81", 9...10),
            PhonePlan("82", 8...10), PhonePlan("86", 10...11), PhonePlan("852", 8...8), PhonePlan("886", 8...9),
            PhonePlan("91", 10...10), PhonePlan("92", 10...10), PhonePlan("880", 10...10), PhonePlan("94", 9...9),
            PhonePlan("65", 8...8), PhonePlan("60", 9...10), PhonePlan("62", 9...12), PhonePlan("63", 10...10),
            PhonePlan("66", 9...9), PhonePlan("84", 9...10), PhonePlan("64", 8...10), PhonePlan("27", 9...9),
            PhonePlan("20", 10...10), PhonePlan("212", 9...9), PhonePlan("213", 9...9), PhonePlan("216", 8...8),
            PhonePlan("234", 10...10), PhonePlan("254", 9...9), PhonePlan("971", 8...9), PhonePlan("972", 8...9),
            PhonePlan("966", 9...9), PhonePlan("974", 8...8), PhonePlan("98", 10...10), PhonePlan("52", 10...10),
            PhonePlan("55", 10...11), PhonePlan("54", 10...11), PhonePlan("56", 9...9), PhonePlan("57", 10...10),
            PhonePlan("51", 9...9), PhonePlan("58", 10...10),
        ]
        return Dictionary(list.map { ($0.code, $0) }) { a, _ in a }
    }()

    /// True for a NANP number of 10 digits: area and exchange codes start with 2–9, and the area
    /// code is neither N9X (reserved) nor N11 (service codes).
    public static func isNANP(_ d: [UInt8]) -> Bool {
        guard d.count == 10 else { return false }
        let zero = UInt8(ascii: "0")
        let one = UInt8(ascii: "1")
        let nine = UInt8(ascii: "9")
        guard d[0] > one, d[1] != nine, !(d[1] == one && d[2] == one) else { return false }
        // NOTE: N11 exchange codes are not assigned either, but posts (and test data) use them.
        guard d[3] > one else { return false }
        return d.allSatisfy { $0 >= zero && $0 <= nine }
    }

    /// The plan of the calling code at the start of `digits` and the rest, when there is one.
    public static func splitCountryCode(_ digits: [UInt8]) -> (plan: PhonePlan, nsn: [UInt8])? {
        for length in 1...3 where digits.count > length {
            let code = String(decoding: digits[0..<length], as: UTF8.self)
            if let plan = plans[code] { return (plan, Array(digits[length...])) }
        }
        return nil
    }
}

/// A phone number's digit groups as written: each group's digit count and the separator before it.
struct PhoneGroups {
    var digits: [UInt8] = []
    /// Digit count of each group.
    var sizes: [Int] = []
    /// Separator before each group (0 for the first): ' ', '-', '.', '/', or 'D' for a spaced
    /// dash or slash.
    var seps: [UInt8] = []
    /// True when the group was written in parentheses.
    var paren: [Bool] = []
    /// End byte of each group in the original (after a closing parenthesis).
    var ends: [Int] = []

    mutating func reset() {
        digits.removeAll(keepingCapacity: true)
        sizes.removeAll(keepingCapacity: true)
        seps.removeAll(keepingCapacity: true)
        paren.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }
}

/// How a phone candidate was judged.
enum PhoneVerdict {
    /// Not a phone number.
    case no
    /// A phone number only next to a phone word (compact digits).
    case needsContext
    /// A phone number by its form.
    case yes
}

/// Finds phone numbers in the original bytes: runs of digit groups with phone separators,
/// validated by numbering plan and grouping, never dates, times, prices, IP addresses, SSN-shaped
/// or long digit runs; identifiers named by a word just before (order, ticket, licence…) stay quiet.
public struct PhoneDetector: TextScanner {
    /// A phone number detector.
    public init() {}

    static let maxDigits = 17

    /// Finds phone numbers, taking the longest valid reading of their digit groups. None counts
    /// after an identifier word among the four words before it; a compact number needs a phone word
    /// there (confidence 0.75).
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        let bytes = text.bytes
        var tokens: PlaceTokens?
        var groups = PhoneGroups()
        var i = 0
        let n = bytes.count
        while i < n {
            i = Self.nextStart(bytes, from: i)
            guard i < n else { break }
            guard Self.startsCleanly(bytes, i), !Self.continuesGroups(bytes, i) else {
                i += 1
                while i < n, PlaceBytes.isDigit(bytes[i]) { i += 1 }
                continue
            }
            guard let plus = Self.read(bytes, i, into: &groups) else {
                i += 1
                while i < n, PlaceBytes.isDigit(bytes[i]) { i += 1 }
                continue
            }
            var accepted: (end: Int, context: Bool)?
            if Self.endsCleanly(bytes, groups.ends[groups.ends.count - 1]) {
                var k = groups.sizes.count
                while k > 0 {
                    let verdict = Self.judge(groups, count: k, plus: plus)
                    if verdict == .yes {
                        accepted = (groups.ends[k - 1], false)
                        break
                    }
                    if verdict == .needsContext {
                        accepted = (groups.ends[k - 1], true)
                        break
                    }
                    // A shorter reading only where a space (not a dash or dot) splits groups.
                    guard k >= 2, groups.seps[k - 1] == 0x20 else { break }
                    k -= 1
                }
            }
            guard let found = accepted else {
                i = max(i + 1, groups.ends[0])
                continue
            }
            if tokens == nil { tokens = PlaceTokens(text) }
            if let tokens {
                let first = tokens.tokenIndex(atOrAfter: i)
                let (positive, negative) = tokens.contextBefore(first, window: 4, in: Self.wordContext)
                if !negative, positive || !found.context {
                    hits.append(ScanHit(range: i..<found.end, entity: "PHONE", confidence: found.context ? 0.75 : nil))
                }
            }
            i = found.end
        }
    }

    /// Phone words (true) and identifier words (false) in one table.
    static let wordContext: PlaceWordTable<Bool> = {
        var entries: [(String, Bool)] = []
        for word in negativeWords { entries.append((word, false)) }
        for word in positiveWords { entries.append((word, true)) }
        return PlaceWordTable(entries)
    }()

    static let positiveWords: [String] = [
        "phone", "phones", "tel", "telephone", "call", "calls", "calling", "text", "texted", "texting", "txt", "cell",
        "mobile", "mob", "whatsapp", "sms", "fax", "ring", "dial", "reach", "contact", "hotline", "handy", "telefon",
        "telefonnummer", "handynummer", "mobil", "mobilnummer", "anrufen", "ruf", "rufnummer", "tél", "téléphone",
        "portable", "appelle", "appelez", "appeler", "mobiel", "telefoonnummer", "bel", "bellen", "teléfono",
        "telefono", "móvil", "movil", "llama", "llámame", "llamar", "celular", "cellulare", "chiamami", "chiamare",
        "tlf", "tfno", "telf", "gsm", "number", "nummer", "numéro", "número", "numero", "nr",
    ]

    static let negativeWords: [String] = [
        "order", "orders", "invoice", "inv", "ticket", "tracking", "track", "isbn", "issn", "sku", "serial", "ref",
        "reference", "account", "acct", "iban", "ssn", "sin", "nino", "insurance", "id", "passport", "license",
        "licence", "dl", "plate", "reg", "registration", "booking", "confirmation", "pnr", "version", "v", "build",
        "kernel", "ios", "android", "firmware", "patch", "release", "model", "part", "item", "claim", "policy",
        "customer", "member", "membership", "routing", "swift", "bsn", "dni", "nie", "nif", "steuer", "tax", "vat",
        "zip", "postcode", "room", "flight", "seat", "gate", "pin", "otp", "lotto", "lottery", "numbers", "score",
        "scores", "bestellung", "bestellnummer", "auftrag", "rechnung", "kundennummer", "commande", "facture",
        "bestelling", "factuur", "pedido", "factura", "ordine", "fattura", "parcel", "package", "shipment", "case",
        "incident", "receipt", "transaction", "txn", "population", "isin", "social", "security", "personalausweis",
        "ausweis", "führerschein", "permis", "rijbewijs", "paspoort", "passeport", "pasaporte", "reisepass", "kenteken",
        "kennzeichen", "matrícula", "immatriculation", "steuernummer", "steuer-id", "sozialversicherungsnummer",
        "burgerservicenummer", "nir", "dossier", "nhs", "medicare", "bank", "sort", "bic", "cheque",
    ]

    /// The first digit, '+' or '(' at or after `i` (the end of the text when none).
    static func nextStart(_ bytes: [UInt8], from i: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var j = i
            while j < buffer.count {
                let b = buffer[j]
                if b &- 0x30 < 10 || b == 0x2B || b == 0x28 { return j }
                j += 1
            }
            return j
        }
    }

    /// A number may start here: not inside a word, a decimal, a version or an amount.
    static func startsCleanly(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = bytes[i - 1]
        if PlaceBytes.isAlnum(p) || p == 0x5F { return false }
        // '#', '$', '%', '&', '@', '€' '£' '¥', '-' (a negative number or the tail of an id), '.', ',', '/', ':', '='
        switch p {
        case 0x23, 0x24, 0x25, 0x26, 0x40, 0x2E, 0x2C, 0x2F, 0x3A, 0x3D, 0x5C, 0x2B, 0x2A, 0x5E, 0x7E:
            return false
        case 0x2D:
            return false
        default:
            break
        }
        if p >= 0x80 {
            if PlaceBytes.wordCharBefore(bytes, i) { return false }
            // Currency signs: € (E2 82 AC), £ (C2 A3), ¥ (C2 A5); dashes.
            if i >= 3, bytes[i - 3] == 0xE2, bytes[i - 2] == 0x82 { return false }
            if i >= 2, bytes[i - 2] == 0xC2, p == 0xA3 || p == 0xA5 { return false }
            if PlaceBytes.dashWidth(bytes, max(0, i - 3)) == 3, i >= 3 { return false }
        }
        return true
    }

    /// True when a digit group or an IBAN's letters stand just before `i`, one space away: the
    /// number is the tail of a card number, an IBAN or a longer run, not a phone number.
    static func continuesGroups(_ bytes: [UInt8], _ i: Int) -> Bool {
        var p = i
        for _ in 0..<4 {
            guard p >= 2, bytes[p - 1] == 0x20 || bytes[p - 1] == 0x2D else { return false }
            let end = p - 1
            var start = end
            while start > 0, PlaceBytes.isAlnum(bytes[start - 1]) { start -= 1 }
            guard start < end else { return false }
            if PlaceBytes.isDigit(bytes[end - 1]) && (end - start <= 4 || PlaceBytes.isDigit(bytes[start])) {
                // A digit group ("4376 0620…"), or an IBAN's "DE57".
                if (0..<(end - start)).allSatisfy({ PlaceBytes.isDigit(bytes[start + $0]) }) { return true }
                if end - start == 4, PlaceBytes.isUpper(bytes[start]), PlaceBytes.isUpper(bytes[start + 1]) { return true }
                return false
            }
            // Uppercase letter groups of an IBAN ("GB21 YMVO 0248…"): keep walking back.
            guard end - start == 4, (start..<end).allSatisfy({ PlaceBytes.isUpper(bytes[$0]) || PlaceBytes.isDigit(bytes[$0]) })
            else { return false }
            p = start
        }
        return false
    }

    /// Nothing number-like continues after `end`.
    static func endsCleanly(_ bytes: [UInt8], _ end: Int) -> Bool {
        guard end < bytes.count else { return true }
        let b = bytes[end]
        if PlaceBytes.isAlnum(b) || b == 0x5F || b == 0x25 || b == 0x40 { return false }
        let next = PlaceBytes.at(bytes, end + 1)
        // "12:30", "12,5", "3.14", "1/2", "5-3", "4°" continue a number, a time or an angle.
        if b == 0x3A || b == 0x2C || b == 0x2E || b == 0x2F || b == 0x2D {
            if PlaceBytes.isDigit(next) { return false }
        }
        if b == 0xC2, next == 0xB0 { return false }
        if b >= 0x80, PlaceBytes.wordCharAt(bytes, end) { return false }
        return true
    }

    /// Reads digit groups and separators from `start`; returns whether it began with '+', or nil
    /// when no number starts there or it is too long to be a phone number.
    static func read(_ bytes: [UInt8], _ start: Int, into g: inout PhoneGroups) -> Bool? {
        g.reset()
        let n = bytes.count
        var p = start
        var plus = false
        if bytes[p] == 0x2B {
            plus = true
            p += 1
            guard p < n, PlaceBytes.isDigit(bytes[p]) || bytes[p] == 0x28 else { return nil }
        }
        var sep: UInt8 = 0
        while p < n {
            var isParen = false
            var q = p
            if bytes[q] == 0x28 {
                isParen = true
                q += 1
                q = PlaceBytes.skipSpaces(bytes, q)
            }
            let run = PlaceBytes.digitRun(bytes, q)
            guard run > 0 else { break }
            var end = q + run
            if isParen {
                end = PlaceBytes.skipSpaces(bytes, end)
                guard end < n, bytes[end] == 0x29 else { break }
                end += 1
            }
            if g.digits.count + run > maxDigits { return nil }
            g.digits.append(contentsOf: bytes[q..<(q + run)])
            g.sizes.append(run)
            g.seps.append(sep)
            g.paren.append(isParen)
            g.ends.append(end)
            p = end
            // A separator, then another group.
            var s = p
            sep = 0
            let space = PlaceBytes.spaceWidth(bytes, s)
            if space > 0 {
                s += space
                sep = 0x20
                let dash = PlaceBytes.dashWidth(bytes, s)
                if dash > 0 || PlaceBytes.at(bytes, s) == 0x2F {
                    let after = s + max(dash, 1)
                    let w = PlaceBytes.spaceWidth(bytes, after)
                    guard w > 0 else { break }
                    s = after + w
                    sep = 0x44
                }
            } else if PlaceBytes.dashWidth(bytes, s) > 0 {
                s += PlaceBytes.dashWidth(bytes, s)
                sep = 0x2D
            } else if PlaceBytes.at(bytes, s) == 0x2E || PlaceBytes.at(bytes, s) == 0x2F {
                sep = bytes[s]
                s += 1
            } else if PlaceBytes.at(bytes, s) == 0x28, isParen == false {
                sep = 0x20  // "+44(0)20…" written without a space
            } else if isParen, PlaceBytes.isDigit(PlaceBytes.at(bytes, s)) {
                sep = 0x20  // "(415)326-0581", "(0)20…"
            } else {
                break
            }
            guard s < n, PlaceBytes.isDigit(bytes[s]) || (bytes[s] == 0x28 && sep == 0x20) else { break }
            if g.sizes.count >= 8 { return nil }
            p = s
        }
        guard !g.sizes.isEmpty else { return nil }
        return plus
    }

    /// Judges the first `count` groups.
    static let nanpShapes: [[Int]] = [[3, 3, 4], [1, 3, 3, 4], [3, 7], [1, 3, 7]]
    static let spanishShapes: [[Int]] = [[3, 3, 3], [3, 2, 2, 2], [2, 3, 2, 2], [3, 6]]
    static let italianShapes: [[Int]] = [[3, 3, 4], [3, 7], [3, 4, 3], [3, 3, 3]]
    static let ssnShape: [Int] = [3, 2, 4]
    static let australianShape: [Int] = [4, 3, 3]

    static func judge(_ g: PhoneGroups, count: Int, plus: Bool) -> PhoneVerdict {
        var total = 0
        for k in 0..<count { total += g.sizes[k] }
        if total < 6 { return .no }
        let sizes = Array(g.sizes[0..<count])
        let seps = Array(g.seps[0..<count])
        let paren = Array(g.paren[0..<count])
        let digits = Array(g.digits[0..<total])
        let zero = UInt8(ascii: "0")
        if plus {
            return international(digits, sizes: sizes, paren: paren, count: count)
        }
        if isDateLike(digits, sizes: sizes, seps: seps) || isIPLike(digits, sizes: sizes, seps: seps) { return .no }
        if count == 3, sizes == ssnShape, seps[1] == seps[2], seps[1] != 0x2E { return .no }  // SSN shape
        // "0044 20 …": the international prefix 00 written out.
        if count >= 2, sizes[0] >= 3, sizes[0] <= 5, digits[0] == zero, digits[1] == zero, !paren[0] {
            let rest = Array(digits[2...])
            if let (plan, nsn) = PhoneNumbers.splitCountryCode(rest),
                plan.accepts(nsn) || plan.accepts(Array(nsn.drop { $0 == zero }))
            {
                return .yes
            }
            return .no
        }
        if count == 1 {
            return national(digits) ? .needsContext : .no
        }
        if count > 6 { return .no }
        // NANP: (xxx) xxx-xxxx, xxx-xxx-xxxx, xxx.xxx.xxxx, xxx xxx xxxx, 1-xxx-xxx-xxxx, (xxx) xxxxxxx.
        if nanpShapes.contains(sizes) {
            let leadOne = sizes[0] == 1
            if !leadOne || digits[0] == UInt8(ascii: "1") {
                let nsn = Array(digits[(leadOne ? 1 : 0)...])
                let areaIndex = leadOne ? 1 : 0
                let shapeOK = sizes.count - (leadOne ? 1 : 0) == 3 || paren[areaIndex]
                if shapeOK, PhoneNumbers.isNANP(nsn) { return .yes }
            }
        }
        // National numbers with a trunk 0 (UK, IE, DE, FR, NL, BE, IT landlines, AU).
        if digits[0] == zero, digits[1] != zero {
            guard (7...12).contains(total), count <= 5 else { return .no }
            guard paren[0] || (2...5).contains(sizes[0]) else { return .no }
            for k in 1..<count where sizes[k] < 2 || paren[k] { return .no }
            if count == 2, sizes[0] == 2, sizes[1] == 2 { return .no }
            return national(digits) ? .yes : .no
        }
        // Spain (9 digits, 6–9 first), Italian mobiles (10 digits, 3 first), Australian 1300/1800.
        if total == 9, spanishShapes.contains(sizes), (UInt8(ascii: "6")...UInt8(ascii: "9")).contains(digits[0]) { return .yes }
        if total == 10 || total == 9, digits[0] == UInt8(ascii: "3"), digits[1] != zero, italianShapes.contains(sizes) {
            return .yes
        }
        if total == 10, sizes == australianShape, digits[1] != zero,
            digits[0] == UInt8(ascii: "1"), digits[2] == zero, digits[3] == zero,
            digits[1] == UInt8(ascii: "3") || digits[1] == UInt8(ascii: "8")
        {
            return .yes
        }
        return .no
    }

    static func international(_ digits: [UInt8], sizes: [Int], paren: [Bool], count: Int) -> PhoneVerdict {
        let zero = UInt8(ascii: "0")
        guard count <= 7 else { return .no }
        guard let (plan, rest) = PhoneNumbers.splitCountryCode(digits) else { return .no }
        var nsn = rest
        // "+44 (0)20…": the trunk 0 in parentheses is not dialled.
        if count >= 2, paren[1], sizes[1] == 1, digits[sizes[0]] == zero {
            nsn.removeFirst()
        } else if plan.code != "39", nsn.first == zero {
            nsn.removeFirst()
        }
        // The code must be its own group or lead the first one.
        if sizes[0] < plan.code.count { return .no }
        if count == 1 { return plan.accepts(nsn) ? .yes : .no }
        return plan.accepts(nsn) ? .yes : .no
    }

    /// National numbers by length alone (after the grouping checks): NANP with or without the
    /// leading 1; a trunk 0 and 6 to 11 more digits (UK 10, IE 7–9, DE 6–11, FR/NL/AU 9, BE 8–9,
    /// IT landlines 5–10 after their 0); Spanish 9 digits from 6 to 9.
    static func national(_ d: [UInt8]) -> Bool {
        let zero = UInt8(ascii: "0")
        if d.count == 10, PhoneNumbers.isNANP(d) { return true }
        if d.count == 11, d[0] == UInt8(ascii: "1"), PhoneNumbers.isNANP(Array(d[1...])) { return true }
        guard d.count >= 2 else { return false }
        if d[0] == zero, d[1] != zero { return (6...11).contains(d.count - 1) }
        return d.count == 9 && (UInt8(ascii: "6")...UInt8(ascii: "9")).contains(d[0])
    }

    /// Three groups with one separator that read as a day, month and year.
    static func isDateLike(_ d: [UInt8], sizes: [Int], seps: [UInt8]) -> Bool {
        guard sizes.count >= 3, seps[1] == seps[2], seps[1] != 0x20 || sizes.count == 3 else { return false }
        let a = PlaceBytes.number(d, 0..<sizes[0])
        let b = PlaceBytes.number(d, sizes[0]..<(sizes[0] + sizes[1]))
        let c = PlaceBytes.number(d, (sizes[0] + sizes[1])..<(sizes[0] + sizes[1] + sizes[2]))
        if sizes[0] == 4, sizes[1] <= 2, sizes[2] <= 2 { return (1...12).contains(b) && (1...31).contains(c) }
        if sizes[0] <= 2, sizes[1] <= 2, sizes[2] == 4 || sizes[2] == 2 {
            _ = c
            return ((1...31).contains(a) && (1...12).contains(b)) || ((1...12).contains(a) && (1...31).contains(b))
        }
        return false
    }

    /// Four dotted groups of at most three digits: an IPv4 address or a version.
    static func isIPLike(_ d: [UInt8], sizes: [Int], seps: [UInt8]) -> Bool {
        sizes.count == 4 && seps.dropFirst().allSatisfy { $0 == 0x2E } && sizes.allSatisfy { $0 <= 3 }
    }
}
