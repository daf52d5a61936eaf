import FootprintText

/// The given-name lexicon: `given` and `ambiguous` come from the generated PeopleNameTable.swift.
enum PeopleNames {
    /// What a given name can also be.
    enum Kind: UInt64 {
        /// Only a name: Jessica, Jürgen.
        case name = 1
        /// Also a common word: Will, May, Grace.
        case word = 2
        /// Also a place: Paris, Sydney.
        case place = 3
    }

    /// Folded given name → its kind.
    static let table: FastTable = {
        let names = PeopleNames.given.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var table = FastTable(capacity: names.count)
        for name in names { table.update(WordHash.of(String(name))) { _ in Kind.name.rawValue } }
        for name in ambiguous.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            table.update(WordHash.of(String(name))) { _ in Kind.word.rawValue }
        }
        for name in places.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            table.update(WordHash.of(String(name))) { _ in Kind.place.rawValue }
        }
        return table
    }()

    /// Brands, landmarks and figures that start with a given name ("Tim Hortons").
    static let brands = PhraseTable(phrases: notNames, separator: "_", value: 1)

    /// The first tokens of the brands.
    static var brandFirstWords: [UInt64] {
        notNames.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { phrase in
            phrase.split(separator: "_").first.map { WordHash.of(String($0)) }
        }
    }

    /// The kind of given name `hash` is, or nil.
    @inline(__always)
    static func lookup(_ hash: UInt64) -> Kind? { Kind(rawValue: table[hash]) }
}

/// Someone's name in a post: token indices (inclusive) and the original bytes (without a
/// possessive "'s").
struct PersonMatch: Equatable {
    var first: Int
    var last: Int
    var range: Range<Int>
    /// Named by context (a greeting, a relation, a name verb, a title), not only by the data
    /// around it.
    var strong: Bool
}

/// Finds other people's names: a capitalized given name from the lexicon, with up to two
/// capitalized surnames, a title and a suffix, where the post carries personal data or the
/// words around it say it is a name. Not a street, place or school ("853 Sarah Way", "West
/// Anthony", "Jordan High School"), not a pet ("answers to Max"), not a common word outside
/// name position ("Will you…", "May 3").
enum PersonFinder {
    private static let and = WordHash.of("and")
    private static let me: Set<UInt64> = Set(["me", "i", "mich", "moi", "mij", "mí", "mi"].map(WordHash.of))
    private static let meAnd: Set<UInt64> = Set(["and", "und", "et", "en", "y", "&"].map(WordHash.of))
    private static let bridge: Set<UInt64> = Set(
        ["you", "u", "ya", "so", "much", "again", "to", "an", "à", "a", "je", "jij", "very", "lots", "for", "everything"]
            .map(WordHash.of))
    private static let nameIs: Set<UInt64> = Set(["name", "nombre", "naam", "nom"].map(WordHash.of))
    private static let isWords: Set<UInt64> = Set(["is", "es", "ist", "est"].map(WordHash.of))
    private static let iWords: Set<UInt64> = Set(["i", "ich", "je", "ik"].map(WordHash.of))
    private static let amWords: Set<UInt64> = Set(["am", "bin", "suis", "ben"].map(WordHash.of))
    private static let addressedAfter: Set<UInt64> = Set(
        ["it", "this", "that", "me", "us", "you", "ya", "u", "them", "up", "out", "now", "please", "pls", "plz", "again", "too"]
            .map(WordHash.of))
    private static let loveMiss: Set<UInt64> = Set(["love", "miss", "luv", "hug", "hugs"].map(WordHash.of))
    private static let dotlessSuffixes: Set<UInt64> = Set(["ii", "iii", "iv", "md", "dds", "phd", "dvm"].map(WordHash.of))

