import Footprint
import FootprintRules
import Foundation
import Testing

@testable import FootprintDetectors
@testable import FootprintText

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite("People lexicons: given names and context words")
struct PeopleLexiconTests {
    /// The Swift table generated from the two name lists, as the generator writes it.
    static func generatedTable() throws -> String {
        let analyzer = try TextAnalyzer()
        func read(_ name: String) throws -> [String] {
            let url = packageRoot.appendingPathComponent("Rules/privacy/lexicons/\(name)")
            return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
                return try analyzer.analyze(trimmed).folded.string
            }
        }
        func sorted(_ names: Set<String>) -> [String] {
            names.sorted { $0.unicodeScalars.map(\.value).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
        }
        func block(_ words: [String]) -> String {
            var lines: [String] = []
            var line = ""
            for word in words {
                if !line.isEmpty, line.unicodeScalars.count + 1 + word.unicodeScalars.count > 110 {
                    lines.append(line)
                    line = word
                } else {
                    line = line.isEmpty ? word : line + " " + word
                }
            }
            if !line.isEmpty { lines.append(line) }
            return lines.map { "        " + $0 }.joined(separator: "\n")
        }
        let ambiguous = Set(try read("people-ambiguous-names.txt"))
        let places = Set(try read("people-place-names.txt"))
        // Brands are matched token by token: "harley-davidson" → "harley_-_davidson".
        let brands = Set(
            try read("people-not-names.txt").map { phrase in
                let analyzed = try analyzer.analyze(phrase)
                return analyzed.tokens.map { analyzed.text(of: $0, in: analyzed.folded) }.joined(separator: "_")
            })
        let given = Set(try read("given-names.txt")).union(ambiguous).union(places)
        return """
            // Generated from Rules/privacy/lexicons/given-names.txt, people-ambiguous-names.txt,
            // people-place-names.txt and people-not-names.txt by
            // `FOOTPRINT_RECORD=1 swift test --filter PeopleLexiconTests`; do not edit by hand.

            extension PeopleNames {
                /// Every given name, folded, separated by spaces.
                static let given = \"\"\"
            \(block(sorted(given)))
                    \"\"\"

                /// Given names that are also common words: names only in name position.
                static let ambiguous = \"\"\"
            \(block(sorted(ambiguous)))
                    \"\"\"

                /// Given names that are also places: names only after a greeting, a relation or a name verb.
                static let places = \"\"\"
            \(block(sorted(places)))
                    \"\"\"

                /// Brands, landmarks and figures that start with a given name, their tokens joined by "_".
                static let notNames = \"\"\"
            \(block(sorted(brands)))
                    \"\"\"
            }

            """
    }

    @Test("the generated name table matches the name lists (FOOTPRINT_RECORD=1 rewrites it)")
    func tableIsFresh() throws {
        let url = packageRoot.appendingPathComponent("Sources/FootprintDetectors/PeopleNameTable.swift")
        let expected = try Self.generatedTable()
        if ProcessInfo.processInfo.environment["FOOTPRINT_RECORD"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let current = try String(contentsOf: url, encoding: .utf8)
        #expect(
            current == expected, "PeopleNameTable.swift is stale: run FOOTPRINT_RECORD=1 swift test --filter PeopleLexiconTests")
    }

    @Test("a few thousand given names across languages; common words and places are marked ambiguous")
    func names() {
        #expect(PeopleNames.table.count > 4000)
        for name in ["anna", "jürgen", "françois", "sanne", "lucía", "giulia", "mohammed", "siobhan"] {
            #expect(PeopleNames.lookup(WordHash.of(name)) == .name, "\(name)")
        }
        for name in ["will", "may", "grace", "mark", "rosa", "domingo"] {
            #expect(PeopleNames.lookup(WordHash.of(name)) == .word, "\(name)")
        }
        for name in ["paris", "sydney", "orlando"] {
            #expect(PeopleNames.lookup(WordHash.of(name)) == .place, "\(name)")
        }
        for word in ["happy", "new", "the", "monday"] {
            #expect(PeopleNames.lookup(WordHash.of(word)) == nil, "\(word)")
        }
    }

    @Test("every context word and phrase is written the way the folded view reads it")
    func folded() throws {
        let analyzer = try TextAnalyzer()
        let words =
            WordTable.words(of: PeopleLexicon.lists) + PhraseTable.words(of: AbsenceFinder.coreLists)
            + PhraseTable.words(of: AbsenceFinder.nobodyLists) + PhraseTable.words(of: AbsenceFinder.homeLists)
            + PhraseTable.words(of: Disclosure.homeLists)
        for word in words {
            let folded = try analyzer.analyze(word)
            #expect(folded.folded.string == word, "\(word) folds to \(folded.folded.string)")
            #expect(folded.tokens.count == 1, "\(word) is \(folded.tokens.count) tokens")
        }
    }

