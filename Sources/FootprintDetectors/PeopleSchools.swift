import FootprintText

/// A school's name in a post: token indices (inclusive) and original bytes.
struct SchoolMatch: Equatable {
    var first: Int
    var last: Int
    var range: Range<Int>
}

/// Finds schools' names in two shapes:
/// - the name first: capitalized words, then school words ("Lincoln Elementary School",
///   "Park Montessori Academy", "Goethe-Gymnasium", "De Regenboog basisschool");
/// - the school word first: "Grundschule am Stadtpark", "école primaire Jules Ferry",
///   "basisschool De Regenboog", "Colegio San José", "IES Miguel de Cervantes".
/// Generic schools stay quiet ("Sunday School", "high school", "Summer School"); a bare "High"
/// ("Lincoln High") and German compounds ("Lessingschule") count only next to a child or school
/// cue (son, daughter, pick up, class…).
enum SchoolFinder {
    private static let high = WordHash.of("high")
    private static let prep = WordHash.of("prep")
    private static let of = WordHash.of("of")
    private static let schule = Array("schule".utf8)
    private static let genericCompounds: Set<UInt64> = Set(
        [
            "musikschule", "fahrschule", "hochschule", "fachhochschule", "berufsschule", "tanzschule", "sprachschule",
            "volkshochschule", "abendschule", "baumschule", "hundeschule", "skischule", "reitschule", "kunstschule",
            "segelschule", "flugschule", "kochschule", "yogaschule", "surfschule", "schwimmschule", "privatschule",
            "sonntagsschule", "grundschule", "realschule", "hauptschule", "gesamtschule", "oberschule", "mittelschule",
            "volksschule", "sekundarschule", "gemeinschaftsschule", "förderschule", "montessorischule", "waldorfschule",
            "schule", "highschool",
        ].map(WordHash.of))

    static func find(in w: Words) -> [SchoolMatch] {
        var result: [SchoolMatch] = []
        var cue: Bool?
        var i = 0
        while i < w.count {
            defer { i += 1 }
            guard w.kind(i) == .word else { continue }
            if w.has(i, .schoolTail) || w.has(i, .schoolEnd), let found = nameFirst(w, tail: i, cue: &cue) {
                result.append(found)
                i = found.last
                continue
            }
            if w.has(i, .schoolHead), let found = headFirst(w, head: i) {
                result.append(found)
                i = found.last
                continue
            }
            if w.shape[i].contains(.titleCase), isNamedCompound(w, i), hasCue(w, &cue) {
                result.append(SchoolMatch(first: i, last: i, range: w.nameRange(i, i)))
            }
        }
        return result
    }

    /// "Lincoln Elementary School": the run of school words starting at `tail`, and the
    /// capitalized name before it.
    private static func nameFirst(_ w: Words, tail: Int, cue: inout Bool?) -> SchoolMatch? {
        // The run of school words, then back off to the last word a school name may end with.
        var end = tail
        while end + 1 < w.count, !w.boundaryAfter(end), w.has(end + 1, [.schoolTail, .schoolEnd]) { end += 1 }
        while end >= tail, !w.has(end, .schoolEnd), !(w.hash[end] == high || w.hash[end] == prep) { end -= 1 }
        guard end >= tail else { return nil }
        if (w.hash[end] == high || w.hash[end] == prep), !hasCue(w, &cue) { return nil }
        // The name: capitalized words (hyphens and connectors inside) before the run.
        var first = tail
        var k = tail - 1
        var named = false
        var words = 0
        while k >= 0, words < 4 {
            if w.isPunctuation(k, "-"), w.touches(k), w.touches(k + 1), k >= 1, w.shape[k - 1].contains(.capitalized) {
                k -= 1
                continue
            }
            // "St. Mary's Primary".
            if w.isPunctuation(k, "."), w.touches(k), k >= 1, w.has(k - 1, .placePrefix), w.shape[k - 1].contains(.capitalized) {
                first = k - 1
                k -= 2
                continue
            }
            if w.boundaryAfter(k) && !w.isPunctuation(k + 1, "-.") { break }
            guard w.kind(k) == .word else { break }
            if w.shape[k].contains(.capitalized) {
                let place = w.has(k, .placePrefix)  // "New Hope Academy", "St Anne's"
                if !place, w.has(k, [.notName, .dayName, .monthName, .relativeDay, .greeting, .relation, .title]) { break }
                if !w.has(k, .schoolGeneric) { named = true }
                first = k
                words += 1
                k -= 1
            } else if w.hash[k] == of, k >= 1, w.shape[k - 1].contains(.capitalized), !w.boundaryAfter(k - 1) {
                k -= 1  // "Our Lady of Lourdes Academy"
            } else {
                break
            }
        }
        guard named, first < tail else { return nil }
        // The run itself must hold a word that makes it a school, not a generic one alone.
        return SchoolMatch(first: first, last: end, range: w.nameRange(first, end))
    }

    /// "Grundschule am Stadtpark", "école primaire Jules Ferry": the school word, its type, and
    /// a capitalized name after it.
    private static func headFirst(_ w: Words, head: Int) -> SchoolMatch? {
        var k = head + 1
        while k < w.count, !w.boundaryAfter(k - 1), w.has(k, .schoolType), !w.shape[k].contains(.capitalized) { k += 1 }
        var last = -1
        var words = 0
        while k < w.count, words < 5 {
            let joined = w.isPunctuation(k - 1, "-") && w.touches(k - 1) && w.touches(k)
            if w.boundaryAfter(k - 1) && !joined {
                if w.isPunctuation(k, "-"), w.touches(k), w.touches(k + 1), last == k - 1 {
                    k += 1
                    continue
                }
                break
            }
            guard w.kind(k) == .word || w.kind(k) == .number else { break }
            if w.shape[k].contains(.capitalized) {
                if w.has(k, [.notName, .dayName, .monthName, .relativeDay]) && !w.has(k, .connector) { break }
                last = k
                words += 1
            } else if w.has(k, .connector) || w.has(k, .schoolType) {
                // "am", "de la", "San": only between capitalized words.
            } else {
                break
            }
            k += 1
        }
        guard last > head else { return nil }
        return SchoolMatch(first: head, last: last, range: w.nameRange(head, last))
    }

    /// A German compound school name, "Lessingschule", that is not a generic kind of school.
    private static func isNamedCompound(_ w: Words, _ i: Int) -> Bool {
        let range = w.text.tokens[i].range
        let bytes = w.text.folded.bytes
        guard range.count > schule.count + 2 else { return false }
        guard bytes[(range.upperBound - schule.count)..<range.upperBound].elementsEqual(schule) else { return false }
        return !genericCompounds.contains(w.hash[i])
    }

    /// True when a child or school cue stands anywhere in the post.
    static func hasCue(_ w: Words, _ cache: inout Bool?) -> Bool {
        if let cache { return cache }
        var found = false
        for k in 0..<w.count where w.has(k, [.child, .schoolCue]) {
            found = true
            break
        }
        cache = found
        return found
    }
}

/// SCHOOL: a school's name ("Lincoln Elementary School", "Grundschule am Stadtpark").
public struct SchoolDetector: TextScanner {
    /// A school name detector.
    public init() {}

    /// Finds schools' names, name first or school word first; generic schools ("high school") stay
    /// quiet.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        for school in PeopleAnalysis.of(text).schools {
            hits.append(ScanHit(range: school.range, entity: "SCHOOL"))
        }
    }
}
