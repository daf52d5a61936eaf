import Testing

@testable import FootprintRules
@testable import FootprintText

/// Lexicon rules on the domains of links, rules limited to headline-shaped text, and terms that
/// only count in capitals.
@Suite("Links, shapes and capitals")
struct LinkAndShapeTests {
    private func matches(_ rule: Rule, _ text: String) throws -> [String] {
        let engine = try RuleEngine(rules: [rule], detectors: [:])
        return try engine.scan(try TextAnalyzer().analyze(text)).map(\.match)
    }

    private func domains(_ terms: [String]) -> Rule {
        Rule(
            id: "t/links", kind: .lexicon, category: .misinformation, severity: .high, confidence: 0.85, message: "{match}",
            terms: terms.map { Term(text: $0) }, target: .domains)
    }

    @Test("a listed domain matches its links and subdomains, not look-alikes, e-mail or mentions")
    func domainMatches() throws {
        let rule = domains(["rumours.example", "https://www.Gossip.news/"])
        #expect(try matches(rule, "see https://www.rumours.example/a/b?c=1 now") == ["rumours.example"])
        // The span is the listed domain inside the link.
        #expect(try matches(rule, "see http://news.rumours.example") == ["rumours.example"])
        #expect(try matches(rule, "bare gossip.news/story and www.Gossip.news") == ["gossip.news", "Gossip.news"])
        #expect(try matches(rule, "https://notrumours.example/ and https://rumours.example.org/").isEmpty)
        #expect(try matches(rule, "write to editor@rumours.example or @someone@rumours.example").isEmpty)
        #expect(try matches(rule, "https://user:pw@rumours.example:8080/x") == ["rumours.example"])
    }

    @Test("a listed path matches only under that path, on a segment boundary")
    func domainPaths() throws {
        let rule = domains(["social.test/badpage"])
        #expect(try matches(rule, "https://social.test/badpage/posts/1") == ["social.test/badpage"])
        #expect(try matches(rule, "https://m.social.test/BadPage?x=1") == ["social.test/BadPage"])
        #expect(try matches(rule, "https://social.test/badpages/1 https://social.test/other").isEmpty)
        #expect(try matches(rule, "https://social.test/").isEmpty)
    }

    @Test("'!host' keeps a subdomain from matching its listed parent")
    func domainExclusions() throws {
        let rule = domains(["mixed.test", "!good.mixed.test"])
        #expect(try matches(rule, "https://good.mixed.test/a").isEmpty)
        #expect(try matches(rule, "https://www.good.mixed.test/a").isEmpty)
        #expect(try matches(rule, "https://bad.mixed.test/a") == ["mixed.test"])
        #expect(DomainTable.split("!good.mixed.test")?.excluded == true)
        #expect(DomainTable.split("not a domain") == nil)
        #expect(DomainTable.split("localhost") == nil)
        #expect(DomainTable.split("-bad.test") == nil)
    }

    @Test(
        "headline shape: one line, one sentence, its longer words capitalized, not all capitals",
        arguments: [
            ("Seven Ways To Make Your Garden Grow", true),
            ("Council Approves New Budget For Schools https://news.example/x", true),
            ("Sri Lanka Says Rebel Leader Has Died", true),
            ("🔥 Scientists Stunned By What They Found!", true),
            ("went to the beach today with my friends", false),
            ("Seven Ways To Grow\nMore Tomatoes This Summer", false),
            ("Great Game Tonight. Amazing Crowd Everywhere.", false),
            ("THEY ARE LYING ABOUT THE WATER", false),
            ("Hello World", false),
        ])
    func headlineShape(text: String, expected: Bool) throws {
        #expect(try TextAnalyzer().analyze(text).has(.headline) == expected)
    }

    @Test("a rule with a shape runs only on text of that shape")
    func shapedRule() throws {
        let rule = Rule(
            id: "t/you", kind: .lexicon, category: .misinformation, severity: .low, confidence: 0.4, message: "{match}",
            terms: [Term(text: "you")], shape: .headline)
        #expect(try matches(rule, "This Lamp Will Change How You Read") == ["You"])
        #expect(try matches(rule, "thank you for coming tonight").isEmpty)
    }

    @Test("an uppercase rule reports only matches written in capitals, mathematical bold included")
    func uppercaseTerms() throws {
        let rule = Rule(
            id: "t/alert", kind: .lexicon, category: .misinformation, severity: .low, confidence: 0.4, message: "{match}",
            views: [.folded, .skeleton], terms: [Term(text: "breaking")], uppercase: true)
        #expect(try matches(rule, "BREAKING: the dam burst") == ["BREAKING"])
        #expect(try matches(rule, "𝗕𝗥𝗘𝗔𝗞𝗜𝗡𝗚 the dam burst") == ["𝗕𝗥𝗘𝗔𝗞𝗜𝗡𝗚"])
        #expect(try matches(rule, "breaking news from the match, Breaking Bad").isEmpty)
    }

    @Test("a post that is one quotation and nothing else is not 'quoted': the author says it")
    func wholePostQuotation() {
        func one(_ text: String) -> Bool { Quotation.isOneQuotation(Array(text.utf8)) }
        #expect(one("\"garlic cures the flu\""))
        #expect(one("  \u{201C}garlic cures the flu\u{201D}. "))
        #expect(!one("she said \"garlic cures the flu\" and laughed"))
        #expect(!one("\"garlic\" cures \"flu\""))
        #expect(!one("garlic cures the flu"))
        #expect(Quotation.isQuoted(10..<17, in: Array("she said \"garlic cures\" lol".utf8)))
        #expect(!Quotation.isQuoted(1..<7, in: Array("\"garlic cures\"".utf8)))
    }
}