    @Test("the typographic apostrophe reads as a straight one; possessives and elisions keep their stem")
    func shapes() throws {
        let text = try TextAnalyzer().analyze("Jane’s l'école Nobody’s")
        let w = Words(text, table: PeopleLexicon.table)
        #expect(w.hash[2] == WordHash.of("nobody's"))
        #expect(w.stem(0) == WordHash.of("jane"))
        #expect(w.shape[0].contains(.possessive) && w.shape[0].contains(.titleCase))
        #expect(w.stem(1) == WordHash.of("école"))
        #expect(text.text(of: w.stemRange(1, 1)) == "école")
        let contraction = Words(try TextAnalyzer().analyze("we're"), table: PeopleLexicon.table)
        #expect(!contraction.shape[0].contains(.elided))
    }
}

@Suite("PersonDetector: names in name position or next to personal data")
struct PersonDetectorTests {
    @Test(
        "names with their context, in five languages",
        arguments: [
            DetectorCase("Call Melanie at 415-555-0132 if you see my dog", "Melanie"),
            DetectorCase("Breanna Mcclain just texted me from 206.555.0175", "Breanna Mcclain"),
            DetectorCase("Pick up moved to 2:30, Adam will be at the front", "Adam"),
            DetectorCase("Hey Amanda, my DOB is Jan 12 1957", "Amanda"),
            DetectorCase("Mail me the check: Mary Lewis, 4007 Cohen Ct", "Mary Lewis"),
            DetectorCase("me and Daniel both born 1957-02-13", "Daniel"),
            DetectorCase("New phone, same me. 503.555.0199 - save it Steven!", "Steven"),
            DetectorCase("my neighbour Jane Smith's number is 555-0100", "Jane Smith"),
            DetectorCase("Mrs. Shelly Valdez MD just texted me", "Mrs. Shelly Valdez MD"),
            DetectorCase("Contact Pieter de Vries at pieter@example.nl", "Pieter de Vries"),
            DetectorCase("Danke an Lukas, seine Nummer ist 0170 1234567", "Lukas"),
            DetectorCase("Annas Nummer ist 0170 1234567", "Anna"),
            DetectorCase("Merci Julien ! Mon numéro : 06 12 34 56 78", "Julien"),
            DetectorCase("Bedankt Sanne, mijn nummer is 06-12345678", "Sanne"),
            DetectorCase("Gracias Lucía, mi número es 612 345 678", "Lucía"),
            DetectorCase("Llama a Pablo al 612 345 678", "Pablo"),
            DetectorCase("thank you so much Grace!", "Grace"),
            DetectorCase("Will, can you text me?", "Will"),
            DetectorCase("Sophie Müller-Lang wohnt jetzt in der Lindenstraße 12", "Sophie Müller-Lang"),
        ])
    func names(_ item: DetectorCase) throws {
        #expect(try scanned(PersonDetector(), item.text) == item.expected)
    }

    @Test(
        "streets, places, schools, pets, months and common words are not people",
        arguments: [
            "Finally moved in! New address is 853 Sarah Way, Jacobberg, DE 21347",
            "Lost wallet near West Anthony, it had my passport 534893881",
            "Pick up at Jordan High School got moved, call 555-0100",
            "if you find my dog call 555-0100, he answers to Max",
            "my DOB is Jan 12 1957 and May 3 is the party",
            "Will you be there tomorrow?",
            "Grace period ends on the 12th, card 4111 1111 1111 1111",
            "Happy New Year everyone",
            "Paris is lovely, see you Monday",
            "Olivia Rodrigo's new album is out",
            "Taylor Swift tickets went on sale at 10am",
            "follow @Anna and #Sophie for updates",
            "we loved Orlando, 10/10 would go again",
            "send it to 8 avenue Foch, 75008 Paris",
            "Tim Hortons run, my card 4539 1488 0343 6467 got declined",
            "Harley-Davidson for sale, text 555-123-4567",
            "Calvin Klein order 987654321 arrived",
        ])
    func nearMisses(_ text: String) throws {
        #expect(try scanned(PersonDetector(), text).isEmpty)
    }
}