    static func find(in w: Words, schools: [SchoolMatch]) -> [PersonMatch] {
        var result: [PersonMatch] = []
        var dataInPost: Bool?
        var social: [SocialToken]?
        var nextSchool = 0
        var nextSocial = 0
        var i = 0
        while i < w.count {
            defer { i += 1 }
            guard w.kind(i) == .word, w.shape[i].contains(.titleCase) else { continue }
            if w.has(i, .brandStart), let brand = PeopleNames.brands.match(w, at: i, acrossPunctuation: true) {
                i = brand.last
                continue
            }
            var titled = false
            var nameStart = i
            var kind = PeopleNames.Kind.name
            var genitiveName = false
            if w.has(i, .title) {
                // "Mrs. Valdez", "Dr Jane Smith", "Herr Müller", "Prof. Dr. Anna Weber", "Dipl.-Ing. Jan Roth".
                var j = i
                while j < w.count, w.has(j, .title), j - i < 8 {
                    j += 1
                    while w.isPunctuation(j, ".-"), w.touches(j) { j += 1 }
                }
                guard j < w.count, w.kind(j) == .word, w.shape[j].contains(.titleCase), !w.has(j, .notName),
                    !w.boundaryAfter(j - 1) || w.isPunctuation(j - 1, ".")
                else {
                    continue
                }
                titled = true
                nameStart = j
            } else {
                if let found = PeopleNames.lookup(w.stem(i)) {
                    kind = found
                } else if let found = genitive(w, i) {
                    kind = found
                    genitiveName = true
                } else {
                    continue
                }
            }
            // Not inside a school's name, an @mention, a #hashtag, a URL or an e-mail address.
            while nextSchool < schools.count, schools[nextSchool].last < i { nextSchool += 1 }
            if nextSchool < schools.count, schools[nextSchool].first <= i { continue }
            let origin = w.origin[i]
            if social == nil { social = w.text.socialTokens().sorted { $0.range.lowerBound < $1.range.lowerBound } }
            if let social {
                while nextSocial < social.count, social[nextSocial].range.upperBound <= origin.lowerBound { nextSocial += 1 }
                if nextSocial < social.count, social[nextSocial].range.lowerBound < origin.upperBound { continue }
            }
            // Not a place ("West Anthony", "Lake Stephanie") nor a street after a house number.
            if let before = w.wordBefore(i) {
                if w.has(before, .placePrefix), w.shape[before].contains(.capitalized) { continue }
                if w.isNumber(before) { continue }
            }
            // The surnames.
            var last = nameStart
            var surnames = 0
            if !w.shape[last].contains(.possessive), !genitiveName {
                var k = last + 1
                while surnames < 3, k < w.count {
                    var next = k
                    if w.isPunctuation(next, "-"), w.touches(next), w.touches(next + 1) {
                        next += 1  // "Smith-Jones"
                    } else {
                        if w.boundaryAfter(last) { break }
                        // Particles: "Jan van der Berg", "María de la Cruz", "Yann Le Gall".
                        while next - k < 3, w.has(next, .particle), !w.boundaryAfter(next),
                            isSurname(w, next + 1)
                                || (w.has(next + 1, .particle) && !w.shape[next + 1].contains(.capitalized))
                        {
                            next += 1
                        }
                    }
                    guard isSurname(w, next) else { break }
                    last = next
                    surnames += 1
                    k = next + 1
                    if w.shape[next].contains(.possessive) { break }
                }
            }
            // A street, place or business after the name: "Sarah Way", "Jordan Elementary".
            if let after = w.wordAfter(last), w.has(after, .placeSuffix), !w.shape[last].contains(.possessive) {
                i = after
                continue
            }
            // A suffix: "MD", "Jr.", "III".
            var end = last
            var endByte = genitiveName ? w.stemEnd(last) - 1 : w.stemEnd(last)
            if surnames > 0 || titled, let after = w.wordAfter(last), w.has(after, .nameSuffix),
                w.shape[after].contains(.capitalized)
            {
                end = after
                endByte = w.origin[after].upperBound
                // "Jr.", "B.Sc.", "MBA."
                if !dotlessSuffixes.contains(w.hash[after]), w.isPunctuation(after + 1, "."), w.touches(after + 1) {
                    end = after + 1
                    endByte = w.origin[after + 1].upperBound
                }
            }
            if isPet(w, before: i) { continue }
            // A month or a day before a date: "Jan 12", "May 3rd".
            if w.has(i, [.monthName, .dayName]), let next = w.wordAfter(i), w.isNumber(next) { continue }
            let before = strongBefore(w, i)
            let after = strongAfter(w, last: last, end: end)
            let vocative = isVocative(w, first: i, end: end)
            var accept: Bool
            var strong = before || after.strong || titled
            switch kind {
            case .place:
                // "thanks Sydney", "Austin just texted"; not "visit Sydney".
                accept =
                    titled || after.strong || (before && !w.has(previousWord(w, i), .verbBefore))
                    || (surnames > 0 && isDataInPost(w, schools, &dataInPost))
            case .word:
                accept =
                    strong || (vocative && (startsClause(w, i) || isAddressed(w, first: i, end: end)))
                    || (surnames > 0 && isDataInPost(w, schools, &dataInPost))
            case .name:
                strong = strong || after.weak || vocative
                accept = strong || isDataInPost(w, schools, &dataInPost)
            }
            guard accept else { continue }
            result.append(PersonMatch(first: i, last: end, range: w.stemStart(i)..<endByte, strong: strong))
            i = end
        }
        return result
    }

