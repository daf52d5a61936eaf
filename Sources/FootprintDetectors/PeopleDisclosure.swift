import FootprintText

/// Post-level signals about people: the author giving away their home or their children's
/// details, and other people's data.
enum Disclosure {
    static let possessives: Set<UInt64> = Set(
        [
            "my", "our", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "mon",
            "ma", "mes", "notre", "nos", "mijn", "ons", "onze", "mi", "mis", "nuestro", "nuestra", "nuestros",
            "nuestras", "mine", "ours",
        ].map(WordHash.of))

    static let homePhrases = PhraseTable(homeLists)

    static let homeLists: [(String, Int)] = [
        (
            """
            my address is|my address|address is|new address is|my new address|our new address|our address is|\
            our address|my home address|home address is|i live at|i live on|we live at|we live on|i live in|\
            we live in|moved into|moved to|mail me|send it to|ship it to|come over to|find us at|\
            meine adresse|meine neue adresse|unsere adresse|unsere neue adresse|adresse ist|ich wohne in|\
            ich wohne am|ich wohne an|wir wohnen in|wir wohnen am|wir wohnen an|\
            mon adresse|ma nouvelle adresse|notre adresse|notre nouvelle adresse|adresse est|j'habite|\
            nous habitons|on habite|\
            mijn adres|ons adres|mijn nieuwe adres|ons nieuwe adres|adres is|ik woon aan|ik woon op|ik woon in|\
            wij wonen aan|we wonen aan|we wonen op|\
            mi dirección|mi direccion|mi nueva dirección|nuestra dirección|nuestra nueva dirección|vivo en|\
            vivimos en|mi domicilio
            """, 1
        )
    ]

    private static let streetEndings: [[UInt8]] = [
        "strasse", "str", "weg", "straat", "laan", "gracht", "plein", "allee", "gasse", "platz", "ring", "damm", "dreef",
        "kade", "singel",
    ].map { Array($0.utf8) }

    /// True when an address follows token `i` in its sentence: a house number before a
    /// capitalized word or a street word, or a street compound ("Hauptstraße", "Kerkstraat").
    static func addressFollows(_ w: Words, after i: Int) -> Bool {
        var k = i + 1
        let limit = min(w.count, i + 12)
        while k < limit {
            if w.isPunctuation(k, ".!?") || (k > i + 1 && w.boundaryAfter(k - 1) && w.kind(k) == .emoji) { return false }
            // "853 Sarah Way", "12 rue des Lilas": a house number right before a name or a street word.
            if w.isNumber(k), let next = w.wordAfter(k), w.kind(next) == .word,
                w.shape[next].contains(.capitalized) || w.has(next, .placeSuffix)
            {
                return true
            }
            if w.kind(k) == .word, w.shape[k].contains(.capitalized), isStreetCompound(w, k) { return true }
            if w.has(k, .placeSuffix), k > 0, w.isNumber(k - 1) || w.shape[k - 1].contains(.capitalized) { return true }
            // "calle Mayor 5", "rue des Lilas".
            if w.has(k, .placeSuffix), w.kind(k) == .word, !w.shape[k].contains(.capitalized) {
                for j in (k + 1)..<min(w.count, k + 3) where w.shape[j].contains(.capitalized) || w.isNumber(j) { return true }
            }
            k += 1
        }
        return false
    }

    static func isStreetCompound(_ w: Words, _ k: Int) -> Bool {
        let range = w.text.tokens[k].range
        let bytes = w.text.folded.bytes
        for ending in streetEndings where range.count > ending.count + 2 {
            if bytes[(range.upperBound - ending.count)..<range.upperBound].elementsEqual(ending) { return true }
        }
        return false
    }
}

/// The author says where they live: "my address is" / "I live at" / "j'habite" before an
/// address. Reports the phrase.
public struct HomeDisclosureDetector: TextScanner {
    /// A home disclosure detector.
    public init() {}

    /// Finds each home phrase that an address follows within eleven tokens of its sentence.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        let w = PeopleAnalysis.of(text).words
        var i = 0
        while i < w.count {
            if w.has(i, .homeStart), let phrase = Disclosure.homePhrases.match(w, at: i),
                Disclosure.addressFollows(w, after: phrase.last)
            {
                hits.append(ScanHit(range: w.range(i, phrase.last)))
                i = phrase.last + 1
            } else {
                i += 1
            }
        }
    }
}