@Suite("SchoolDetector: name-first and school-word-first names")
struct SchoolDetectorTests {
    @Test(
        "schools per country",
        arguments: [
            DetectorCase("Our kid starts at Fischer Elementary School tomorrow", "Fischer Elementary School"),
            DetectorCase("Pick up at Delgado Elementary got moved", "Delgado Elementary"),
            DetectorCase("Kim made honor roll at Park Montessori Academy!", "Park Montessori Academy"),
            DetectorCase("Pick up at New Jennifertown High School moved", "New Jennifertown High School"),
            DetectorCase("our son starts at Lincoln High in the fall", "Lincoln High"),
            DetectorCase("Abholung an der Grundschule am Rosenhügel um 14 Uhr", "Grundschule am Rosenhügel"),
            DetectorCase("Emma hat eine Auszeichnung am Goethe-Gymnasium bekommen", "Goethe-Gymnasium"),
            DetectorCase("unsere Tochter geht jetzt auf die Lessingschule", "Lessingschule"),
            DetectorCase("Louise au lycée Saint-Exupéry", "lycée Saint-Exupéry"),
            DetectorCase("la sortie de l'école Jean Moulin", "école Jean Moulin"),
            DetectorCase("ophalen bij basisschool De Vlinder", "basisschool De Vlinder"),
            DetectorCase("mi hija va al Colegio San José", "Colegio San José"),
            DetectorCase("matrícula de honor en el IES Miguel de Cervantes", "IES Miguel de Cervantes"),
            DetectorCase("Westview High School's graduation", "Westview High School"),
            DetectorCase("drop-off at St. Mary's Primary is at 8:15", "St. Mary's Primary"),
        ])
    func schools(_ item: DetectorCase) throws {
        #expect(try scanned(SchoolDetector(), item.text) == item.expected)
    }

    @Test(
        "generic schools and school words without a name stay quiet",
        arguments: [
            "high school was a long time ago", "Sunday School starts at ten", "Lincoln High is on the news tonight",
            "the Middle School reunion", "Back To School sale", "he went to driving school",
            "die Musikschule hat neue Kurse", "Summer School enrolment is open",
        ])
    func nearMisses(_ text: String) throws {
        #expect(try scanned(SchoolDetector(), text).isEmpty)
    }
}

@Suite("TravelAbsenceDetector: the phrase that says a home is empty")
struct TravelAbsenceDetectorTests {
    @Test(
        "absence phrases with their subject and time, in five languages",
        arguments: [
            DetectorCase("flight leaves at 6am, house is empty until Wednesday", "house is empty until Wednesday"),
            DetectorCase("heading to Maui ✈️ nobody's home till the 25th", "nobody's home till the 25th"),
            DetectorCase("Orlando here we come, the whole family is away for 10 days", "the whole family is away for 10 days"),
            DetectorCase("Cabo here we come, we'll be gone for two whole weeks", "we'll be gone for two whole weeks"),
            DetectorCase("flight leaves at 6am, won't be back until November 23", "won't be back until November 23"),
            DetectorCase("Vegas here we come, away all of next week", "away all of next week"),
            DetectorCase("Cancun here we come, out of town until Sunday", "out of town until Sunday"),
            DetectorCase("we'll be away from Friday to Sunday", "we'll be away from Friday to Sunday"),
            DetectorCase("Family trip to Rome, back on March 12", "back on March 12"),
            DetectorCase("das Haus steht bis Sonntag leer", "das Haus steht bis Sonntag leer"),
            DetectorCase("die ganze Familie ist 10 Tage weg", "die ganze Familie ist 10 Tage weg"),
            DetectorCase("Bis zum 15. August ist niemand zu Hause", "Bis zum 15. August ist niemand zu Hause"),
            DetectorCase("wir sind erst am 23. November zurück", "wir sind erst am 23. November zurück"),
            DetectorCase("Sind ab Samstag für 10 Tage verreist", "Sind ab Samstag für 10 Tage verreist"),
            DetectorCase("la maison est vide jusqu'à dimanche", "la maison est vide jusqu'à dimanche"),
            DetectorCase("personne à la maison jusqu'au 20 juillet", "personne à la maison jusqu'au 20 juillet"),
            DetectorCase("on est absents toute la semaine prochaine", "on est absents toute la semaine prochaine"),
            DetectorCase("het huis is leeg tot zondag", "het huis is leeg tot zondag"),
            DetectorCase("Niemand thuis de komende twee weken", "Niemand thuis de komende twee weken"),
            DetectorCase("we zijn pas op 23 november terug", "we zijn pas op 23 november terug"),
            DetectorCase("la casa está vacía hasta el domingo", "la casa está vacía hasta el domingo"),
            DetectorCase("toda la familia estará fuera 10 días", "toda la familia estará fuera 10 días"),
            DetectorCase("no volvemos hasta el 23 de noviembre", "no volvemos hasta el 23 de noviembre"),
            DetectorCase("Off to Bali for 10 days, see you soon", "Off to Bali for 10 days"),
            DetectorCase("We're in Italy until the 3rd", "We're in Italy until the 3rd"),
            DetectorCase("On est en Grèce jusqu'au 20 juillet", "On est en Grèce jusqu'au 20 juillet"),
        ])
    func absences(_ item: DetectorCase) throws {
        #expect(try scanned(TravelAbsenceDetector(), item.text) == item.expected)
    }

