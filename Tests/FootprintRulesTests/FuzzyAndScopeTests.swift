import Testing

@testable import FootprintRules
@testable import FootprintText

/// Misspelt and glued terms, pronouns that refer back, negation and counter-speech around
/// proximity matches, and rules chosen by the post's language.
@Suite("Fuzzy terms and match scope")
struct FuzzyAndScopeTests {
    private static func known(_ words: [String]) -> KnownWords {
        KnownWords(path: "<test>", hashes: words.map { TermIndex.hash(Array($0.utf8)[...]) })
    }

    private func matches(_ rules: [Rule], _ text: String) throws -> [String] {
        let engine = try RuleEngine(rules: rules, detectors: [:])
        return try engine.scan(try TextAnalyzer().analyze(text)).map(\.match)
    }

    private func lexicon(_ terms: [String], fuzzy: FuzzySpec? = FuzzySpec(), views: [ViewKind] = [.folded]) -> Rule {
        Rule(
            id: "t/words", kind: .lexicon, category: .hate, severity: .high, confidence: 0.9, message: "{match}",
            views: views, terms: terms.map { Term(text: $0) }, fuzzy: fuzzy)
    }

    private func proximity(
        _ parts: [[String]], within: Int = 4, referBack: [String] = [], exceptions: [String] = [],
        unless: [UnlessCondition] = [], lists: UnlessLists = UnlessLists(), language: String? = nil, id: String = "t/near"
    ) -> Rule {
        Rule(
            id: id, kind: .proximity, category: .hate, severity: .high, confidence: 0.8, message: "{match}",
            exceptions: exceptions,
            proximity: ProximitySpec(
                parts: parts.map { $0.map { Term(text: $0) } }, within: within, referBack: referBack.map { Term(text: $0) }),
            unless: unless, unlessLists: lists, fuzzy: FuzzySpec(), language: language)
    }

    // MARK: Fuzzy

    @Test("the misspellings of a word: one letter missing, or two neighbours swapped")
    func misspellings() {
        let variants = Set(FuzzyMatcher.misspellings(of: Array("hate".utf8)).map { String(decoding: $0, as: UTF8.self) })
        #expect(variants.isSuperset(of: ["hat", "ate", "hae", "haet", "ahte", "htae"]))
        #expect(!variants.contains("hate"))
        #expect(FuzzyMatcher.misspellings(of: Array("gay".utf8)).isEmpty)
        #expect(!FuzzyMatcher.misspellings(of: Array("gay".utf8), minimum: 3).isEmpty)
    }

    @Test("words one edit apart, and words that are not")
    func oneEdit() {
        func apart(_ a: String, _ b: String) -> Bool { FuzzyMatcher.oneEditApart(Array(a.utf8)[...], Array(b.utf8)[...]) }
        #expect(apart("people", "peopel"))
        #expect(apart("lives", "livs"))
        #expect(apart("lives", "livess"))
        #expect(!apart("lives", "loves"))  // a changed letter is not a typo we read
        #expect(!apart("people", "peoples2"))
        #expect(!apart("ab", "ba"))
    }

