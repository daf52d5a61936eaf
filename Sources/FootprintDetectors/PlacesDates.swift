import FootprintText

/// Calendar dates as people write them: ISO (1990-05-03), numeric day-month-year and
/// month-day-year with '/', '.' or '-' (03/05/1990, 3.5.90), and written months in English,
/// German, French, Dutch, Spanish and Italian ("May 3rd, 1990", "3. Mai 1990", "3 de mayo de
/// 1990", "le 3 mai 1990"). Day and month are checked against each other.
public enum CalendarDateParser {
    /// Month numbers by folded name and abbreviation.
    static let months: PlaceWordTable<Int> = {
        let names: [(String, Int)] = [
            // English
            ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
            ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
            ("september", 9), ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11),
            ("december", 12), ("dec", 12),
            // German
            ("januar", 1), ("jänner", 1), ("jaenner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("mär", 3),
            ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10), ("okt", 10), ("dezember", 12), ("dez", 12),
            // French
            ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fevr", 2), ("fév", 2),
            ("mars", 3), ("avril", 4), ("avr", 4), ("juin", 6), ("juillet", 7), ("juil", 7), ("août", 8), ("aout", 8),
            ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
            // Dutch
            ("januari", 1), ("februari", 2), ("maart", 3), ("mrt", 3), ("mei", 5), ("augustus", 8),
            // Spanish
            ("enero", 1), ("ene", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("abr", 4), ("mayo", 5),
            ("junio", 6), ("julio", 7), ("agosto", 8), ("ago", 8), ("septiembre", 9), ("setiembre", 9),
            ("octubre", 10), ("noviembre", 11), ("diciembre", 12), ("dic", 12),
            // Italian
            ("gennaio", 1), ("gen", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("mag", 5), ("giugno", 6),
            ("giu", 6), ("luglio", 7), ("lug", 7), ("settembre", 9), ("set", 9), ("ottobre", 10), ("ott", 10),
            ("dicembre", 12),
        ]
        return PlaceWordTable(names)
    }()

    /// Words that may stand between a day, a month and a year ("3 de mayo de 1990", "3rd of May").
    static let linkWords: PlaceWordTable<Bool> = PlaceWordTable(["de", "del", "of", "di"], true)

    /// Days in a month (February 29 allowed).
    public static func isValid(day: Int, month: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// A plausible year of birth: four digits from 1900 to 2029, or two digits.
    static func isYear(_ value: Int, digits: Int) -> Bool {
        digits == 2 || (digits == 4 && (1900...2029).contains(value))
    }

    /// The date starting exactly at byte `start` of `bytes`, as its byte range.
    public static func parse(_ bytes: [UInt8], at start: Int) -> Range<Int>? {
        guard start < bytes.count else { return nil }
        if PlaceBytes.isDigit(bytes[start]) { return numericStart(bytes, start) }
        return monthFirst(bytes, start)
    }

    /// A month name at `i`: its number and the index after it (and after a period).
    static func monthName(_ bytes: [UInt8], _ i: Int) -> (month: Int, end: Int)? {
        var j = i
        var key: [UInt8] = []
        while j < bytes.count, key.count < 12 {
            let b = bytes[j]
            if b < 0x80 {
                guard PlaceBytes.isLetter(b) else { break }
                key.append(b | 0x20)
                j += 1
            } else if b == 0xC3, j + 1 < bytes.count {
                // Latin-1 letters: lowercase the uppercase ones (U+00C0–U+00DE).
                var c = bytes[j + 1]
                if (0x80...0x9E).contains(c), c != 0x97 { c += 0x20 }
                key.append(0xC3)
                key.append(c)
                j += 2
            } else {
                break
            }
        }
        guard !key.isEmpty, !PlaceBytes.wordCharAt(bytes, j), let month = months.value(key, 0..<key.count) else {
            return nil
        }
        if PlaceBytes.at(bytes, j) == 0x2E { j += 1 }
        return (month, j)
    }

    /// Skips spaces and, once, a comma.
    static func skipGap(_ bytes: [UInt8], _ i: Int, comma: Bool = true) -> Int {
        var j = PlaceBytes.skipSpaces(bytes, i)
        if comma, PlaceBytes.at(bytes, j) == 0x2C { j = PlaceBytes.skipSpaces(bytes, j + 1) }
        return j
    }

    /// Skips a link word ("de", "of") with the spaces after it.
    static func skipLink(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < bytes.count, PlaceBytes.isLetter(bytes[j]), j - i < 4 { j += 1 }
        guard j > i, j - i <= 3, linkWords.contains(lowercased(bytes, i..<j), 0..<(j - i)) else { return i }
        let k = PlaceBytes.skipSpaces(bytes, j)
        return k > j ? k : i
    }

    static func lowercased(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        range.map { bytes[$0] | 0x20 }
    }

    /// A 4-digit (or 2-digit when `short`) year at `i` that ends cleanly.
    static func year(_ bytes: [UInt8], _ i: Int, short: Bool) -> Int? {
        let run = PlaceBytes.digitRun(bytes, i)
        guard run == 4 || (short && run == 2) else { return nil }
        guard isYear(PlaceBytes.number(bytes, i..<(i + run)), digits: run) else { return nil }
        let end = i + run
        if PlaceBytes.wordCharAt(bytes, end) { return nil }
        if (PlaceBytes.at(bytes, end) == 0x2E || PlaceBytes.at(bytes, end) == 0x2C || PlaceBytes.at(bytes, end) == 0x3A
            || PlaceBytes.at(bytes, end) == 0x2F || PlaceBytes.at(bytes, end) == 0x2D),
            PlaceBytes.isDigit(PlaceBytes.at(bytes, end + 1))
        {
            return nil
        }
        return end
    }

    /// "May 3, 1990", "Apr. 22nd 1972", "mayo 3 de 1990".
    static func monthFirst(_ bytes: [UInt8], _ start: Int) -> Range<Int>? {
        guard let (month, afterMonth) = monthName(bytes, start) else { return nil }
        let d = skipGap(bytes, afterMonth, comma: false)
        guard d > afterMonth || bytes[afterMonth - 1] == 0x2E else { return nil }
        let dayRun = PlaceBytes.digitRun(bytes, d)
        guard (1...2).contains(dayRun), isValid(day: PlaceBytes.number(bytes, d..<(d + dayRun)), month: month) else {
            return nil
        }
        let afterDay = ordinal(bytes, d + dayRun)
        let y = skipLink(bytes, skipGap(bytes, afterDay))
        guard y > afterDay, let end = year(bytes, y, short: false) else { return nil }
        return start..<end
    }

    /// Skips an ordinal ending after a day: st, nd, rd, th, er, e, º, ª, '.'.
    static func ordinal(_ bytes: [UInt8], _ i: Int) -> Int {
        let a = PlaceBytes.at(bytes, i) | 0x20
        let b = PlaceBytes.at(bytes, i + 1) | 0x20
        let pairs: [(UInt8, UInt8)] = [(0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68), (0x65, 0x72)]
        for (x, y) in pairs where a == x && b == y && !PlaceBytes.wordCharAt(bytes, i + 2) { return i + 2 }
        if a == 0x65, !PlaceBytes.wordCharAt(bytes, i + 1) { return i + 1 }
        if PlaceBytes.at(bytes, i) == 0xC2, PlaceBytes.at(bytes, i + 1) == 0xBA || PlaceBytes.at(bytes, i + 1) == 0xAA {
            return i + 2
        }
        if PlaceBytes.at(bytes, i) == 0x2E, !PlaceBytes.isDigit(PlaceBytes.at(bytes, i + 1)) { return i + 1 }
        return i
    }

    /// Numeric dates and "3 May 1990" forms.
    static func numericStart(_ bytes: [UInt8], _ start: Int) -> Range<Int>? {
        let run = PlaceBytes.digitRun(bytes, start)
        let first = PlaceBytes.number(bytes, start..<(start + min(run, 4)))
        var p = start + run
        let sep = PlaceBytes.at(bytes, p)
        if sep == 0x2D || sep == 0x2F || sep == 0x2E {
            let r2 = PlaceBytes.digitRun(bytes, p + 1)
            if (1...2).contains(r2), PlaceBytes.at(bytes, p + 1 + r2) == sep {
                let second = PlaceBytes.number(bytes, (p + 1)..<(p + 1 + r2))
                let q = p + 2 + r2
                if run == 4 {
                    // ISO: year, month, day.
                    let r3 = PlaceBytes.digitRun(bytes, q)
                    guard (1...2).contains(r3), isYear(first, digits: 4) else { return nil }
                    let third = PlaceBytes.number(bytes, q..<(q + r3))
                    guard isValid(day: third, month: second), !PlaceBytes.wordCharAt(bytes, q + r3) else { return nil }
                    if PlaceBytes.at(bytes, q + r3) == sep, PlaceBytes.isDigit(PlaceBytes.at(bytes, q + r3 + 1)) {
                        return nil
                    }
                    return start..<(q + r3)
                }
                guard (1...2).contains(run), let end = year(bytes, q, short: true) else { return nil }
                let dayMonth = isValid(day: first, month: second)
                let monthDay = isValid(day: second, month: first)
                guard dayMonth || monthDay else { return nil }
                return start..<end
            }
        }
        guard (1...2).contains(run) else { return nil }
        // "12-Mar-1990", "12/Mar/90", "12.Mar.1990"
        if sep == 0x2D || sep == 0x2F || (sep == 0x2E && PlaceBytes.isLetter(PlaceBytes.at(bytes, p + 1))),
            let (month, afterMonth) = monthName(bytes, p + 1), isValid(day: first, month: month)
        {
            var y = afterMonth
            if bytes[y - 1] != sep {
                guard PlaceBytes.at(bytes, y) == sep else { return nil }
                y += 1
            }
            guard let end = year(bytes, y, short: true) else { return nil }
            return start..<end
        }
        // "3 May 1990", "22nd of April 1972", "3. Mai 1990", "1er mai 1990", "3 de mayo de 1990".
        p = ordinal(bytes, p)
        var m = skipGap(bytes, p, comma: false)
        guard m > p || bytes[p - 1] == 0x2E else { return nil }
        m = skipLink(bytes, m)
        guard let (month, afterMonth) = monthName(bytes, m), isValid(day: first, month: month) else { return nil }
        let y = skipLink(bytes, skipGap(bytes, afterMonth))
        guard y > afterMonth || bytes[afterMonth - 1] == 0x2E, let end = year(bytes, y, short: false) else { return nil }
        return start..<end
    }
}

/// Dates of birth: a date right after words that say birth (born, DOB, date of birth, birthday,
/// geboren, Geburtsdatum, né le, née, nacido, fecha de nacimiento, geboortedatum, nato il…), or
/// right before "geboren"/"born" ("am 3. Mai 1990 geboren").
public struct DateOfBirthDetector: TextScanner {
    /// A date of birth detector.
    public init() {}

    /// Birth words; true for the verbs that may also follow the date.
    static let keywords: PlaceWordTable<Bool> = {
        let before = [
            "dob", "d.o.b", "birth", "birthday", "birthdate", "bday", "b-day", "birthdays", "geburtsdatum", "geburtstag",
            "geb", "né", "née", "nee", "naissance", "nacido", "nacida", "nací", "naci", "nacimiento", "cumpleaños",
            "geboortedatum", "verjaardag", "nato", "nata", "nascita", "compleanno", "anniversaire", "fdn", "b",
        ]
        let either = ["born", "geboren"]
        return PlaceWordTable(before.map { ($0, false) } + either.map { ($0, true) })
    }()

    /// Words that may stand between a birth word and the date.
    static let fillers: PlaceWordTable<Bool> = PlaceWordTable(
        [
            "is", "was", "on", "the", "am", "le", "el", "op", "il", "de", "of", "date", "datum", "ist", "war", "est", "es",
            "era", "è", "à", "a", "my", "mine", "me", "i", "im", "in", "both", "fecha", "data", "day",
            "dia", "día", "jour", "tag", "dag", "giorno", "du",
        ], true)

    /// Finds a date after a birth word and at most five filler words or punctuation marks, or a
    /// date right before "born" or "geboren"; dates do not overlap.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        guard PlaceTokens.hasDigit(text),
            var i = Self.keywords.firstWord(in: text.tokens, of: text.folded.bytes, from: 0)
        else { return }
        let t = PlaceTokens(text)
        var lastEnd = 0
        while i < t.count {
            guard t.tokens[i].kind == .word, let after = t.lookup(Self.keywords, i) else {
                guard let next = Self.keywords.firstWord(in: t.tokens, of: t.folded, from: i + 1) else { return }
                i = next
                continue
            }
            // "b." only as an abbreviation right before the date.
            if t.isWord(i, "b"), !(t.isPunct(i + 1, 0x2E) && t.adjacent(i)) {
                i += 1
                continue
            }
            if let range = forward(t, from: i + 1), range.lowerBound >= lastEnd {
                hits.append(ScanHit(range: range, entity: "DATE_OF_BIRTH"))
                lastEnd = range.upperBound
                i = t.tokenIndex(atOrAfter: range.upperBound)
                continue
            }
            if after, let range = backward(t, before: i), range.lowerBound >= lastEnd {
                hits.append(ScanHit(range: range, entity: "DATE_OF_BIRTH"))
                lastEnd = range.upperBound
            }
            i += 1
        }
    }

    /// A date after at most five filler tokens from token `j`.
    func forward(_ t: PlaceTokens, from j: Int) -> Range<Int>? {
        var k = j
        var skipped = 0
        while k < t.count, skipped <= 5 {
            let token = t.tokens[k]
            let digit = PlaceBytes.isDigit(t.folded[token.range.lowerBound])
            if token.kind == .number || digit || (token.kind == .word && t.lookup(CalendarDateParser.months, k) != nil) {
                if let range = CalendarDateParser.parse(t.bytes, at: t.origins[k].lowerBound) { return range }
            }
            if token.kind == .punctuation {
                let c = t.folded[token.range.lowerBound]
                // ':' '-' '(' '=' ',' '.' (after an abbreviation) may stand before the date.
                guard c == 0x3A || c == 0x2D || c == 0x28 || c == 0x3D || c == 0x2C || c == 0x2E || c == 0x27 else {
                    return nil
                }
            } else if t.lookup(Self.fillers, k) == nil, t.lookup(Self.keywords, k) == nil {
                return nil
            }
            skipped += 1
            k += 1
        }
        return nil
    }

    /// A date that ends right before token `i` (only spaces or a comma between), starting within
    /// the six tokens before it.
    func backward(_ t: PlaceTokens, before i: Int) -> Range<Int>? {
        guard i > 0 else { return nil }
        let keywordStart = t.origins[i].lowerBound
        var k = max(0, i - 7)
        while k < i {
            if let range = CalendarDateParser.parse(t.bytes, at: t.origins[k].lowerBound),
                CalendarDateParser.skipGap(t.bytes, range.upperBound) == keywordStart
            {
                return range
            }
            k += 1
        }
        return nil
    }
}
