import FootprintText

/// An identifier as written: alphanumeric groups joined by dashes or single spaces.
struct DocumentCode {
    var range: Range<Int>
    var alnum = 0
    var digits = 0
    var letters = 0
    var lowercase = 0
    var groups = 0
}

/// The identifiers that only a word before them tells apart: passports, driving licences, number
/// plates and booking references. Each reads the code after its keywords (in English, German,
/// French, Dutch, Spanish and Italian) and the filler words between ("number", "no.", "is", ':').
public struct DocumentDetector: TextScanner {
    /// The kinds of identifier.
    public enum Kind: Sendable {
        case passport, driverLicense, licensePlate, bookingReference

        var entity: String {
            switch self {
            case .passport: "PASSPORT"
            case .driverLicense: "DRIVER_LICENSE"
            case .licensePlate: "LICENSE_PLATE"
            case .bookingReference: "BOOKING_REF"
            }
        }
    }

    /// Which identifier this detector finds.
    public let kind: Kind
    /// This kind's keywords only, so that the per-token filter turns most words away.
    let ownKeywords: PlaceWordTable<Kind>

    /// A detector for one kind of identifier.
    public init(_ kind: Kind) {
        self.kind = kind
        self.ownKeywords = Self.keywords.filtered { $0 == kind }
    }

    static let keywords: PlaceWordTable<Kind> = {
        var entries: [(String, Kind)] = []
        let passport = [
            "passport", "passports", "passport#", "passeport", "passeports", "reisepass", "reisepassnummer",
            "passnummer", "paspoort", "paspoortnummer", "pasaporte", "passaporto",
        ]
        let license = [
            "license", "licence", "dl", "führerschein", "fuehrerschein", "führerscheinnummer", "permis", "rijbewijs",
            "rijbewijsnummer", "licencia", "carnet", "carné", "patente",
        ]
        let plate = [
            "plate", "plates", "numberplate", "reg", "registration", "rego", "tag", "tags", "kennzeichen",
            "nummernschild", "autokennzeichen", "immatriculation", "d'immatriculation", "d’immatriculation",
            "plaque", "kenteken", "nummerplaat", "matrícula", "matricula", "targa",
        ]
        let booking = [
            "booking", "reservation", "réservation", "confirmation", "pnr", "locator", "buchung", "buchungsnummer",
            "buchungscode", "buchungsreferenz", "boeking", "boekingsnummer", "boekingscode", "boekingsreferentie",
            "reservering", "reserveringsnummer", "reserveringscode", "reserva", "localizador", "prenotazione",
        ]
        entries += passport.map { ($0, .passport) }
        entries += license.map { ($0, .driverLicense) }
        entries += plate.map { ($0, .licensePlate) }
        entries += booking.map { ($0, .bookingReference) }
        return PlaceWordTable(entries)
    }()

