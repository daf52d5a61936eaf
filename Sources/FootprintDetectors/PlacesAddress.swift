import FootprintText

/// Street addresses, read over the folded tokens with the original's capitalization:
///
/// - house number first (US, UK, AU, IE): "1600 Pennsylvania Ave NW, Washington, DC 20500",
///   "12 High Street, London SW1A 1AA", "Unit 5/10 Smith St, Sydney NSW 2000", "Apt 4, 9 Elm Rd";
/// - house number then a French street type: "12 rue de la Paix, 75002 Paris";
/// - street type first (ES, IT, FR-BE, PT): "Calle Mayor 5, 28013 Madrid", "Via Roma 12",
///   "Rue de la Loi 16, 1000 Bruxelles";
/// - street name first (DE, NL, AT, CH): "Hauptstraße 5, 10115 Berlin", "Keizersgracht 123, 1015 CJ
///   Amsterdam", "Karl-Marx-Allee 12".
///
/// The span runs from the unit or house number (or the street name where it comes first) through
/// the postcode, and through the city where the city follows the postcode. Weak street words (Park,
/// Hill, Ring, Via…) count only with a postcode or an address word before them.
public struct StreetAddressDetector: TextScanner {
    /// A street address detector.
    public init() {}

    enum Strength { case strong, weak }

    /// English street suffixes (US, UK, AU, IE, CA).
    static let suffixes: PlaceWordTable<Strength> = {
        let strong = [
            "street", "st", "road", "rd", "avenue", "ave", "av", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court",
            "ct", "way", "place", "pl", "terrace", "ter", "terr", "circle", "cir", "parkway", "pkwy", "highway", "hwy",
            "square", "sq", "trail", "trl", "crescent", "cres", "close", "grove", "gardens", "gdns", "mews", "alley",
            "aly", "expressway", "expy", "freeway", "fwy", "turnpike", "tpke", "plaza", "plz", "esplanade", "parade",
            "pde", "wynd", "cul-de-sac", "boardwalk", "causeway", "cswy", "crossing", "xing", "loop", "cove", "cv",
            "pike", "pkway", "road's", "broadway", "hwy.", "motorway", "embankment", "quay", "wharf",
        ]
        let weak = [
            "park", "hill", "hills", "row", "walk", "green", "rise", "vale", "view", "point", "pt", "ridge", "run",
            "path", "pass", "gate", "yard", "heights", "hts", "manor", "meadow", "meadows", "glen", "bend", "chase",
            "approach", "mount", "landing", "commons", "center", "centre", "grn", "hl", "pass", "spur", "trace", "track",
            "villas", "drove", "ct.", "dale", "fields", "field", "brae", "end",
        ]
        return PlaceWordTable(strong.map { ($0, .strong) } + weak.map { ($0, .weak) })
    }()

