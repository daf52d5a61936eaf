import FootprintText

/// Phrases of folded words, found by their first word: the longest phrase at a token wins.
struct PhraseTable: Sendable {
    /// A phrase's words after the first, and its value.
    struct Entry: Sendable {
        var rest: [UInt64]
        var value: Int
    }

    private var byFirst: [UInt64: [Entry]] = [:]

    /// `phrases`: phrases separated by "|", words by spaces, all in folded form.
    init<Value: RawRepresentable<Int>>(_ lists: [(String, Value)]) {
        self.init(lists.map { ($0.0, $0.1.rawValue) })
    }

    /// `phrases`: phrases separated by "|", words by spaces, all in folded form.
    init(_ lists: [(String, Int)]) {
        for (phrases, value) in lists {
            for phrase in phrases.split(separator: "|") {
                let words = phrase.split(separator: " ").map { WordHash.of(String($0)) }
                guard let first = words.first else { continue }
                byFirst[first, default: []].append(Entry(rest: Array(words.dropFirst()), value: value))
            }
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.rest.count > $1.rest.count } }
    }

    /// Phrases whose words are separated by `separator` ("_" between the tokens of a phrase that
    /// holds punctuation, as generated tables write them).
    init(phrases: String, separator: Character, value: Int) {
        self.init([(String, Int)]())
        for phrase in phrases.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let words = phrase.split(separator: separator).map { WordHash.of(String($0)) }
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(Entry(rest: Array(words.dropFirst()), value: value))
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.rest.count > $1.rest.count } }
    }

    /// The longest phrase starting at token `i`, with its last token, or nil. Its words must
    /// follow each other in one clause, unless `acrossPunctuation` ("Harley-Davidson").
    func match(_ w: Words, at i: Int, acrossPunctuation: Bool = false) -> PhraseMatch? {
        guard i < w.count, let candidates = byFirst[w.hash[i]] else { return nil }
        for entry in candidates {
            let rest = entry.rest
            guard i + rest.count < w.count else { continue }
            var ok = true
            var k = 0
            while k < rest.count {
                if w.hash[i + 1 + k] != rest[k] || (!acrossPunctuation && w.boundaryAfter(i + k)) {
                    ok = false
                    break
                }
                k += 1
            }
            if ok { return PhraseMatch(last: i + rest.count, value: entry.value) }
        }
        return nil
    }

    /// The first word of every phrase.
    static func firstWords<Value>(of lists: [(String, Value)]) -> [UInt64] {
        lists.flatMap { $0.0.split(separator: "|").compactMap { $0.split(separator: " ").first.map { WordHash.of(String($0)) } } }
    }

    /// Every phrase, for tests that check the lists are written in folded form.
    static func words<Value>(of lists: [(String, Value)]) -> [String] {
        lists.flatMap { $0.0.split(whereSeparator: { $0 == "|" || $0 == " " }).map(String.init) }
    }
}

/// A phrase found at a token: its last token and its value.
struct PhraseMatch {
    var last: Int
    var value: Int
}

/// A span of tokens, both ends inclusive.
struct TokenSpan: Equatable {
    var first: Int
    var last: Int
}

/// Time expressions of an absence: "until Sunday", "till the 25th", "for two whole weeks",
/// "all of next week", "bis zum 18.", "zwei Wochen", "jusqu'au 3 mai", "tot zondag",
/// "hasta el domingo".
enum TimePhrase {
    private static let before: Set<UInt64> = Set(["before", "avant", "vor", "voor", "antes"].map(WordHash.of))
    private static let on: Set<UInt64> = Set(
        ["on", "am", "le", "op", "el", "in", "the", "au", "en", "dans", "over", "al"].map(WordHash.of))
    private static let enMet: [UInt64] = ["en", "met"].map(WordHash.of)
    private static let afterUnit: Set<UInt64> = Set(
        ["prochaine", "prochain", "prochaines", "prochains", "volgende", "entrante"].map(WordHash.of))
    private static let que = WordHash.of("que")
    private static let viene = WordHash.of("viene")
    private static let from: Set<UInt64> = Set(
        ["from", "starting", "von", "vom", "ab", "du", "van", "vanaf", "desde", "dal", "dès"].map(WordHash.of))
    private static let toWords: Set<UInt64> = Set(["to", "bis", "au", "tot", "hasta", "al", "a", "zum", "t/m"].map(WordHash.of))
    private static let couple: Set<UInt64> = Set(["couple", "few", "paar", "par"].map(WordHash.of))
    private static let least = WordHash.of("least")
    private static let at = WordHash.of("at")
    private static let dayParts: Set<UInt64> = Set(
        ["night", "morning", "evening", "afternoon", "abend", "morgen", "soir", "matin", "avond", "ochtend", "noche", "mañana"]
            .map(WordHash.of))