    /// Words that may stand between a keyword and its code.
    static let fillers: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "number", "numbers", "no", "nr", "num", "nummer", "numéro", "numero", "número", "n", "id", "is", "was", "are",
            "ist", "lautet", "est", "es", "era", "è", "my", "our", "the", "his", "her", "their", "your", "new", "de", "di",
            "du", "van", "del", "of", "driver", "driver's", "drivers", "driving", "conduire", "conducir", "guida",
            "ref", "reference", "référence", "referencia", "referenz", "referentie", "code", "codigo", "código", "codice",
            "record", "conf", "car", "car's", "auto", "voiture", "coche", "la", "le", "el", "il", "card", "template",
        ], true)

    /// Words after "license" that make it a number plate.
    static let plateWords: PlaceWordTable<Bool> = PlaceWordTable(["plate", "plates", "tag", "tags", "numberplate"], true)

    /// Finds the code after each of this kind's keywords and the filler words between; a licence
    /// keyword before a plate word ("license plate") is not a driving licence.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        // Every code but an all-letter booking reference holds a digit.
        if kind != .bookingReference, !PlaceTokens.hasDigit(text) { return }
        guard var i = ownKeywords.firstWord(in: text.tokens, of: text.folded.bytes, from: 0) else { return }
        let t = PlaceTokens(text)
        var lastEnd = 0
        while i < t.count {
            guard t.tokens[i].kind == .word, t.lookup(ownKeywords, i) != nil else {
                guard let next = ownKeywords.firstWord(in: t.tokens, of: t.folded, from: i + 1) else { return }
                i = next
                continue
            }
            if kind == .driverLicense, isPlateLicense(t, i) {
                i += 1
                continue
            }
            if let code = value(t, after: i), code.range.lowerBound >= lastEnd {
                hits.append(ScanHit(range: code.range, entity: kind.entity))
                lastEnd = code.range.upperBound
                i = t.tokenIndex(atOrAfter: code.range.upperBound)
                continue
            }
            i += 1
        }
    }

    /// "license plate", "licence number plate": a plate, not a driving licence.
    func isPlateLicense(_ t: PlaceTokens, _ i: Int) -> Bool {
        var k = i + 1
        var words = 0
        while k < t.count, words < 2 {
            if t.tokens[k].isWordLike {
                if t.lookup(Self.plateWords, k) != nil { return true }
                words += 1
            }
            k += 1
        }
        return false
    }

    /// The code after keyword token `i` and at most four fillers.
    func value(_ t: PlaceTokens, after i: Int) -> DocumentCode? {
        var k = i + 1
        var skipped = 0
        while k < t.count, skipped <= 4 {
            let token = t.tokens[k]
            switch token.kind {
            case .punctuation:
                let c = t.folded[token.range.lowerBound]
                // ':' '#' '-' '(' '=' '.' (after "no") and 'º'/'°' (n°) may stand before the code.
                let allowed: [UInt8] = [0x3A, 0x23, 0x2D, 0x28, 0x3D, 0x2E, 0xC2, 0xE2]
                guard allowed.contains(c) else { return nil }
            case .word, .number:
                if t.lookup(Self.fillers, k) != nil || t.lookup(ownKeywords, k) != nil {
                    break
                }
                return read(t.bytes, at: t.origins[k].lowerBound)
            case .emoji:
                return nil
            }
            skipped += 1
            k += 1
        }
        return nil
    }

    /// Reads and checks a code of this kind at `start`.
    func read(_ bytes: [UInt8], at start: Int) -> DocumentCode? {
        var code = DocumentCode(range: start..<start)
        var p = start
        var previous: DocumentCode?
        var spaced = false
        let maxGroups: Int
        switch kind {
        case .passport: maxGroups = 2
        case .driverLicense: maxGroups = 6
        case .licensePlate: maxGroups = 3
        case .bookingReference: maxGroups = 1
        }
        while code.groups < maxGroups {
            var group = DocumentCode(range: p..<p)
            var q = p
            while q < bytes.count, PlaceBytes.isAlnum(bytes[q]) {
                let b = bytes[q]
                group.alnum += 1
                if PlaceBytes.isDigit(b) { group.digits += 1 } else { group.letters += 1 }
                if PlaceBytes.isLower(b) { group.lowercase += 1 }
                q += 1
            }
            guard group.alnum > 0, !PlaceBytes.wordCharAt(bytes, q) else { break }
            group.range = p..<q
            if code.groups > 0 {
                guard accepts(group, after: previous ?? code, spaced: spaced, total: code) else { break }
            }
            code.range = start..<q
            code.alnum += group.alnum
            code.digits += group.digits
            code.letters += group.letters
            code.lowercase += group.lowercase
            code.groups += 1
            previous = group
            // A dash or a single space, then the next group.
            let dash = PlaceBytes.dashWidth(bytes, q)
            let space = PlaceBytes.spaceWidth(bytes, q)
            let next = q + max(dash, space)
            guard dash + space > 0, PlaceBytes.isAlnum(PlaceBytes.at(bytes, next)) else { break }
            spaced = space > 0
            p = next
        }
        guard code.groups > 0, valid(code), endsCleanly(bytes, code.range.upperBound) else { return nil }
        return code
    }

    /// Whether `group` continues a code after `previous`.
    func accepts(_ group: DocumentCode, after previous: DocumentCode, spaced: Bool, total: DocumentCode) -> Bool {
        switch kind {
        case .passport:
            // "AB 1234567"
            return spaced && previous.digits == 0 && previous.alnum <= 3 && group.letters == 0 && group.digits >= 5
        case .driverLicense:
            return group.lowercase == 0 && (!spaced || group.digits > 0) && total.alnum + group.alnum <= 20
        case .licensePlate:
            return group.lowercase == 0 && group.alnum <= 4 && total.alnum + group.alnum <= 8
        case .bookingReference:
            return false
        }
    }

    /// Whether a code is plausible for this kind.
    func valid(_ code: DocumentCode) -> Bool {
        switch kind {
        case .passport:
            // 6 to 10 characters, mostly digits (US, UK, DE, FR, NL, ES, IT, CA, AU, IE, BE formats).
            guard (6...10).contains(code.alnum), code.digits >= 3, code.letters <= 6 else { return false }
            return code.lowercase == 0 || code.digits >= 6
        case .driverLicense:
            guard (5...20).contains(code.alnum), code.digits >= 4 else { return false }
            return code.lowercase == 0 || code.letters <= 2
        case .licensePlate:
            return (3...8).contains(code.alnum) && code.digits >= 1 && code.letters >= 1 && code.lowercase == 0
        case .bookingReference:
            guard code.alnum == 6, code.groups == 1, code.letters >= 1 else { return false }
            return code.lowercase == 0 || (code.lowercase == code.letters && code.digits >= 1)
        }
    }

    /// Not the start of a domain, a path or an e-mail address.
    func endsCleanly(_ bytes: [UInt8], _ end: Int) -> Bool {
        let b = PlaceBytes.at(bytes, end)
        let next = PlaceBytes.at(bytes, end + 1)
        if b == 0x40 || b == 0x5F { return false }
        if (b == 0x2E || b == 0x2F || b == 0x3A) && PlaceBytes.isAlnum(next) { return false }
        return true
    }
}