/// The author gives away a child's details: a child's school next to a child or a school-run
/// cue ("our kid starts at Lincoln Elementary", "pick up at…", "honor roll at…"), or "my son" /
/// "ma fille" next to an age, a school or a name.
public struct ChildDisclosureDetector: TextScanner {
    private static let ages: Set<UInt64> = Set(
        ["years", "year", "yrs", "yo", "old", "ans", "an", "jahre", "jahr", "alt", "jaar", "años", "anos", "año"]
            .map(WordHash.of))

    /// A child disclosure detector.
    public init() {}

    /// Finds a possessive and a child word ("my son", "mi hija") through an age, a school or a
    /// given name within eight words of the same sentence, and every other school when the post has
    /// a child or school-run cue.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        let analysis = PeopleAnalysis.of(text)
        let w = analysis.words
        let schools = analysis.schools
        var schoolAt: [Int: Int] = [:]
        for (index, school) in schools.enumerated() { schoolAt[school.first] = index }
        var reported: [Range<Int>] = []
        var covered = Set<Int>()
        // "my son", "our kid", "mi hija", then an age, a school or a name within a few words.
        for i in 0..<w.count where w.has(i, .child) {
            guard let owner = w.wordBefore(i), Disclosure.possessives.contains(w.hash[owner]) else { continue }
            var k = i + 1
            var words = 0
            while k < w.count, words < 8, !w.isPunctuation(k, ".!?") {
                let school = schoolAt[k]
                if w.isNumber(k) || school != nil || (w.shape[k].contains(.titleCase) && PeopleNames.lookup(w.stem(k)) != nil) {
                    var end = k
                    if w.isNumber(k), let unit = w.wordAfter(k), Self.ages.contains(w.hash[unit]) {
                        end = unit
                        if let old = w.wordAfter(unit), Self.ages.contains(w.hash[old]) { end = old }
                    }
                    let range = w.range(owner, end)
                    if let school {
                        reported.append(range.lowerBound..<schools[school].range.upperBound)
                        covered.insert(school)
                    } else {
                        reported.append(range)
                    }
                    break
                }
                if w.isWord(k) { words += 1 }
                k += 1
            }
        }
        // A school with a school-run cue anywhere in the post.
        var cue: Bool?
        if !schools.isEmpty, SchoolFinder.hasCue(w, &cue) {
            for (index, school) in schools.enumerated() where !covered.contains(index) { reported.append(school.range) }
        }
        for range in reported.sorted(by: { $0.lowerBound < $1.lowerBound }) { hits.append(ScanHit(range: range)) }
    }
}

/// Someone else's data: a person named next to a phone number, an e-mail address, an address,
/// a date of birth or their school, or with a possessive before a kind of data ("Jane's
/// number"). Data the author calls theirs ("my account", "my DOB") does not count.
public struct OtherPersonDetector: TextScanner {
    /// An other-person data detector.
    public init() {}