    /// Capitalized words that are not part of a street name ("5 Miles Down The Road", "10 Tips For…").
    static let notNames: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "the", "a", "an", "to", "in", "of", "and", "or", "for", "at", "on", "my", "your", "our", "his", "her", "their",
            "by", "with", "from", "down", "up", "into", "over", "is", "are", "was", "were", "be", "it", "this", "that",
            "miles", "mile", "km", "kms", "kilometers", "kilometres", "minutes", "mins", "hours", "hrs", "days", "weeks",
            "months", "years", "times", "people", "things", "ways", "reasons", "tips", "steps", "tickets", "friends",
            "kids", "dogs", "cats", "cars", "places", "best", "top", "more", "less", "i", "we", "you", "they",
            "am", "pm", "but", "not", "no", "yes", "all", "just", "only", "about", "after", "before",
        ], true)

    /// French street types after a house number ("12 rue de la Paix").
    static let frenchTypes: PlaceWordTable<Strength> = {
        let strong = [
            "rue", "boulevard", "bd", "bld", "chemin", "impasse", "allée", "allee", "quai", "chaussée", "faubourg",
            "avenue", "av", "cours", "ruelle", "sentier", "rond-point", "square", "place", "passage", "route", "voie",
            "cité", "résidence", "promenade", "esplanade", "hameau", "lotissement", "parvis",
        ]
        return PlaceWordTable(strong.map { ($0, .strong) })
    }()

    /// Street types before the name ("Calle Mayor 5", "Via Roma 12", "Rue de la Loi 16").
    static let leadingTypes: PlaceWordTable<Strength> = {
        let strong = [
            "calle", "avenida", "avda", "paseo", "carrer", "rambla", "travesía", "travesia", "glorieta", "rue",
            "boulevard", "chaussée", "viale", "piazza", "piazzale", "corso", "vicolo", "rua", "travessa", "avinguda",
            "passeig", "carretera", "ronda", "camino", "calle", "c/", "strada", "lungomare", "largo",
        ]
        let weak = [
            "via", "plaza", "place", "avenue", "quai", "chemin", "impasse", "allée", "laan", "route", "plein",
            "praça", "piazzetta", "contrada", "borgo", "platz", "pza", "pl", "av", "avd",
        ]
        return PlaceWordTable(strong.map { ($0, .strong) } + weak.map { ($0, .weak) })
    }()

    /// German and Dutch street-name endings, compounded ("Hauptstraße") or separate ("Berliner
    /// Straße").
    static let endings: [(suffix: [UInt8], strength: Strength)] = {
        let strong = [
            "strasse", "str", "straat", "gracht", "laan", "allee", "gasse", "weg", "plein", "kade", "dijk",
            "singel", "steeg", "dreef", "chaussee", "damm", "ufer", "platz", "markt", "gässchen", "promenade", "zeile",
            "boulevard", "chaussée", "stieg", "steig", "pfad",
        ]
        let weak = ["ring", "hof", "park", "berg", "graben", "pad", "wal", "feld", "kai", "tor", "brücke", "hafen", "haven"]
        return strong.map { (Array($0.utf8), .strong) } + weak.map { (Array($0.utf8), .weak) }
    }()

    /// Words before a compound street name that belong to it ("Van Baerlestraat", "Prins
    /// Hendrikkade", "Nieuwe Herengracht", "Am Markt", "Große Bleichen").
    static let nameParticles: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "van", "de", "den", "der", "sint", "st", "prins", "prinses", "koning", "koningin", "nieuwe", "oude", "korte",
            "lange", "grote", "kleine", "eerste", "tweede", "derde", "hoge", "lage", "achter", "alte", "neue", "grosse",
            "große", "obere", "untere", "hinter", "am", "an", "auf", "im", "in", "zum", "zur", "unter", "vor", "bei",
            "sankt", "dr", "professor", "prof", "general", "kaiser", "königin", "könig", "graf", "burg", "willem",
        ], true)

    /// Articles and pronouns that start a sentence before a noun ("Der Weg 2 ist frei").
    static let articles: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "mein", "meine", "unser", "unsere", "dein",
            "deine", "diese", "dieser", "jede", "jeder", "de", "het", "een", "mijn", "onze", "deze", "the", "a", "an",
            "my", "our", "this", "that", "la", "le", "les", "el", "los", "las", "il", "lo", "ma", "mon", "notre", "mi",
            "nuestra", "nuestro", "la", "une", "un", "una", "uno", "und", "en", "y", "et", "and",
        ], true)

    /// Lowercase words inside street and city names.
    static let linkWords: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "de", "du", "des", "la", "le", "les", "l'", "d'", "l’", "d’", "à", "au", "aux", "sur", "en", "del", "los",
            "las", "el", "y", "i", "di", "della", "delle", "dei", "degli", "dello", "da", "do", "dos", "das", "am", "an",
            "der", "den", "dem", "im", "aan", "op", "bij", "van", "ter", "upon", "on", "the", "of", "sous", "lès", "les",
            "di", "e", "und",
        ], true)

    /// Units before or after the street ("Apt 4B", "Flat 2", "Suite 200", "#12").
    static let units: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "apt", "apartment", "suite", "ste", "unit", "flat", "fl", "floor", "rm", "room", "bldg", "building", "lot",
            "level", "lvl", "shop", "studio", "penthouse", "ph", "no", "nr", "appt", "appartement", "bâtiment", "bat",
            "étage", "etage", "wohnung", "whg", "piso", "puerta", "planta", "interno", "int", "scala", "app",
        ], true)

    /// Compass directions after or before a street name.
    static let directions: PlaceWordTable<Bool> = PlaceWordTable(
        ["n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "n.", "s.", "e.", "w."], true)

    static let usStates: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
            "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh",
            "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "as", "gu", "mp",
            "pr", "vi", "fm", "mh", "pw", "aa", "ae", "ap", "um",
        ], true)

    /// US state names of one word, and the first words of two-word names.
    static let usStateNames: PlaceWordTable<Bool> = PlaceWordTable(
        [
            ("alabama", true), ("alaska", true), ("arizona", true), ("arkansas", true), ("california", true),
            ("colorado", true), ("connecticut", true), ("delaware", true), ("florida", true), ("georgia", true),
            ("hawaii", true), ("idaho", true), ("illinois", true), ("indiana", true), ("iowa", true), ("kansas", true),
            ("kentucky", true), ("louisiana", true), ("maine", true), ("maryland", true), ("massachusetts", true),
            ("michigan", true), ("minnesota", true), ("mississippi", true), ("missouri", true), ("montana", true),
            ("nebraska", true), ("nevada", true), ("ohio", true), ("oklahoma", true), ("oregon", true),
            ("pennsylvania", true), ("tennessee", true), ("texas", true), ("utah", true), ("vermont", true),
            ("virginia", true), ("washington", true), ("wisconsin", true), ("wyoming", true), ("new", false),
            ("north", false), ("south", false), ("west", false), ("rhode", false),
        ])
    static let usStateSecondWords: PlaceWordTable<Bool> = PlaceWordTable(
        ["york", "jersey", "mexico", "hampshire", "carolina", "dakota", "virginia", "island"], true)

    static let auStates: PlaceWordTable<Bool> = PlaceWordTable(["nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"], true)
    static let caProvinces: PlaceWordTable<Bool> = PlaceWordTable(
        ["ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt"], true)

    /// Words before an address that say it is one ("I live at", "my address is", "wohne in der").
    static let addressWords: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "address", "addr", "live", "lives", "living", "located", "moved", "move", "moving", "home", "house", "flat",
            "apartment", "deliver", "delivery", "send", "ship", "mail", "adresse", "anschrift",
            "wohne", "wohnen", "wohnt", "habite", "habitons", "domicile", "adres", "woon", "woont", "wonen", "dirección",
            "direccion", "vivo", "vive", "vivimos", "domicilio", "indirizzo", "abito", "abitiamo", "residenza",
            "residence", "adress", "woonadres", "wohnadresse", "postadresse", "lieferadresse",
        ], true)

    /// Finds street addresses in the layouts above, none overlapping; a text without a digit has
    /// none.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        guard PlaceTokens.hasDigit(text) else { return }
        let t = PlaceTokens(text)
        var k = 0
        var lastEnd = 0
        // The next token that starts with a digit: every address has a house number, so only the
        // few tokens before one can start an address.
        var nextNumber = -1
        while k < t.count {
            if nextNumber < k {
                nextNumber = k
                while nextNumber < t.count, !startsWithDigit(t, nextNumber) { nextNumber += 1 }
                guard nextNumber < t.count else { return }
                // A street type comes at most eight tokens before its number.
                k = max(k, nextNumber - 8)
            }
            let token = t.tokens[k]
            var found: Range<Int>?
            if t.origins[k].lowerBound >= lastEnd {
                if k == nextNumber {
                    found = numberFirst(t, k)
                } else if token.kind == .word {
                    found = typeFirst(t, k)
                    // A street name first needs its house number right after it.
                    if found == nil, k + 1 == nextNumber || (k + 2 == nextNumber && t.isPunct(k + 1, 0x2E)) {
                        found = nameFirst(t, k) ?? plainNameFirst(t, k)
                    }
                }
            }
            if let range = found {
                hits.append(ScanHit(range: range, entity: "STREET_ADDRESS"))
                lastEnd = range.upperBound
                k = t.tokenIndex(atOrAfter: range.upperBound)
                continue
            }
            k += 1
        }
    }

    func startsWithDigit(_ t: PlaceTokens, _ k: Int) -> Bool {
        k < t.count && PlaceBytes.isDigit(t.folded[t.tokens[k].range.lowerBound])
    }

    // MARK: House number first

    /// "12", "12A", "12-14", "5/10" at token `k`: the index after it.
    func houseNumber(_ t: PlaceTokens, _ k: Int, maxDigits: Int = 5) -> Int? {
        guard k < t.count, t.tokens[k].isWordLike else { return nil }
        let range = t.origins[k]
        let digits = PlaceBytes.digitRun(t.bytes, range.lowerBound)
        guard (1...maxDigits).contains(digits), t.bytes[range.lowerBound] != 0x30 else { return nil }
        let rest = range.count - digits
        guard rest == 0 || (rest == 1 && PlaceBytes.isLetter(t.bytes[range.upperBound - 1])) else { return nil }
        if range.lowerBound > 0 {
            let before = t.bytes[range.lowerBound - 1]
            // '#', '$', '€'…, '.', ',', ':' or '-' glued before: an id, an amount, a decimal, a range.
            if [0x23, 0x24, 0x2E, 0x2C, 0x3A, 0x2D, 0x2F, 0x2B, 0x40].contains(before) || before >= 0x80 { return nil }
        }
        var end = k + 1
        // "12-14", "5/10", "123-2"
        if end + 1 < t.count, t.adjacent(k), t.adjacent(k + 1),
            t.isPunct(k + 1, 0x2D) || t.isPunct(k + 1, 0x2F), t.tokens[k + 2].isWordLike,
            PlaceBytes.isDigit(t.bytes[t.origins[k + 2].lowerBound]), t.origins[k + 2].count <= 4
        {
            end = k + 3
        }
        return end
    }

    /// Token `k` is a capitalized word that can be part of a name.
    func isNameWord(_ t: PlaceTokens, _ k: Int) -> Bool {
        guard k < t.count, t.tokens[k].kind == .word else { return false }
        if t.isCapitalized(k) { return true }
        // Ordinals: "5th", "42nd", "1st".
        let range = t.tokens[k].range
        if PlaceBytes.isDigit(t.folded[range.lowerBound]), range.count >= 3 {
            let a = t.folded[range.upperBound - 2]
            let b = t.folded[range.upperBound - 1]
            return (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
        }
        return false
    }

    func numberFirst(_ t: PlaceTokens, _ k: Int) -> Range<Int>? {
        guard let afterNumber = houseNumber(t, k) else { return nil }
        guard afterNumber < t.count else { return nil }
        if let english = englishStreet(t, from: afterNumber) {
            return finish(t, start: leadingUnit(t, k), streetEnd: english.end, strength: english.strength, english: true)
        }
        var j = afterNumber
        if t.isWord(j, "bis") || t.isWord(j, "ter") || t.isWord(j, "quater") { j += 1 }
        if t.isPunct(j, 0x2C) { j += 1 }
        if let french = frenchStreet(t, from: j) {
            let start = leadingUnit(t, k)
            // Québec writes French streets with a Canadian locality.
            if let end = englishLocality(t, french) { return start..<end }
            return finish(t, start: start, streetEnd: french, strength: .strong, english: false)
        }
        return nil
    }

    /// A street name without a street word ("Damrak 1, 1012 LG Amsterdam", "Unter den Linden 77,
    /// 10117 Berlin"): only with a comma, a postcode and a city after the house number.
    func plainNameFirst(_ t: PlaceTokens, _ k: Int) -> Range<Int>? {
        guard t.isCapitalized(k), t.lookup(Self.articles, k) == nil, t.lookup(Self.addressWords, k) == nil,
            t.lookup(Self.notNames, k) == nil, t.spaced(k), let afterNumber = houseNumber(t, k + 1, maxDigits: 4),
            t.isPunct(afterNumber, 0x2C), let end = europeanLocality(t, afterNumber)
        else { return nil }
        // German nouns are capitalized too ("Kapitel 2, 1200 Seiten"): a Dutch postcode with its
        // letters, or an address word before, tells a street.
        let postcode = PlaceBytes.skipSpaces(t.bytes, t.origins[afterNumber].upperBound)
        let letters = PlaceBytes.skipSpaces(t.bytes, postcode + 4)
        let dutch =
            PlaceBytes.digitRun(t.bytes, postcode) == 4 && PlaceBytes.isUpper(PlaceBytes.at(t.bytes, letters))
            && PlaceBytes.isUpper(PlaceBytes.at(t.bytes, letters + 1)) && !PlaceBytes.wordCharAt(t.bytes, letters + 2)
        guard dutch || t.contextBefore(k, window: 6, in: Self.addressWords).positive else { return nil }
        var start = k
        // "Unter den Linden", "Lange Voorhout"
        if start >= 2, t.lookup(Self.linkWords, start - 1) != nil, !t.isCapitalized(start - 1), t.spaced(start - 1),
            t.spaced(start - 2), t.isCapitalized(start - 2), t.lookup(Self.addressWords, start - 2) == nil
        {
            start -= 2
        } else if start >= 1, t.spaced(start - 1), t.isCapitalized(start - 1), t.lookup(Self.articles, start - 1) == nil,
            t.lookup(Self.addressWords, start - 1) == nil, t.lookup(Self.notNames, start - 1) == nil
        {
            start -= 1
        }
        return t.origins[start].lowerBound..<end
    }

    /// "Flat 2, " or "Unit 5 " before the house number at token `k`: the start byte.
    func leadingUnit(_ t: PlaceTokens, _ k: Int) -> Int {
        // "Unit 5/10 Smith St": the unit word right before the number.
        if k >= 1, t.spaced(k - 1), t.lookup(Self.units, k - 1) != nil, t.isCapitalized(k - 1), !t.isWord(k - 1, "no"),
            k + 1 < t.count, t.isPunct(k + 1, 0x2F)
        {
            return t.origins[k - 1].lowerBound
        }
        var j = k - 1
        if t.isPunct(j, 0x2C) { j -= 1 }
        guard j >= 1, t.tokens[j].isWordLike, t.origins[j].count <= 5 else { return t.origins[k].lowerBound }
        var u = j - 1
        if t.isPunct(u, 0x23) || t.isPunct(u, 0x2E) { u -= 1 }
        guard u >= 0, t.lookup(Self.units, u) != nil, t.isCapitalized(u), !t.isWord(u, "no") else {
            return t.origins[k].lowerBound
        }
        // The unit value must hold a digit or be a single letter.
        let value = t.origins[j]
        let hasDigit = value.contains { PlaceBytes.isDigit(t.bytes[$0]) }
        guard hasDigit || value.count == 1 else { return t.origins[k].lowerBound }
        return t.origins[u].lowerBound
    }

    /// Name words then a suffix from token `j`: the token index after the street and its strength.
    func englishStreet(_ t: PlaceTokens, from j: Int) -> (end: Int, strength: Strength)? {
        guard t.spaced(j - 1) else { return nil }
        var k = j
        var words = 0
        var found: (end: Int, strength: Strength)?
        while k < t.count, words <= 4 {
            guard isNameWord(t, k) || t.isAllCaps(k), t.lookup(Self.notNames, k) == nil else { break }
            if words >= 1, let strength = t.lookup(Self.suffixes, k), t.isCapitalized(k) {
                var end = k + 1
                // "St." "Ave."
                if t.isPunct(end, 0x2E), t.adjacent(k) { end += 1 }
                // A trailing direction: "Ave NW".
                if t.spaced(end - 1), t.lookup(Self.directions, end) != nil, t.isAllCaps(end), t.origins[end].count <= 2 {
                    end += 1
                }
                found = (end, strength)
                // "Park Avenue": a second suffix right after wins.
                if end < t.count, t.spaced(end - 1), t.isCapitalized(end), t.lookup(Self.suffixes, end) != nil {
                    k = end
                    words += 1
                    continue
                }
                return found
            }
            words += 1
            var next = k + 1
            // Hyphenated and abbreviated names: "Smith-Jones", "St. James".
            if t.isPunct(next, 0x2D), t.adjacent(k), t.adjacent(next) {
                next += 1
            } else if t.isPunct(next, 0x2E), t.adjacent(k), t.origins[k].count <= 3 {
                next += 1
                guard t.spaced(next - 1) else { return found }
            } else if !t.spaced(k) {
                return found
            }
            k = next
        }
        return found
    }

    /// A French street type and its name from token `j`: the token index after the street.
    func frenchStreet(_ t: PlaceTokens, from j: Int) -> Int? {
        guard j < t.count, t.tokens[j].kind == .word, t.lookup(Self.frenchTypes, j) != nil else { return nil }
        return nameAfterType(t, j + 1, maxWords: 6)
    }

    /// Name tokens after a street type: capitalized words and link words, ending on a capitalized
    /// word. The token index after the name.
    func nameAfterType(_ t: PlaceTokens, _ start: Int, maxWords: Int) -> Int? {
        var k = start
        var end: Int?
        var words = 0
        while k < t.count, words < maxWords {
            guard t.tokens[k].kind == .word else { break }
            if t.isCapitalized(k) || (isElided(t, k) && capitalAfterApostrophe(t, k)) {
                end = k + 1
            } else if t.lookup(Self.linkWords, k) == nil && !isElided(t, k) {
                break
            }
            words += 1
            if t.isPunct(k + 1, 0x2D), t.adjacent(k), t.adjacent(k + 1) {
                k += 2
            } else if t.spaced(k) {
                k += 1
            } else {
                break
            }
        }
        return end
    }

    /// "l'Église", "d'Italia": one token with an apostrophe after one letter.
    func isElided(_ t: PlaceTokens, _ k: Int) -> Bool {
        let range = t.tokens[k].range
        guard range.count >= 3 else { return false }
        let second = t.folded[range.lowerBound + 1]
        return second == 0x27 || (second == 0xE2 && range.count >= 5)
    }

    func capitalAfterApostrophe(_ t: PlaceTokens, _ k: Int) -> Bool {
        let range = t.origins[k]
        var i = range.lowerBound + 1
        i += t.bytes[i] == 0x27 ? 1 : 3
        return i < range.upperBound && PlaceTokens.isUpperScalar(t.bytes, i)
    }

    // MARK: Street type first

    func typeFirst(_ t: PlaceTokens, _ k: Int) -> Range<Int>? {
        var nameStart = k + 1
        let strength: Strength
        if t.isWord(k, "c"), t.isPunct(k + 1, 0x2F), t.adjacent(k) {
            // "C/ Alcalá"
            nameStart = k + 2
            strength = .strong
        } else if let type = t.lookup(Self.leadingTypes, k) {
            strength = type
            // "Avda. de América", "Pl. Mayor"
            if t.isPunct(k + 1, 0x2E), t.adjacent(k) { nameStart = k + 2 }
        } else {
            return nil
        }
        guard nameStart < t.count, t.spaced(nameStart - 1) || t.isWord(k, "c") else { return nil }
        guard let nameEnd = nameAfterType(t, nameStart, maxWords: 6) else { return nil }
        var j = nameEnd
        if t.isPunct(j, 0x2C) { j += 1 }
        // "nº 5", "n. 5", "no. 5"
        if t.isWord(j, "no") || t.isWord(j, "n") || t.isWord(j, "nr") {
            j += 1
            if t.isPunct(j, 0x2E) || t.isPunct(j, 0xC2) { j += 1 }
        }
        guard let afterNumber = houseNumber(t, j, maxDigits: 4) else { return nil }
        let capitalType = t.isCapitalized(k) || t.isWord(k, "c")
        return finish(
            t, start: t.origins[k].lowerBound, streetEnd: afterNumber, strength: capitalType ? strength : .weak,
            english: false)
    }

    // MARK: Street name first

    /// The ending of a German or Dutch street name at token `k`: its strength and whether the
    /// token is the ending alone ("Straße" in "Berliner Straße").
    func ending(_ t: PlaceTokens, _ k: Int) -> (strength: Strength, alone: Bool)? {
        let range = t.tokens[k].range
        for (suffix, strength) in Self.endings where range.count >= suffix.count {
            var same = true
            var i = range.upperBound - suffix.count
            for b in suffix {
                if t.folded[i] != b {
                    same = false
                    break
                }
                i += 1
            }
            if same {
                if range.count == suffix.count { return (strength, true) }
                // A compound needs a stem of three letters or more ("Hauptstraße", not "Weg").
                if range.count - suffix.count >= 3 { return (strength, false) }
            }
        }
        return nil
    }

    func nameFirst(_ t: PlaceTokens, _ k: Int) -> Range<Int>? {
        guard t.isCapitalized(k) || (k > 0 && t.isPunct(k - 1, 0x2D) && t.adjacent(k - 1)),
            let (strength, alone) = ending(t, k)
        else { return nil }
        var nameEnd = k + 1
        // "Hauptstr. 5"
        if t.isPunct(nameEnd, 0x2E), t.adjacent(k) { nameEnd += 1 }
        guard nameEnd < t.count, t.spaced(nameEnd - 1), let afterNumber = houseNumber(t, nameEnd, maxDigits: 4) else {
            return nil
        }
        // Where the name starts: a hyphenated chain ("Karl-Marx-Allee"), or one capitalized word
        // before a separate ending ("Berliner Straße") or a particle ("Van Baerlestraat").
        var start = k
        while start >= 2, t.isPunct(start - 1, 0x2D), t.adjacent(start - 1), t.adjacent(start - 2), t.isCapitalized(start - 2) {
            start -= 2
        }
        if start == k, alone {
            guard k >= 1, t.spaced(k - 1), t.isCapitalized(k - 1), t.lookup(Self.articles, k - 1) == nil else { return nil }
            start = k - 1
        } else if start >= 1, t.spaced(start - 1), t.isCapitalized(start - 1), t.lookup(Self.nameParticles, start - 1) != nil {
            start -= 1
        }
        var end = afterNumber
        // "12 a", "12 bis"
        if end < t.count, t.spaced(end - 1), t.tokens[end].kind == .word, t.origins[end].count == 1,
            PlaceBytes.isLower(t.bytes[t.origins[end].lowerBound]), !t.spaced(end) || t.isPunct(end + 1, 0x2C)
        {
            end += 1
        }
        return finish(
            t, start: t.origins[start].lowerBound, streetEnd: end, strength: strength, english: false, contextHelps: false)
    }

    // MARK: After the street

    /// Adds units and the locality after the street that ends before token `streetEnd`; nil when
    /// a weak street has neither a postcode nor an address word before it.
    func finish(
        _ t: PlaceTokens, start: Int, streetEnd: Int, strength: Strength, english: Bool, contextHelps: Bool = true
    ) -> Range<Int>? {
        var end = streetEnd
        if english, let afterUnit = trailingUnit(t, end) { end = afterUnit }
        if !english, let afterUnit = spanishUnit(t, end) { end = afterUnit }
        var endByte = t.origins[end - 1].upperBound
        var located = false
        if let locality = english ? englishLocality(t, end) : europeanLocality(t, end) {
            endByte = locality
            located = true
        } else if t.isPunct(end - 1, 0x2E) {
            // "Main St." at the end: the period is the sentence's.
            endByte = t.origins[end - 2].upperBound
        }
        // "22 Pinoy Street Dogs", "Komen St. Louis": a capitalized word right after a street
        // without a locality makes it part of a title, not an address.
        if !located, end == streetEnd, end < t.count, t.tokens[end].kind == .word, t.isCapitalized(end),
            t.spaced(end - 1) || t.isPunct(end - 1, 0x2E)
        {
            return nil
        }
        if !located, strength == .weak {
            guard contextHelps else { return nil }
            let first = t.tokenIndex(atOrAfter: start)
            guard t.contextBefore(first, window: 6, in: Self.addressWords).positive else { return nil }
        }
        return start..<endByte
    }

    /// ", Apt 4B", " Suite 200", " #12", ", Flat 3" after token `end - 1`: the token index after it.
    func trailingUnit(_ t: PlaceTokens, _ end: Int) -> Int? {
        var j = end
        if t.isPunct(j, 0x2C) { j += 1 }
        if t.isPunct(j, 0x23) {
            guard t.adjacent(j), j + 1 < t.count, t.tokens[j + 1].isWordLike,
                PlaceBytes.isDigit(t.bytes[t.origins[j + 1].lowerBound])
            else { return nil }
            return j + 2
        }
        guard t.lookup(Self.units, j) != nil, t.isCapitalized(j) || t.isWord(j, "apt") else { return nil }
        var v = j + 1
        if t.isPunct(v, 0x2E) { v += 1 }
        if t.isPunct(v, 0x23) { v += 1 }
        guard v < t.count, t.tokens[v].isWordLike, t.origins[v].count <= 5 else { return nil }
        let value = t.origins[v]
        let hasDigit = value.contains { PlaceBytes.isDigit(t.bytes[$0]) }
        guard hasDigit || (value.count == 1 && PlaceBytes.isUpper(t.bytes[value.lowerBound])) else { return nil }
        return v + 1
    }

    /// ", 3º B", ", 2ºA", " 1º izq." after a Spanish house number: the token index after it.
    func spanishUnit(_ t: PlaceTokens, _ end: Int) -> Int? {
        var j = end
        if t.isPunct(j, 0x2C) { j += 1 }
        guard j < t.count, t.tokens[j].kind == .word else { return nil }
        let range = t.tokens[j].range
        // Folded "3º" reads "3o"; "2ºA" reads "2oa".
        let digits = PlaceBytes.digitRun(t.folded, range.lowerBound)
        guard (1...2).contains(digits), range.count >= digits + 1 else { return nil }
        let mark = t.folded[range.lowerBound + digits]
        guard mark == 0x6F || mark == 0x61, range.count <= digits + 2 else { return nil }
        var after = j + 1
        if after < t.count, t.spaced(j), t.tokens[after].kind == .word,
            t.origins[after].count == 1 || t.isWord(after, "izq") || t.isWord(after, "izda") || t.isWord(after, "dcha")
                || t.isWord(after, "dch")
        {
            after += 1
            if t.isPunct(after, 0x2E), t.adjacent(after - 1) { after += 1 }
        }
        return after
    }

    /// ", City, ST 12345", ", London SW1A 1AA", ", Sydney NSW 2000", ", Toronto, ON M5V 2T6", or
    /// a postcode right after the street: the end byte.
    func englishLocality(_ t: PlaceTokens, _ end: Int) -> Int? {
        var j = end
        if t.isPunct(j, 0x2C) {
            j += 1
        } else if !t.spaced(end - 1) {
            return nil
        }
        // A UK postcode right after the street.
        if j < t.count, let postcode = ukPostcode(t.bytes, t.origins[j].lowerBound) { return postcode }
        var parts = 0
        while parts < 3, j < t.count {
            guard let afterCity = cityWords(t, j, maxWords: 4) else { return nil }
            var r = afterCity
            if t.isPunct(r, 0x2C) { r += 1 }
            if let region = regionAndPostcode(t, r) { return region }
            // Another comma-separated part ("Camden, London NW1 8AB").
            guard t.isPunct(afterCity, 0x2C) else { return nil }
            j = afterCity + 1
            parts += 1
        }
        return nil
    }

    /// "ST 12345(-6789)", "NSW 2000", "ON M5V 2T6", "Texas 78701", "SW1A 1AA" at token `r`.
    func regionAndPostcode(_ t: PlaceTokens, _ r: Int) -> Int? {
        guard r < t.count else { return nil }
        let bytes = t.bytes
        if let uk = ukPostcode(bytes, t.origins[r].lowerBound) { return uk }
        var after = r + 1
        var usState = t.isAllCaps(r) && t.origins[r].count == 2 && t.lookup(Self.usStates, r) != nil
        let auState = t.isAllCaps(r) && t.lookup(Self.auStates, r) != nil
        let caProvince = t.isAllCaps(r) && t.origins[r].count == 2 && t.lookup(Self.caProvinces, r) != nil
        if !usState, t.isCapitalized(r), let single = t.lookup(Self.usStateNames, r) {
            if single {
                usState = true
            } else if t.spaced(r), t.isCapitalized(r + 1), t.lookup(Self.usStateSecondWords, r + 1) != nil {
                usState = true
                after = r + 2
            }
        }
        guard usState || auState || caProvince, after < t.count else { return nil }
        var p = t.origins[after - 1].upperBound
        if PlaceBytes.at(bytes, p) == 0x2C { p += 1 }
        let q = PlaceBytes.skipSpaces(bytes, p)
        guard q > p || PlaceBytes.at(bytes, p - 1) == 0x2C else { return nil }
        let run = PlaceBytes.digitRun(bytes, q)
        if usState, run == 5, !PlaceBytes.wordCharAt(bytes, q + 5) {
            if PlaceBytes.at(bytes, q + 5) == 0x2D, PlaceBytes.digitRun(bytes, q + 6) == 4, !PlaceBytes.wordCharAt(bytes, q + 10)
            {
                return q + 10
            }
            return q + 5
        }
        if auState, run == 4, !PlaceBytes.wordCharAt(bytes, q + 4) { return q + 4 }
        if caProvince, let ca = canadianPostcode(bytes, q) { return ca }
        return nil
    }

    /// Capitalized city words from token `j` (with link words and hyphens inside): the token index
    /// after them. A region code or a postcode ends the city.
    func cityWords(_ t: PlaceTokens, _ j: Int, maxWords: Int) -> Int? {
        var k = j
        var end: Int?
        var words = 0
        while k < t.count, words < maxWords {
            guard t.tokens[k].kind == .word else { break }
            if t.isCapitalized(k) {
                if end != nil, t.isAllCaps(k), t.origins[k].count <= 3 { break }
                if ukPostcode(t.bytes, t.origins[k].lowerBound) != nil { break }
                end = k + 1
                if t.isPunct(k + 1, 0x2E), t.adjacent(k), t.origins[k].count <= 3 {
                    end = k + 2
                    guard t.spaced(k + 1) else { break }
                    k += 2
                    words += 1
                    continue
                }
            } else if end == nil || t.lookup(Self.linkWords, k) == nil || !t.isCapitalized(k + 1) {
                break
            }
            words += 1
            if t.isPunct(k + 1, 0x2D), t.adjacent(k), t.adjacent(k + 1) {
                k += 2
            } else if t.spaced(k) {
                k += 1
            } else {
                break
            }
        }
        return end
    }

    /// ", 10115 Berlin", " 1015 CJ Amsterdam", ", D-80331 München", ", 1000 Bruxelles": the end byte
    /// (after the city).
    func europeanLocality(_ t: PlaceTokens, _ end: Int) -> Int? {
        let bytes = t.bytes
        var p = t.origins[end - 1].upperBound
        if PlaceBytes.at(bytes, p) == 0x2C { p += 1 }
        var q = PlaceBytes.skipSpaces(bytes, p)
        guard q > p || PlaceBytes.at(bytes, p - 1) == 0x2C else { return nil }
        // "D-", "F-", "NL-", "CH-"
        var letters = 0
        while letters < 2, PlaceBytes.isUpper(PlaceBytes.at(bytes, q + letters)) { letters += 1 }
        if letters > 0, PlaceBytes.at(bytes, q + letters) == 0x2D, PlaceBytes.isDigit(PlaceBytes.at(bytes, q + letters + 1)) {
            q += letters + 1
        }
        let run = PlaceBytes.digitRun(bytes, q)
        guard run == 4 || run == 5, PlaceBytes.at(bytes, q) != 0x30 || run == 5 else { return nil }
        var r = q + run
        if PlaceBytes.wordCharAt(bytes, r) { return nil }
        // Portuguese postcodes: "1100-053".
        if run == 4, PlaceBytes.at(bytes, r) == 0x2D, PlaceBytes.digitRun(bytes, r + 1) == 3 { r += 4 }
        // Dutch postcode letters: "1015 CJ", "1015CJ".
        if run == 4 {
            let s = PlaceBytes.skipSpaces(bytes, r)
            if PlaceBytes.isUpper(PlaceBytes.at(bytes, s)), PlaceBytes.isUpper(PlaceBytes.at(bytes, s + 1)),
                !PlaceBytes.wordCharAt(bytes, s + 2)
            {
                r = s + 2
            }
        }
        // The city.
        let c = PlaceBytes.skipSpaces(bytes, r)
        guard c > r else { return nil }
        let k = t.tokenIndex(atOrAfter: c)
        guard k < t.count, t.origins[k].lowerBound == c, let afterCity = cityWords(t, k, maxWords: 4) else { return nil }
        var endByte = t.origins[afterCity - 1].upperBound
        if t.isPunct(afterCity - 1, 0x2E) { endByte = t.origins[afterCity - 2].upperBound }
        return endByte
    }

    /// A UK postcode at byte `i` ("SW1A 1AA", "M1 1AE", "B33 8TH", "EH1 1YZ").
    func ukPostcode(_ bytes: [UInt8], _ i: Int) -> Int? {
        var p = i
        var letters = 0
        while letters < 2, PlaceBytes.isUpper(PlaceBytes.at(bytes, p)) {
            letters += 1
            p += 1
        }
        guard letters >= 1, PlaceBytes.isDigit(PlaceBytes.at(bytes, p)) else { return nil }
        p += 1
        if PlaceBytes.isDigit(PlaceBytes.at(bytes, p)) || PlaceBytes.isUpper(PlaceBytes.at(bytes, p)) { p += 1 }
        let s = PlaceBytes.skipSpaces(bytes, p)
        guard s - p <= 1 else { return nil }
        guard PlaceBytes.isDigit(PlaceBytes.at(bytes, s)), PlaceBytes.isUpper(PlaceBytes.at(bytes, s + 1)),
            PlaceBytes.isUpper(PlaceBytes.at(bytes, s + 2)), !PlaceBytes.wordCharAt(bytes, s + 3)
        else { return nil }
        return s + 3
    }

    /// A Canadian postal code at byte `i` ("K1A 0B1").
    func canadianPostcode(_ bytes: [UInt8], _ i: Int) -> Int? {
        let u = PlaceBytes.isUpper
        let d = PlaceBytes.isDigit
        guard u(PlaceBytes.at(bytes, i)), d(PlaceBytes.at(bytes, i + 1)), u(PlaceBytes.at(bytes, i + 2)) else { return nil }
        let s = PlaceBytes.skipSpaces(bytes, i + 3)
        guard s - (i + 3) <= 1, d(PlaceBytes.at(bytes, s)), u(PlaceBytes.at(bytes, s + 1)), d(PlaceBytes.at(bytes, s + 2)),
            !PlaceBytes.wordCharAt(bytes, s + 3)
        else { return nil }
        return s + 3
    }
}