    @Test("an English possessive is its noun")
    func possessive() {
        func stem(_ word: String) -> String? {
            FuzzyMatcher.possessiveStem(Array(word.utf8)[...]).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(stem("woman's") == "woman")
        #expect(stem("women\u{2019}s") == "women")
        #expect(stem("boss") == nil)
        #expect(stem("'s") == nil)
    }

    @Test("misspelt terms match, real words do not, and exact terms need no list")
    func typos() throws {
        let rule = lexicon(["hate", "vermin"], fuzzy: FuzzySpec(knownWords: Self.known(["hat", "hated"])))
        #expect(try matches([rule], "I haet them") == ["haet"])
        #expect(try matches([rule], "pure vremin") == ["vremin"])
        #expect(try matches([rule], "a verrmin swarm") == ["verrmin"])
        #expect(try matches([rule], "a nice hat").isEmpty)
        #expect(try matches([rule], "hate").count == 1)
        #expect(try matches([lexicon(["hate"], fuzzy: nil)], "haet").isEmpty)
        #expect(try matches([lexicon(["hate"], fuzzy: FuzzySpec(typos: false))], "haet").isEmpty)
    }

    @Test("glued words split next to a glue word or another term, not into any two words")
    func glued() throws {
        let rule = lexicon(["stab", "vermin", "gay", "death to", "queer"])
        #expect(try matches([rule], "stabthose people") == ["stab"])
        #expect(try matches([rule], "gayvermin").count == 2)
        #expect(try matches([rule], "deathto all") == ["deathto"])
        #expect(try matches([rule], "genderqueer pride").isEmpty)
        #expect(try matches([rule], "stabbing").isEmpty)
    }

    @Test("spaced letters ending at a full stop are joined, article and all")
    func spacedLetters() throws {
        let rule = lexicon(["die", "threat"], views: [.deobfuscated])
        #expect(try matches([rule], "they should d i e.") == ["d i e"])
        #expect(try matches([rule], "they are a t h r e a t to us").count == 1)
    }

    // MARK: Proximity scope

    @Test("a pronoun stands for a group named in the same or the next sentence, not further")
    func referBack() throws {
        let rule = proximity([["refugees"], ["vermin"]], referBack: ["they"])
        #expect(try matches([rule], "I met refugees. They are vermin.") == ["They are vermin"])
        #expect(try matches([rule], "I met refugees. Nice day. Sunny. They are vermin.").isEmpty)
        #expect(try matches([rule], "They are vermin.").isEmpty)
        #expect(try matches([rule], "he wrote \"refugees\". They are vermin.").isEmpty)
    }

    @Test("a negator between the parts makes the match quiet, one inside a part does not")
    func negationBetween() throws {
        let rule = proximity([["muslims"], ["vermin", "can't stand"]], unless: [.negated])
        #expect(try matches([rule], "muslims are not vermin").isEmpty)
        #expect(try matches([rule], "I really can't stand muslims") == ["can't stand muslims"])
        #expect(try matches([rule], "nothing but vermin, these muslims").count == 1)
    }

    @Test("counter-speech between the parts, or a quoted part, makes the match quiet")
    func counterSpeech() throws {
        let rule = proximity([["women"], ["pathetic"]], within: 6, unless: [.reported, .quoted])
        #expect(try matches([rule], "women are pathetic") == ["women are pathetic"])
        #expect(try matches([rule], "you said women like me were pathetic").isEmpty)
        #expect(try matches([rule], "\"women are pathetic\" is what he wrote").isEmpty)
    }

    @Test("a rule's own negators and counter-speech words add to the built-in ones")
    func ownLists() throws {
        let rule = proximity(
            [["frauen"], ["abschaum"]], unless: [.negated, .reported],
            lists: UnlessLists(negation: [Term(text: "kein")], counterBefore: [Term(text: "sagen")]))
        #expect(try matches([rule], "frauen sind abschaum") == ["frauen sind abschaum"])
        #expect(try matches([rule], "frauen sind kein abschaum").isEmpty)
        #expect(try matches([rule], "wer sagen kann frauen sind abschaum").isEmpty)
    }

    @Test("negation_after: a negator just after the match negates it, up to the next punctuation")
    func negationAfter() throws {
        let rule = proximity(
            [["frauen"], ["hasse"]], unless: [.negated],
            lists: UnlessLists(negation: [Term(text: "nicht")], negationAfter: 2))
        #expect(try matches([rule], "ich hasse frauen nicht.").isEmpty)
        #expect(try matches([rule], "ich hasse frauen, nicht nur heute") == ["hasse frauen"])
        #expect(try matches([rule], "ich hasse frauen") == ["hasse frauen"])
        let english = proximity([["women"], ["hate"]], unless: [.negated])
        #expect(try matches([english], "I hate women not men") == ["hate women"])
    }

    @Test("exceptions drop part terms inside them; the longest nested term is the part")
    func exceptionsAndNesting() throws {
        let rule = proximity([["disabled", "disabled person"], ["worth"]], exceptions: ["worth any less"])
        #expect(try matches([rule], "a disabled person is worth any less").isEmpty)
        #expect(try matches([rule], "no disabled person is worth saving") == ["disabled person is worth"])
    }

    // MARK: Languages

    @Test("a rule with a language runs on posts in that language, or on Latin posts nothing tells as English")
    func languages() throws {
        let german = proximity([["frauen"], ["abschaum"]], language: "de", id: "t/de")
        let english = proximity([["women"], ["scum"]], language: "en", id: "t/en")
        let engine = try RuleEngine(rules: [german, english], detectors: [:])
        func rules(_ text: String) throws -> [String] { try engine.scan(try TextAnalyzer().analyze(text)).map(\.rule) }
        #expect(try rules("die frauen sind abschaum") == ["t/de"])
        #expect(try rules("the women are scum") == ["t/en"])
        #expect(try rules("women scum") == ["t/en"])
        #expect(try rules("frauen abschaum").isEmpty)
        #expect(try rules("frauen abschaum, schöne grüße") == ["t/de"])  // ö: German
    }

    @Test("a scan for named rules runs them whatever the post's language (rule examples)")
    func onlyIgnoresLanguage() throws {
        let german = proximity([["frauen"], ["abschaum"]], language: "de", id: "t/de")
        let engine = try RuleEngine(rules: [german], detectors: [:])
        let found = try engine.scan(try TextAnalyzer().analyze("frauen abschaum"), only: ["t/de"])
        #expect(found.map(\.rule) == ["t/de"])
    }

    @Test("errors of rules compiled later are reported when the engine is made")
    func lazyErrors() throws {
        let bad = Rule(
            id: "t/re", kind: .pattern, category: .hate, severity: .high, confidence: 1, message: "x",
            pattern: PatternSpec(regex: "(unclosed"), language: "de")
        #expect(throws: RuleErrors.self) { _ = try RuleEngine(rules: [bad], detectors: [:]) }
    }

    @Test("scripts tell Arabic and Chinese posts")
    func scripts() {
        #expect(EngineLists.scripts(in: Array("أكره".utf8)) == ["ar"])
        #expect(EngineLists.scripts(in: Array("我恨".utf8)) == ["zh"])
        #expect(EngineLists.scripts(in: Array("plain".utf8)).isEmpty)
    }
}
