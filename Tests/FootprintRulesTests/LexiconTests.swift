import Testing

@testable import FootprintRules
@testable import FootprintText

@Suite("Lexicon matching")
struct LexiconTests {
    private func spans(_ terms: [Term], views: [ViewKind] = [.folded], in text: String) throws -> [String] {
        let rule = Rule(
            id: "t/words", kind: .lexicon, category: .profanity, severity: .medium, confidence: 1, message: "{match}",
            views: views, terms: terms)
        let engine = try RuleEngine(rules: [rule], detectors: [:])
        let analyzed = try TextAnalyzer().analyze(text)
        return try engine.scan(analyzed).map(\.match)
    }

    @Test("terms match whole words only: Scunthorpe words stay quiet")
    func boundaries() throws {
        let terms = [Term(text: "cunt"), Term(text: "cock"), Term(text: "penis")]
        #expect(try spans(terms, in: "Scunthorpe, the cockpit, Penistone").isEmpty)
        #expect(try spans(terms, in: "what a COCK.") == ["COCK"])
    }

    @Test("multi-word terms need their words in a row")
    func multiWord() throws {
        let terms = [Term(text: "piss off")]
        #expect(try spans(terms, in: "just PISS   OFF now") == ["PISS   OFF"])
        #expect(try spans(terms, in: "piss, off").isEmpty)
    }

    @Test("a per-term severity overrides the rule's")
    func severity() throws {
        let rule = Rule(
            id: "t/words", kind: .lexicon, category: .profanity, severity: .medium, confidence: 1, message: "{match}",
            terms: [Term(text: "damn", severity: .low)])
        let engine = try RuleEngine(rules: [rule], detectors: [:])
        let found = try engine.scan(try TextAnalyzer().analyze("damn it"))
        #expect(found.map(\.severity) == [.low])
    }

    @Test("the same span found in several views is reported once, from the first view")
    func viewsDeduplicated() throws {
        let found = try spans([Term(text: "shit")], views: [.folded, .skeleton, .deobfuscated], in: "shit and ѕһіt and sh1t")
        #expect(found == ["shit", "ѕһіt", "sh1t"])
    }
}