    /// Finds the names of people with a possessive before a kind of data ("Jane's number"), or with
    /// a data item that is not the author's in the same sentence: up to ten tokens after the name
    /// (eight for a school) or eight before it.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        guard PeopleScan.mayHoldNames(text) else { return }
        let analysis = PeopleAnalysis.of(text)
        let w = analysis.words
        let people = analysis.people
        guard !people.isEmpty else { return }
        let data = Self.dataItems(w, schools: analysis.schools, people: people)
        for person in people {
            if w.shape[person.last].contains(.possessive), let next = w.wordAfter(person.last), w.has(next, .dataWord) {
                hits.append(ScanHit(range: person.range))
                continue
            }
            // Items that start within ten tokens either side, in the same sentence.
            var k = Self.firstItem(data, from: person.first - 12)
            var near = false
            while k < data.count, data[k].first <= person.last + 10 {
                let item = data[k]
                k += 1
                guard !item.mine else { continue }
                if item.first > person.last {
                    let limit = item.school ? 8 : 10
                    if item.first - person.last <= limit, !Self.sentenceBreak(w, person.last, item.first) { near = true }
                } else if !item.school, item.last < person.first, person.first - item.last <= 8,
                    !Self.sentenceBreak(w, item.last, person.first)
                {
                    near = true
                }
                if near { break }
            }
            if near { hits.append(ScanHit(range: person.range)) }
        }
    }

    struct Item {
        var first: Int
        var last: Int
        var mine: Bool
        var school: Bool
    }

    /// Index of the first item whose first token is at or after `token`.
    private static func firstItem(_ items: [Item], from token: Int) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let mid = (low + high) / 2
            if items[mid].first < token { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// True when a sentence ends between tokens `a` and `b`.
    private static func sentenceBreak(_ w: Words, _ a: Int, _ b: Int) -> Bool {
        var k = a + 1
        while k < b {
            if w.isPunctuation(k, ".!?") { return true }
            k += 1
        }
        return false
    }

    /// Phone-like digit runs (seven digits or more), e-mail addresses, house numbers before a
    /// street, and schools, sorted by position.
    static func dataItems(_ w: Words, schools: [SchoolMatch], people: [PersonMatch]) -> [Item] {
        var items: [Item] = []
        var i = 0
        while i < w.count {
            if w.isNumber(i) || (w.kind(i) == .word && w.shape[i].contains(.capitalized) && i + 1 < w.count && w.isNumber(i + 1))
            {
                // A run of numbers and separators ("(415) 581-3243", "GB13 LUWV 7495…").
                var k = i
                var digits = 0
                var last = i
                while k < w.count, k - i < 16 {
                    if w.isNumber(k) || (w.kind(k) == .word && w.shape[k].contains(.capitalized) && k == i) {
                        digits += Self.digits(w, k)
                        last = k
                    } else if w.isPunctuation(k, "-.()/+") || (w.kind(k) == .word && Self.digits(w, k) > 0) {
                        if w.kind(k) == .word { digits += Self.digits(w, k) }
                    } else {
                        break
                    }
                    k += 1
                }
                if digits >= 7 {
                    items.append(Item(first: i, last: last, mine: mine(w, i, last, people), school: false))
                    i = last + 1
                    continue
                }
                // "12 rue des Lilas", "calle Mayor 5".
                if w.isNumber(i), let next = w.wordAfter(i), w.has(next, .placeSuffix) {
                    items.append(Item(first: i, last: next, mine: mine(w, i, next, people), school: false))
                    i = next + 1
                    continue
                }
                if w.isNumber(i), let next = w.wordAfter(i), w.shape[next].contains(.capitalized) {
                    var j = next
                    while j < min(w.count, next + 3), !w.has(j, .placeSuffix) { j += 1 }
                    if j < w.count, w.has(j, .placeSuffix) {
                        items.append(Item(first: i, last: j, mine: mine(w, i, j, people), school: false))
                        i = j + 1
                        continue
                    }
                }
            }
            // "Lindenstraße 12", "Kerkstraat 8".
            if w.kind(i) == .word, w.shape[i].contains(.capitalized), Disclosure.isStreetCompound(w, i),
                let next = w.wordAfter(i), w.isNumber(next)
            {
                items.append(Item(first: i, last: next, mine: mine(w, i, next, people), school: false))
                i = next + 1
                continue
            }
            i += 1
        }
        for social in w.text.socialTokens() where social.kind == .email {
            let tokens = w.text.tokenIndices(overlapping: social.range)
            if let first = tokens.first, let last = tokens.last {
                items.append(Item(first: first, last: last, mine: mine(w, first, last, people), school: false))
            }
        }
        for school in schools {
            items.append(
                Item(first: school.first, last: school.last, mine: mine(w, school.first, school.last, people), school: true))
        }
        items.sort { $0.first < $1.first }
        return items
    }

    private static func digits(_ w: Words, _ k: Int) -> Int {
        var count = 0
        for b in w.text.bytes[w.origin[k]] where b >= 0x30 && b <= 0x39 { count += 1 }
        return count
    }

    /// The author calls it theirs: "my" within four words before it or two after ("(that's my
    /// account)"), with no one named in between.
    private static func mine(_ w: Words, _ first: Int, _ last: Int, _ people: [PersonMatch]) -> Bool {
        var k = first - 1
        var words = 0
        while k >= 0, words < 4 {
            // "text my sister Olivia on 0412…": the data is Olivia's.
            if isNamed(k, people) { break }
            if w.isWord(k) {
                if Disclosure.possessives.contains(w.hash[k]) { return true }
                words += 1
            }
            k -= 1
        }
        k = last + 1
        words = 0
        while k < w.count, words < 2 {
            if w.isWord(k) {
                if Disclosure.possessives.contains(w.hash[k]) || w.has(k, .selfIntro) { return true }
                words += 1
            }
            k += 1
        }
        return false
    }

    /// True when token `k` is part of a person's name.
    private static func isNamed(_ k: Int, _ people: [PersonMatch]) -> Bool {
        var low = 0
        var high = people.count
        while low < high {
            let mid = (low + high) / 2
            if people[mid].last < k { low = mid + 1 } else { high = mid }
        }
        return low < people.count && people[low].first <= k
    }
}