    /// The last token of a time expression that starts at token `i`, or nil. `negatedBack`
    /// also takes "before …"; `on` also takes "on Sunday", "am 3.", "le 3" (after "back").
    static func match(_ w: Words, at i: Int, negatedBack: Bool = false, on allowOn: Bool = false) -> Int? {
        guard i >= 0, i < w.count, w.isWord(i) else { return nil }
        if w.has(i, .until) || (negatedBack && before.contains(w.hash[i])) {
            var j = i + 1
            if j + 1 < w.count, w.hash[j] == enMet[0], w.hash[j + 1] == enMet[1] { j += 2 }  // "tot en met"
            // "till the 25th", "bis zum 18.", "pas op de 3e", "hasta el próximo domingo".
            var skipped = 0
            while skipped < 2, j < w.count, w.isWord(j), !w.boundaryAfter(j - 1), point(w, j) == nil,
                w.has(j, .article) || on.contains(w.hash[j])
            {
                j += 1
                skipped += 1
            }
            guard !w.boundaryAfter(j - 1) else { return nil }
            return point(w, j)
        }
        if w.has(i, .forWord) {
            var j = i + 1
            if w.has(j, .approx) { j += 1 }
            if w.hash[j] == at, j + 1 < w.count, w.hash[j + 1] == least { j += 2 }
            if !w.boundaryAfter(i), let end = quantity(w, j) { return end }
            if let end = span(w, j, requireMarker: false), !w.boundaryAfter(i) { return end }
            return nil
        }
        if from.contains(w.hash[i]), !w.boundaryAfter(i), let start = point(w, i + 1) {
            // "from Friday to Sunday", "ab Samstag", "du 3 au 10 mai", "desde el lunes".
            if let to = w.wordAfter(start), w.has(to, .until) || toWords.contains(w.hash[to]) {
                if let end = point(w, to + 1) { return end }
                if w.has(to + 1, .article), !w.boundaryAfter(to + 1), let end = point(w, to + 2) { return end }
            }
            if w.isPunctuation(start + 1, "-–"), let end = point(w, start + 2) { return end }
            return start
        }
        if from.contains(w.hash[i]), w.has(i + 1, .article), !w.boundaryAfter(i), !w.boundaryAfter(i + 1),
            let start = point(w, i + 2)
        {
            return start
        }
        if let end = quantity(w, i) { return end }
        if let end = span(w, i, requireMarker: true) { return end }
        if allowOn, on.contains(w.hash[i]), !w.boundaryAfter(i) {
            if let end = point(w, i + 1) { return end }
            if w.has(i + 1, .article), !w.boundaryAfter(i + 1), let end = point(w, i + 2) { return end }
            if let end = quantity(w, i + 1) { return end }
        }
        if allowOn, let end = point(w, i), w.has(i, [.dayName, .next]) { return end }
        return nil
    }

    /// A day or date: "Sunday", "November 23", "the 25th", "3 mai", "18. Mai", "next Friday".
    static func point(_ w: Words, _ j: Int) -> Int? {
        guard j < w.count, w.isWord(j), !w.boundaryAfter(j - 1) || j == 0 else { return nil }
        if w.has(j, .dayName) {
            if let next = w.wordAfter(j), dayParts.contains(w.hash[next]) { return next }
            return j
        }
        if w.has(j, .monthName) {
            if let next = w.wordAfter(j), w.isNumber(next) { return next }
            return j
        }
        if w.has(j, .relativeDay) { return j }
        if w.isNumber(j) {
            // "3 mai", "3 de mayo", "3rd of May", "18. Mai", "3/5".
            if let next = w.wordAfter(j), w.has(next, .monthName) { return next }
            if let of = w.wordAfter(j), w.has(of, .ofWord), let month = w.wordAfter(of), w.has(month, .monthName) {
                return month
            }
            if w.isPunctuation(j + 1, "."), w.touches(j + 1), j + 2 < w.count, w.has(j + 2, .monthName) { return j + 2 }
            if w.isPunctuation(j + 1, "/"), w.touches(j + 1), w.touches(j + 2), w.isNumber(j + 2) { return j + 2 }
            return j
        }
        if w.has(j, .next), let next = w.wordAfter(j), w.has(next, [.dayName, .unit]) { return next }
        return nil
    }

