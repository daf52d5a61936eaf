import FootprintDetectors
import FootprintText
import Foundation
import Testing

@testable import FootprintRules

/// One example of one rule, as a test case of its own.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let rule: Rule
    let example: RuleExample
    var testDescription: String { "\(rule.id):\(example.line) \(example.text.debugDescription)" }
}

enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let loader = RuleLoader(
        knownDetectors: Set(BuiltinDetectors.all.keys), knownValidators: Set(BuiltinDetectors.validators.keys))

    /// The built-in packs and the engine's test fixtures (one rule of each kind and modifier).
    static let rules: [Rule] = {
        var rules: [Rule] = []
        for folder in ["Rules", "Tests/Fixtures/rules"] {
            if let packs = try? loader.loadPacks(at: root.appendingPathComponent(folder).path) {
                rules += packs.flatMap(\.rules)
            }
        }
        return rules
    }()

    static let engine: RuleEngine? = try? RuleEngine(
        rules: rules, detectors: BuiltinDetectors.all, validators: BuiltinDetectors.validators)

    static let cases: [ExampleCase] = rules.flatMap { rule in
        rule.examples.filter { !$0.isTodo }.map { ExampleCase(rule: rule, example: $0) }
    }
}

@Suite("Rule examples, one test case each")
struct RuleKindTests {
    @Test("the built-in packs and the fixtures load and compile")
    func compile() throws {
        #expect(Fixtures.rules.count >= 9)
        _ = try RuleEngine(rules: Fixtures.rules, detectors: BuiltinDetectors.all, validators: BuiltinDetectors.validators)
        #expect(Set(Fixtures.rules.map(\.kind)) == Set(RuleKind.allCases))
    }

    @Test("example behaves as written (plain, behind an emoji, with a zero-width space)", arguments: Fixtures.cases)
    func example(_ item: ExampleCase) throws {
        let engine = try #require(Fixtures.engine)
        let failure = try ExampleRunner(engine: engine).check(item.rule, item.example)
        #expect(failure == nil, "\(failure.map(String.init(describing:)) ?? "")")
    }

    @Test("known gaps stay todo until they work")
    func todos() throws {
        let engine = try #require(Fixtures.engine)
        let report = try ExampleRunner(engine: engine).run(pack: "kinds")
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.fixedTodos.isEmpty, "\(report.fixedTodos)")
        #expect(report.todo == 1)
    }

    @Test("a regex with catastrophic backtracking is stopped by the time limit, with a warning")
    func catastrophicRegex() throws {
        let rule = Rule(
            id: "t/slow", kind: .pattern, category: .privacy, severity: .low, confidence: 0.5, message: "{match}",
            pattern: PatternSpec(regex: "^(a+)+$"))
        let engine = try RuleEngine(rules: [rule], detectors: [:])
        let text = try FootprintText.TextAnalyzer().analyze(String(repeating: "a", count: 40) + "!")
        var collector = FindingCollector()
        let start = ContinuousClock.now
        try engine.scan(text, scratch: engine.makeScratch(), into: &collector)
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(collector.findings.isEmpty)
        #expect(collector.warnings.contains { $0.contains("time limit") })
    }

    @Test("an invalid regex is a located error")
    func invalidRegex() throws {
        let rule = Rule(
            id: "t/bad", kind: .pattern, category: .privacy, severity: .low, confidence: 0.5, message: "{match}",
            pattern: PatternSpec(regex: "(unclosed"), file: "bad.yml", locations: ["pattern": SourceLocation(line: 7, column: 10)]
        )
        #expect(throws: RuleErrors.self) { try RuleEngine(rules: [rule], detectors: [:]) }
        do {
            _ = try RuleEngine(rules: [rule], detectors: [:])
        } catch {
            #expect(
                error.errors.first?.description.hasPrefix(
                    "bad.yml:7:10: error: invalid regex: U_REGEX_MISMATCHED_PAREN at offset 9") == true)
        }
    }

    @Test("one term index serves every lexicon: a term shared by two rules is found for both")
    func sharedIndex() throws {
        let a = Rule(
            id: "t/a", kind: .lexicon, category: .profanity, severity: .low, confidence: 1, message: "{match}",
            terms: [Term(text: "heck")])
        let b = Rule(
            id: "t/b", kind: .lexicon, category: .hate, severity: .low, confidence: 1, message: "{match}",
            terms: [Term(text: "heck"), Term(text: "darn")])
        let engine = try RuleEngine(rules: [a, b], detectors: [:])
        let found = try engine.scan(try FootprintText.TextAnalyzer().analyze("heck and darn"))
        #expect(found.map(\.rule) == ["t/a", "t/b", "t/b"])
        #expect(engine.base.terms.tables.count == 1)
    }
}