    /// A German or Dutch genitive before a kind of data or a relation: "Annas Nummer", "Jans
    /// moeder". The name without its "s", or nil.
    private static func genitive(_ w: Words, _ i: Int) -> PeopleNames.Kind? {
        let range = w.text.tokens[i].range
        let folded = w.text.folded.bytes
        guard range.count >= 4, folded[range.upperBound - 1] == 0x73, let next = w.wordAfter(i),
            w.has(next, [.dataWord, .relation, .child])
        else { return nil }
        let hash = folded.withUnsafeBufferPointer { WordHash.of($0, range.lowerBound..<(range.upperBound - 1)) }
        return PeopleNames.lookup(hash)
    }

    /// A capitalized word that can be a surname: not a common word, day, month, street or
    /// school word.
    private static func isSurname(_ w: Words, _ k: Int) -> Bool {
        guard k < w.count, w.kind(k) == .word, w.shape[k].contains(.titleCase) else { return false }
        let excluded: WordClass = [
            .notName, .dayName, .monthName, .placeSuffix, .schoolTail, .greeting, .relation, .title, .nameSuffix,
            .relativeDay, .conjunction,
        ]
        if w.has(k, excluded) { return false }
        return true
    }

    /// A pet's name: "my dog Max", "he answers to Max".
    private static func isPet(_ w: Words, before i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4, !(w.kind(k) == .punctuation && w.isPunctuation(k, ".!?;")) {
            if w.has(k, .relation) && !w.has(k, .pet) { return false }
            if w.has(k, .pet) { return true }
            if w.isWord(k) { steps += 1 }
            k -= 1
        }
        return false
    }

    /// A greeting, a relation, a verb of contact or "me and" right before the name (a comma
    /// may stand between: "Hey, Anna").
    private static func strongBefore(_ w: Words, _ i: Int) -> Bool {
        var k = i - 1
        if w.isPunctuation(k, ",:") { k -= 1 }
        guard k >= 0, w.isWord(k) else { return false }
        if w.has(k, [.greeting, .relation, .verbBefore, .selfIntro]) { return true }
        if meAnd.contains(w.hash[k]), k >= 1, me.contains(w.hash[k - 1]) { return true }
        // "my name is Anna", "I am Anna".
        if k >= 1, isWords.contains(w.hash[k]), nameIs.contains(w.stem(k - 1)) { return true }
        if k >= 1, amWords.contains(w.hash[k]), iWords.contains(w.hash[k - 1]) { return true }
        // "thank you so much Anna".
        var j = k
        var bridged = 0
        while j >= 0, bridged < 3, w.isWord(j), bridge.contains(w.hash[j]) {
            j -= 1
            bridged += 1
        }
        guard bridged > 0, j >= 0, w.isWord(j) else { return false }
        return w.has(j, [.greeting, .verbBefore]) || (loveMiss.contains(w.hash[j]) && bridge.contains(w.hash[j + 1]))
    }