    /// "two weeks", "10 days", "a couple of weeks", "two whole weeks", "zwei Wochen".
    static func quantity(_ w: Words, _ j: Int) -> Int? {
        guard j < w.count, w.isNumber(j) || w.has(j, .numberWord) else { return nil }
        var k = j + 1
        if k < w.count, couple.contains(w.hash[k]), !w.boundaryAfter(k - 1) { k += 1 }
        if k < w.count, w.has(k, .ofWord), !w.boundaryAfter(k - 1), w.has(j + 1, .numberWord) || couple.contains(w.hash[j + 1]) {
            k += 1
        }
        if k < w.count, w.has(k, .whole), !w.boundaryAfter(k - 1) { k += 1 }
        guard k < w.count, !w.boundaryAfter(k - 1), w.has(k, .unit) else { return nil }
        return k
    }

    /// "all of next week", "next week", "this weekend", "the whole week", "toute la semaine
    /// prochaine", "la semana que viene".
    static func span(_ w: Words, _ j: Int, requireMarker: Bool) -> Int? {
        var k = j
        var marked = false
        // "the next two weeks", "les deux prochaines semaines", "die nächsten zwei Wochen".
        while k < w.count, k - j < 5, w.isWord(k), k == j || !w.boundaryAfter(k - 1),
            w.has(k, [.whole, .article, .ofWord, .next, .numberWord]) || w.isNumber(k), !w.has(k, .unit)
        {
            if w.has(k, [.whole, .next]) { marked = true }
            k += 1
        }
        guard k < w.count, k == j || !w.boundaryAfter(k - 1), w.has(k, .unit) else { return nil }
        var end = k
        if let next = w.wordAfter(k), afterUnit.contains(w.hash[next]) {
            end = next
            marked = true
        } else if let next = w.wordAfter(k), w.hash[next] == que, let after = w.wordAfter(next), w.hash[after] == viene {
            end = after
            marked = true
        }
        return marked || !requireMarker ? end : nil
    }
}

/// Finds the phrase that says a home is empty: "house is empty until Sunday", "nobody's home
/// till the 18th", "away for two weeks", "the whole family is away for 10 days", "won't be back
/// until November 23", "das Haus ist bis Sonntag leer", "wir sind zwei Wochen weg", "personne à
/// la maison jusqu'au 18", "la maison est vide jusqu'à dimanche", "niemand thuis tot zondag",
/// "estaremos fuera dos semanas". The span runs from the clause's subject ("we'll be", "the whole
/// family is") to the end of the time.
enum AbsenceFinder {
    enum Core: Int, Sendable {
        /// Away, gone, on vacation: needs a time after it.
        case away
        /// German and Dutch word order: the time may come first ("zwei Wochen weg").
        case awayTimeFirst
        /// "won't be back": needs "until/before …".
        case notBack
        /// "back on the 3rd": only in a post about travel.
        case back
    }

    static let cores = PhraseTable(coreLists)