    @Test(
        "away games, giveaways, roads and plain returns stay quiet",
        arguments: [
            "The away team won 3-1 on Sunday", "Give away: two tickets for next week", "I'll answer right away",
            "back on the menu next week", "de weg is tot zondag afgesloten", "we're away",
            "the store is closed until Monday", "far away for two weeks of my life I dreamed",
            "I was in Paris for two weeks last year", "Meet me at Starbucks until 5", "Going to Target for 10 minutes",
        ])
    func nearMisses(_ text: String) throws {
        #expect(try scanned(TravelAbsenceDetector(), text).isEmpty)
    }
}

@Suite("TimePhrase: the time of an absence")
struct TimePhraseTests {
    @Test(
        "time expressions end where they should",
        arguments: [
            DetectorCase("until Sunday night", "until Sunday night"),
            DetectorCase("till the 25th", "till the 25th"),
            DetectorCase("for two whole weeks", "for two whole weeks"),
            DetectorCase("for a couple of weeks", "for a couple of weeks"),
            DetectorCase("all of next week", "all of next week"),
            DetectorCase("bis zum 18. Mai", "bis zum 18. Mai"),
            DetectorCase("jusqu'au 3 mai", "jusqu'au 3 mai"),
            DetectorCase("tot en met 14 juli", "tot en met 14 juli"),
            DetectorCase("hasta el próximo domingo", "hasta el próximo domingo"),
            DetectorCase("la semana que viene", "la semana que viene"),
            DetectorCase("from 3/5 to 10/5", "from 3/5 to 10/5"),
        ])
    func times(_ item: DetectorCase) throws {
        let text = try TextAnalyzer().analyze(item.text)
        let w = Words(text, table: PeopleLexicon.table)
        let end = try #require(TimePhrase.match(w, at: 0))
        #expect([text.text(of: w.range(0, end))] == item.expected)
    }

    @Test("a week, a number or a weekday alone is no time of absence", arguments: ["week", "the week", "42", "until"])
    func notTimes(_ text: String) throws {
        let w = Words(try TextAnalyzer().analyze(text), table: PeopleLexicon.table)
        #expect(TimePhrase.match(w, at: 0) == nil)
    }
}

@Suite("Disclosure detectors: home, child, other people's data")
struct DisclosureDetectorTests {
    @Test(
        "the author says where they live, before an address",
        arguments: [
            DetectorCase("I live at 3330 Brown Road, West Markshire", "I live at"),
            DetectorCase("New address is 853 Sarah Way, Jacobberg", "New address is"),
            DetectorCase("ich wohne in der Lindenstraße 4", "ich wohne in"),
            DetectorCase("j'habite au 12 rue des Lilas", "j'habite"),
            DetectorCase("vivo en la calle Mayor 5", "vivo en"),
            DetectorCase("I live in Berlin since 2019"),
            DetectorCase("my address is on the invoice"),
        ])
    func home(_ item: DetectorCase) throws {
        #expect(try scanned(HomeDisclosureDetector(), item.text) == item.expected)
    }

    @Test(
        "a child's school, age or name",
        arguments: [
            DetectorCase("Our kid starts at Fischer Elementary School tomorrow!!", "Our kid starts at Fischer Elementary School"),
            DetectorCase("Pick up at Delgado Elementary got moved to 2:30", "Delgado Elementary"),
            DetectorCase("my daughter is 7 years old", "my daughter is 7 years old"),
            DetectorCase("mi hijo empieza en el Colegio Santa Teresa", "mi hijo empieza en el Colegio Santa Teresa"),
            DetectorCase("my daughter loves pizza"),
            DetectorCase("Fischer Elementary School won the game"),
        ])
    func child(_ item: DetectorCase) throws {
        #expect(try scanned(ChildDisclosureDetector(), item.text) == item.expected)
    }