    /// A name verb or a possessive after the name ("Adam will be…", "Jane's number"), or
    /// "and I"; `weak` for a copula ("Anna is…").
    private static func strongAfter(_ w: Words, last: Int, end: Int) -> (strong: Bool, weak: Bool) {
        if w.shape[last].contains(.possessive) && end == last {
            // "Jane's number", "Mark's mom"; not "Olivia Rodrigo's new album".
            var k = last + 1
            var words = 0
            while k < w.count, words < 2, w.isWord(k) {
                if w.has(k, [.dataWord, .relation, .child]) { return (true, false) }
                words += 1
                k += 1
            }
            return (false, false)
        }
        guard let next = w.wordAfter(end) else { return (false, false) }
        if w.hash[next] == and || meAnd.contains(w.hash[next]) {
            if let after = w.wordAfter(next), me.contains(w.hash[after]) { return (true, false) }
            return (false, false)
        }
        if w.has(next, .verbAfter) { return (true, false) }
        return (false, w.has(next, .copula))
    }

    /// The name stands alone at the end of a clause: "…for the lease, Kimberly", "save it Steven!".
    private static func isVocative(_ w: Words, first: Int, end: Int) -> Bool {
        guard w.boundaryAfter(end) else { return false }
        let next = end + 1
        if next < w.count, w.kind(next) == .punctuation, !w.isPunctuation(next, ",.!?;:)") { return false }
        guard let before = w.wordBefore(first) else { return true }
        return !w.has(before, [.preposition, .article, .particle, .title, .next, .whole])
            && !w.shape[before].contains(.capitalized)
    }

    /// "save it Billy!", "love you Summer?": an object pronoun before the name and "!" or "?" (or
    /// the end) after it.
    private static func isAddressed(_ w: Words, first: Int, end: Int) -> Bool {
        guard let before = w.wordBefore(first), addressedAfter.contains(w.hash[before]) else { return false }
        return end + 1 >= w.count || w.isPunctuation(end + 1, "!?") || w.kind(end + 1) == .emoji
    }

    /// The word before token `i`, over a comma.
    private static func previousWord(_ w: Words, _ i: Int) -> Int {
        w.isPunctuation(i - 1, ",:") ? i - 2 : i - 1
    }

    /// Nothing but a boundary before the name: a vocative must open its clause to be sure.
    private static func startsClause(_ w: Words, _ i: Int) -> Bool { w.wordBefore(i) == nil }

    /// True when the post holds other personal data: five digits or more, an e-mail address, a
    /// school, or a word naming personal data (address, phone, birthday…).
    private static func isDataInPost(_ w: Words, _ schools: [SchoolMatch], _ cache: inout Bool?) -> Bool {
        if let cache { return cache }
        var found = !schools.isEmpty
        if !found {
            var digits = 0
            for b in w.text.bytes where b >= 0x30 && b <= 0x39 {
                digits += 1
                if digits >= 5 { break }
            }
            found = digits >= 5
        }
        if !found { found = w.text.bytes.contains(0x40) }
        if !found {
            for k in 0..<w.count where w.has(k, .dataWord) {
                found = true
                break
            }
        }
        cache = found
        return found
    }
}

/// PERSON: another person's name in a post that carries personal data or says it is a name.
public struct PersonDetector: TextScanner {
    /// A person name detector.
    public init() {}

    /// Finds other people's names, with confidence 0.85 when the words around a name say it is one
    /// and 0.7 when only the data in the post does.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        guard PeopleScan.mayHoldNames(text) else { return }
        for person in PeopleAnalysis.of(text).people {
            hits.append(ScanHit(range: person.range, entity: "PERSON", confidence: person.strong ? 0.85 : 0.7))
        }
    }
}

/// Cheap checks before the people detectors tokenize anything.
enum PeopleScan {
    /// False when the text has no capital letter at all (ASCII), so it cannot name anyone.
    static func mayHoldNames(_ text: AnalyzedText) -> Bool {
        guard text.isASCII else { return true }
        return text.bytes.contains { $0 >= 0x41 && $0 <= 0x5A }
    }
}