    static let coreLists: [(String, Core)] = [
        (
            """
            away|gone|out of town|out of the country|out of state|abroad|overseas|on vacation|on holiday|on holidays|\
            on a trip|on the road|travelling|traveling|away from home|not home|not be home|won't be home|\
            will not be home|not going to be home|not at home|off on holiday|off on vacation|\
            absent|absents|absente|absentes|parti|partis|partie|parties|en vacances|en voyage|à l'étranger|\
            a l'etranger|pas là|pas la|pas à la maison|hors de la ville|\
            fuera|de vacaciones|de viaje|fuera de casa|fuera de la ciudad|en el extranjero|ausentes|ausente|\
            lejos de casa|no estaremos en casa|no estaré en casa
            """, .away
        ),
        (
            """
            weg|verreist|im urlaub|in urlaub|auf reisen|unterwegs|nicht da|nicht zu hause|nicht zuhause|\
            nicht daheim|im ausland|abwesend|fort|op vakantie|op reis|niet thuis|in het buitenland|afwezig|\
            de stad uit|van huis|zurück|zuruck|wieder da|wieder zu hause|terug|weer thuis
            """, .awayTimeFirst
        ),
        (
            """
            won't be back|wont be back|will not be back|not back|not be back|won't get back|won't come back|\
            not coming back|won't return|not returning|\
            pas de retour|ne rentrons pas|ne rentre pas|no volvemos|no volveremos|no regresamos|no vuelvo|\
            no regreso
            """, .notBack
        ),
        ("back|de retour|de vuelta|volvemos|regresamos|rentrons|retour", .back),
    ]

    static let housesList = [
        "house", "home", "place", "flat", "apartment", "apt", "condo", "haus", "wohnung", "maison", "appartement", "appart",
        "huis", "woning", "casa", "piso", "apartamento",
    ]
    private static let houses: Set<UInt64> = Set(housesList.map(WordHash.of))

    /// Going somewhere (1), or being somewhere, after "we're" and the like (2): with a place and a
    /// time after it, an absence.
    static let tripLists: [(String, Int)] = [
        (
            """
            off to|heading to|headed to|flying to|flying out to|going to|leaving for|travelling to|traveling to|\
            fliegen nach|fahren nach|reisen nach|partons à|partons en|part à|part en|vliegen naar|gaan naar|\
            vamos a|volamos a|nos vamos a
            """, 1
        ),
        ("in|at|nach|à|en|au|aux|op|naar|a", 2),
    ]
    private static let trips = PhraseTable(tripLists)
    private static let beWords: Set<UInt64> = Set(
        [
            "we're", "we", "are", "i'm", "be", "sind", "bin", "sommes", "est", "serons", "sera", "zijn", "ben",
            "estamos", "estaremos", "estoy", "estaré", "'re",
        ].map(WordHash.of))

    /// The last token of a place's name (one to three capitalized words) right after token `i`.
    private static func placeAfter(_ w: Words, _ i: Int) -> Int? {
        var k = i + 1
        while k < w.count, k - i <= 3, !w.boundaryAfter(k - 1), w.kind(k) == .word, w.shape[k].contains(.capitalized),
            !w.has(k, [.dayName, .monthName, .until, .forWord])
        {
            k += 1
        }
        return k > i + 1 ? k - 1 : nil
    }

    /// The words an absence phrase can start with.
    static var startWords: [UInt64] {
        PhraseTable.firstWords(of: coreLists) + PhraseTable.firstWords(of: nobodyLists) + housesList.map(WordHash.of)
    }
    private static let empty: Set<UInt64> = Set(["empty", "leer", "vide", "leeg", "vacía", "vacia", "sola"].map(WordHash.of))
    private static let stay: Set<UInt64> = Set(
        [
            "is", "will", "be", "stays", "sits", "remains", "stay", "ist", "steht", "bleibt", "wird", "sein",
            "est", "sera", "reste", "restera", "staat", "blijft", "zal", "zijn", "está", "esta", "estará", "estara",
            "queda", "quedará", "quedara", "going", "to", "gonna", "totally", "completely", "completamente",
            "komplett", "ganz", "helemaal", "complètement", "completement", "entirely",
        ].map(WordHash.of))
    static let nobodyLists: [(String, Int)] = [
        ("nobody|nobody's|noone|no one|no one's|niemand|keiner|personne|nadie|no hay nadie|il n'y a personne", 1)
    ]
    static let homeLists: [(String, Int)] = [
        (
            """
            home|at home|in the house|there|zu hause|zuhause|daheim|à la maison|a la maison|chez nous|thuis|\
            en casa|in casa
            """, 1
        )
    ]
    private static let nobody = PhraseTable(nobodyLists)
    private static let home = PhraseTable(homeLists)
    private static let nobodyLink: Set<UInt64> = Set(
        [
            "is", "will", "be", "gonna", "going", "to", "ist", "wird", "sein", "ne", "n'est", "n'y", "sera", "est",
            "zal", "zijn", "is", "está", "estará", "estara", "esta", "hay", "va", "estar", "en",
        ].map(WordHash.of))
    private static let awayBefore: Set<UInt64> = Set(
        [
            "give", "giving", "gave", "given", "right", "far", "throw", "threw", "thrown", "take", "took", "put", "pass",
            "passed", "passing", "straight", "tucked", "tuck", "stay", "stayed", "stays", "staying", "fade", "faded",
            "wash", "washed", "blown", "blow", "blew", "swept", "melt", "melted", "walk", "walked", "run", "ran",
            "get", "got", "getaway", "tear", "torn", "miles", "der", "de", "die", "het", "el", "la", "the", "a",
            "den", "dem", "een", "ein", "long", "all",
        ].map(WordHash.of))
    private static let awayGone = Set(
        ["away", "gone", "weg", "fort", "fuera", "parti", "partis", "partie", "parties"].map(WordHash.of))