    @Test(
        "a person next to their data; the author's own data does not count",
        arguments: [
            DetectorCase("Call Melanie at 415-555-0132 if you find my keys", "Melanie"),
            DetectorCase("text my sister Olivia on 0412 345 678", "Olivia"),
            DetectorCase("Camille Dubois habite au 12 rue des Lilas", "Camille Dubois"),
            DetectorCase("Kim made honor roll at Park Montessori Academy!", "Kim"),
            DetectorCase("my neighbour Jane Smith's number is on the fridge", "Jane Smith"),
            DetectorCase("Send it to GB13 LUWV 7495 0063 5395 66 (that's my account) thanks Mark!"),
            DetectorCase("Hey Amanda, my DOB is Jan 12 1957"),
            DetectorCase("Call Melanie tomorrow about the party"),
        ])
    func otherPerson(_ item: DetectorCase) throws {
        #expect(try scanned(OtherPersonDetector(), item.text) == item.expected)
    }
}

@Suite("Redactor: masks with every other byte unchanged")
struct RedactorTests {
    private func finding(_ text: [UInt8], _ match: String, entity: String?, category: FootprintRules.Category = .privacy)
        -> Finding
    {
        let needle = Array(match.utf8)
        var start = 0
        while !text[start..<(start + needle.count)].elementsEqual(needle) { start += 1 }
        let position = TextPosition(scalar: start, byte: start, line: 1, column: start + 1)
        return Finding(
            rule: "t/rule", category: category, entity: entity, severity: .medium, confidence: 1, messageTemplate: "{match}",
            range: start..<(start + needle.count), start: position, end: position, match: match)
    }

    @Test("each entity becomes its mask; a card keeps its last four digits")
    func masks() {
        let text = Array("mail jane@example.com or pay 4539 1488 0343 6467 now".utf8)
        let findings = [
            finding(text, "jane@example.com", entity: "EMAIL"), finding(text, "4539 1488 0343 6467", entity: "CREDIT_CARD"),
        ]
        #expect(
            String(decoding: Redactor.redact(text: text, findings: findings), as: UTF8.self)
                == "mail [EMAIL] or pay [CREDIT_CARD ••••6467] now")
    }

    @Test("overlapping findings are one mask, named by the longest; findings without an entity stay")
    func overlaps() {
        let text = Array("write to Jane Smith, 12 Oak Lane, Leeds".utf8)
        let findings = [
            finding(text, "Jane Smith", entity: "PERSON"), finding(text, "Smith, 12 Oak Lane, Leeds", entity: "STREET_ADDRESS"),
            finding(text, "write to", entity: nil), finding(text, "Leeds", entity: "X", category: .profanity),
        ]
        #expect(
            String(decoding: Redactor.redact(text: text, findings: findings), as: UTF8.self)
                == "write to [STREET_ADDRESS]")
    }

    @Test("no findings: the very same bytes, invalid sequences and NULs included")
    func untouched() {
        let text: [UInt8] = [0x61, 0x00, 0xEF, 0xBF, 0xBD, 0x0A, 0x62]
        #expect(Redactor.redact(text: text, findings: []) == text)
    }
}

@Suite("People detectors on random word soup")
struct PeopleRobustnessTests {
    /// A small deterministic generator (SplitMix64).
    struct Mix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test("posts made of the detectors' own words, names, numbers and punctuation: no crash, spans inside the text")
    func soup() throws {
        let lexicon = WordTable.words(of: PeopleLexicon.lists) + PhraseTable.words(of: AbsenceFinder.coreLists)
        let vocabulary =
            lexicon + lexicon.map(\.capitalized)
            + [
                "Anna", "Jane", "Smith", "Will", "May", "Lincoln", "Elementary", "School", "Grundschule", "12", "3rd", "18.",
                "555-0100", ",", ".", "!", "?", "-", "'s", ":", "(", ")", "✈️", "👩‍👩‍👧", "\n", "jane@example.com", "#tag", "@anna",
                "’",
            ]
        let detectors: [any TextScanner] = [
            PersonDetector(), SchoolDetector(), TravelAbsenceDetector(), HomeDisclosureDetector(), ChildDisclosureDetector(),
            OtherPersonDetector(),
        ]
        let analyzer = try TextAnalyzer()
        var mix = Mix(state: 42)
        for _ in 0..<1500 {
            var post = ""
            for _ in 0..<(1 + mix.next(24)) {
                post += vocabulary[mix.next(vocabulary.count)]
                post += mix.next(5) == 0 ? "" : " "
            }
            let text = try analyzer.analyze(post)
            for detector in detectors {
                var hits: [ScanHit] = []
                detector.scan(text, into: &hits)
                for hit in hits {
                    #expect(hit.range.lowerBound >= 0 && hit.range.upperBound <= text.bytes.count && !hit.range.isEmpty)
                    #expect(text.bytes[hit.range.lowerBound] & 0xC0 != 0x80, "\(post.debugDescription)")
                }
            }
        }
    }
}