    /// Spans of absence phrases (token indices, inclusive).
    static func find(in w: Words) -> [TokenSpan] {
        var result: [TokenSpan] = []
        var travelCue: Bool?
        var i = 0
        while i < w.count {
            if let found = match(w, at: i, travelCue: &travelCue) {
                var first = subject(w, before: found.first)
                // "Bis zum 15. August ist niemand zu Hause": the time opens the clause.
                if first > 0, !w.boundaryAfter(first - 1) || w.isPunctuation(first - 1, "."), let time = timeBefore(w, first),
                    w.has(first, .subject)
                {
                    first = subject(w, before: time)
                }
                if let previous = result.last, previous.last >= first {
                    result[result.count - 1].last = max(previous.last, found.last)
                } else {
                    result.append(TokenSpan(first: first, last: found.last))
                }
                i = found.last + 1
            } else {
                i += 1
            }
        }
        return result
    }

    private static func match(_ w: Words, at i: Int, travelCue: inout Bool?) -> TokenSpan? {
        guard w.has(i, [.absenceStart, .tripStart]) else { return nil }
        // "off to Bali for 10 days", "we're in Italy until the 3rd", "wir sind in Italien bis Sonntag".
        if w.has(i, .tripStart),
            w.shape[i + 1].contains(.capitalized) || w.shape[i + 2].contains(.capitalized)
                || w.shape[i + 3].contains(.capitalized),
            let trip = trips.match(w, at: i), let place = placeAfter(w, trip.last)
        {
            let needsBe = trip.value == 2
            if !needsBe || (w.wordBefore(i).map { beWords.contains(w.hash[$0]) } ?? false),
                !w.boundaryAfter(place), let time = TimePhrase.match(w, at: place + 1)
            {
                return TokenSpan(first: i, last: time)
            }
        }
        guard w.has(i, .absenceStart) else { return nil }
        // "the house is empty (until Sunday)", "das Haus ist bis Sonntag leer".
        if houses.contains(w.stem(i)) {
            var k = i + 1
            var steps = 0
            while k < w.count, steps < 5, !w.boundaryAfter(k - 1) {
                if empty.contains(w.hash[k]) {
                    var last = k
                    if let time = TimePhrase.match(w, at: k + 1), !w.boundaryAfter(k) { last = time }
                    return TokenSpan(first: i, last: last)
                }
                if stay.contains(w.hash[k]) {
                    k += 1
                } else if let time = TimePhrase.match(w, at: k) {
                    k = time + 1
                } else {
                    break
                }
                steps += 1
            }
        }
        // "nobody's home till the 25th", "niemand ist bis Sonntag zu Hause".
        if let who = nobody.match(w, at: i) {
            var k = who.last + 1
            var steps = 0
            while k < w.count, steps < 5, !w.boundaryAfter(k - 1) {
                if let place = home.match(w, at: k) {
                    var last = place.last
                    if let time = TimePhrase.match(w, at: place.last + 1), !w.boundaryAfter(place.last) { last = time }
                    return TokenSpan(first: i, last: last)
                }
                if nobodyLink.contains(w.hash[k]) {
                    k += 1
                } else if let time = TimePhrase.match(w, at: k) {
                    k = time + 1
                } else {
                    break
                }
                steps += 1
            }
        }
        guard let core = cores.match(w, at: i) else { return nil }
        // "give away", "right away", "far away", "de weg" (the road).
        if awayGone.contains(w.hash[i]), let before = w.wordBefore(i), awayBefore.contains(w.hash[before]) { return nil }
        switch Core(rawValue: core.value) ?? .away {
        case .away:
            if let time = timeAfter(w, core.last) { return TokenSpan(first: i, last: time) }
        case .awayTimeFirst:
            if let time = timeAfter(w, core.last) { return TokenSpan(first: i, last: time) }
            if let start = timeBefore(w, i) { return TokenSpan(first: start, last: core.last) }
        case .notBack:
            if let time = timeAfter(w, core.last, negatedBack: true) { return TokenSpan(first: i, last: time) }
        case .back:
            if hasTravelCue(w, &travelCue), let time = timeAfter(w, core.last, on: true) {
                return TokenSpan(first: i, last: time)
            }
        }
        return nil
    }

    /// A time right after token `last` (a word or two may stand between: "away from work for…").
    private static func timeAfter(_ w: Words, _ last: Int, negatedBack: Bool = false, on: Bool = false) -> Int? {
        var k = last + 1
        var gap = 0
        while k < w.count, gap <= 2, !w.boundaryAfter(k - 1), w.isWord(k) {
            if var end = TimePhrase.match(w, at: k, negatedBack: negatedBack, on: on) {
                // "for two weeks from Monday", "ab Samstag für 10 Tage".
                if !w.boundaryAfter(end), let more = TimePhrase.match(w, at: end + 1) { end = more }
                return end
            }
            if negatedBack || on { return nil }
            k += 1
            gap += 1
        }
        return nil
    }

    /// The first token of a time that ends right before token `i` ("zwei Wochen weg", "bis zum
    /// 18. zurück"), or nil.
    private static func timeBefore(_ w: Words, _ i: Int) -> Int? {
        var k = max(0, i - 6)
        while k < i {
            if let end = TimePhrase.match(w, at: k) {
                let touching = end == i - 1 && !w.boundaryAfter(end)
                let dotted = end == i - 2 && w.isPunctuation(i - 1, ".") && w.touches(i - 1)
                if touching || dotted {
                    // "ab Samstag für 10 Tage verreist": a time before that time.
                    if k >= 1, !w.boundaryAfter(k - 1), let earlier = timeBefore(w, k) { return earlier }
                    return k
                }
            }
            k += 1
        }
        return nil
    }

    /// Where the absence phrase starts: back over its subject ("we'll be", "the whole family is",
    /// "wir sind zwei Wochen"), without a leading "and"/"so".
    private static func subject(_ w: Words, before first: Int) -> Int {
        var start = first
        // German and Dutch put the time first: "wir sind zwei Wochen weg", "bis Sonntag weg".
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 6, w.isWord(k), !w.boundaryAfter(k) {
            if w.has(k, .subject) {
                start = k
                k -= 1
                steps += 1
                continue
            }
            break
        }
        while start < first, w.has(start, .conjunction) { start += 1 }
        return start
    }

    /// True when the post speaks of travel (a flight, a trip, a holiday).
    private static func hasTravelCue(_ w: Words, _ cache: inout Bool?) -> Bool {
        if let cache { return cache }
        var found = false
        for k in 0..<w.count where w.has(k, .travel) {
            found = true
            break
        }
        cache = found
        return found
    }
}

/// TRAVEL_ABSENCE: the phrase that says a home is empty.
public struct TravelAbsenceDetector: TextScanner {
    /// A travel absence detector.
    public init() {}

    /// Finds each phrase that says a home is empty, from the clause's subject ("we'll be") to the
    /// end of the time.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        let analysis = PeopleAnalysis.of(text)
        let words = analysis.words
        for span in analysis.absences {
            hits.append(ScanHit(range: words.range(span.first, span.last), entity: "TRAVEL_ABSENCE"))
        }
    }
}
