import Foundation
import Testing

@testable import Footprint
@testable import FootprintRules
@testable import FootprintScoring
@testable import FootprintText

/// The scoring file: the built-in model, a user's override, located errors, and the score's
/// properties under every built-in profile.
@Suite("Scoring model")
struct ScoringModelTests {
    static let builtin: ScoringModel = {
        // NOTE: a test failure, not a crash, when the file is broken: fall back to a bare model.
        let directory = RulesLocator.builtinRulesDirectory() ?? "Rules"
        return (try? Checker.scoringModel(rulesDirectory: directory, override: nil)) ?? ScoringModel()
    }()

    private static let position = TextPosition(scalar: 0, byte: 0, line: 1, column: 1)

    private func finding(_ rule: String, _ category: Category, _ severity: Severity, _ confidence: Double) -> Finding {
        Finding(
            rule: rule, category: category, entity: nil, severity: severity, confidence: confidence, messageTemplate: "",
            range: 0..<1, start: Self.position, end: Self.position, match: "x")
    }

    private func write(_ text: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scoring-\(UUID().uuidString).yml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("the built-in file has the seven profiles, rising cut points and its category words")
    func builtinModel() {
        let model = Self.builtin
        #expect(Set(model.profileNames) == Set(Configuration.profileNames))
        #expect(model.cutPoints.map(\.from) == [75, 50, 25, 0])
        #expect(model.severityWeights[.critical] == 1)
        #expect(model.categoryAdvice[.privacy]?.isEmpty == false)
        #expect(model.categoryReasons[.hate]?.isEmpty == false)
    }

    @Test("profiles extend others: healthcare keeps professional's weights and adds its own")
    func extends() throws {
        let model = Self.builtin
        let professional = try #require(model.profiles["professional"])
        let healthcare = try #require(model.profiles["healthcare"])
        let priv = try #require(model.profiles["private"])
        let pub = try #require(model.profiles["public"])
        #expect(
            healthcare.weight(rule: "profanity/common-swearing", category: .profanity)
                == professional.weight(rule: "profanity/common-swearing", category: .profanity))
        #expect(
            healthcare.weight(rule: "conduct/confidential-patient", category: .conduct)
                > professional.weight(rule: "conduct/confidential-patient", category: .conduct))
        #expect(priv.weight(rule: "profanity/x", category: .profanity) < pub.weight(rule: "profanity/x", category: .profanity))
        #expect(pub.weight(rule: "privacy/email-address", category: .privacy) == 1)
    }

    @Test("a rule's weight wins over its pack's, which wins over its category's")
    func ruleWeights() {
        let profile = Profile(
            name: "t", categoryWeights: [.conduct: 0.5], ruleWeights: ["conduct/*": 0.8, "conduct/confidential-patient": 1.6])
        #expect(profile.weight(rule: "conduct/confidential-patient", category: .conduct) == 1.6)
        #expect(profile.weight(rule: "conduct/drugs-alcohol", category: .conduct) == 0.8)
        #expect(profile.weight(rule: "mine/other", category: .conduct) == 0.5)
        #expect(profile.weight(rule: "mine/other", category: .hate) == 1)
    }

    @Test("a user's scoring file overrides entries one by one and may add profiles")
    func override() throws {
        let file = try write(
            """
            bands: {critical: 90}
            profiles:
              newsroom:
                extends: professional
                categories: {misinformation: 2}
            """)
        let directory = try #require(RulesLocator.builtinRulesDirectory())
        let model = try Checker.scoringModel(rulesDirectory: directory, override: file)
        #expect(model.cutPoints.map(\.from) == [90, 50, 25, 0])
        #expect(model.profiles["newsroom"]?.weight(rule: "misinformation/x", category: .misinformation) == 2)
        #expect(
            model.profiles["newsroom"]?.weight(rule: "profanity/x", category: .profanity)
                == model.profiles["professional"]?.weight(rule: "profanity/x", category: .profanity))
        #expect(model.profiles["legal"] != nil)
    }

    @Test(
        "a broken scoring file is a located error",
        arguments: [
            ("bands: {high: 10}\n", "band cut points must rise"),
            ("bands: {low: 5}\n", ":1:9: error: unknown band 'low'"),
            ("severity: {low: 2}\n", ":1:17: error: 'severity.low' must be a number from 0.0 to 1.0"),
            ("severity: {low: 0.9}\n", "severity weights must not decrease"),
            ("profiles:\n  a: {extends: nobody}\n", ":2:3: error: profile 'a' extends unknown profile 'nobody'"),
            ("profiles:\n  a: {extends: b}\n  b: {extends: a}\n", "extends itself"),
            ("profiles:\n  a: {rules: {swearing: 1}}\n", ":2:15: error: 'swearing' is not a rule id"),
            ("profiles:\n  a: {colour: red}\n", ":2:7: error: unknown key 'colour'"),
            ("weights: {}\n", ":1:1: error: unknown key 'weights'"),
        ])
    func errors(text: String, expected: String) throws {
        let file = try write(text)
        let directory = try #require(RulesLocator.builtinRulesDirectory())
        do {
            _ = try Checker.scoringModel(rulesDirectory: directory, override: file)
            Issue.record("loaded: \(text)")
        } catch {
            #expect(error.errors.contains { $0.description.contains(expected) }, "\(error)")
        }
    }

    @Test("under every built-in profile: bounded, order-independent, monotone; a rule counts once")
    func properties() {
        let model = Self.builtin
        let rules = [
            ("privacy/street-address", Category.privacy), ("hate/slurs", .hate), ("profanity/common-swearing", .profanity),
            ("conduct/confidential-patient", .conduct), ("misinformation/health-cure", .misinformation),
            ("harassment/insult", .harassment), ("conduct/political-activity", .conduct),
        ]
        var generator = SystemRandomNumberGenerator()
        for name in model.profileNames {
            guard let profile = model.profiles[name] else { continue }
            let scorer = Scorer(profile: profile, model: model)
            for _ in 0..<200 {
                let findings = (0..<Int.random(in: 0..<10, using: &generator)).map { _ in
                    let (rule, category) = rules.randomElement(using: &generator) ?? rules[0]
                    return finding(
                        rule, category, Severity.allCases.randomElement(using: &generator) ?? .low,
                        Double.random(in: 0...1, using: &generator))
                }
                let a = scorer.assess(id: nil, findings: findings)
                #expect((0...100).contains(a.score), "\(name)")
                #expect(scorer.assess(id: nil, findings: findings.shuffled(using: &generator)).score == a.score, "\(name)")
                let (rule, category) = rules.randomElement(using: &generator) ?? rules[0]
                let more = scorer.assess(id: nil, findings: findings + [finding(rule, category, .high, 0.9)])
                #expect(more.score >= a.score, "\(name)")
                if let first = findings.first {
                    #expect(scorer.assess(id: nil, findings: findings + [first, first]).score == a.score, "\(name)")
                }
            }
        }
    }

    @Test("the summary names the heaviest reasons, each once, with the band; advice comes per finding")
    func summary() {
        let scorer = Scorer(profile: Self.builtin.profiles["public"] ?? .public, model: Self.builtin)
        var home = finding("privacy/travel-absence", .privacy, .high, 0.9)
        home.reason = "says when the home is empty"
        home.advice = "post it after you are back"
        var address = finding("privacy/street-address", .privacy, .high, 0.85)
        address.reason = "shares a street address"
        let swearing = finding("profanity/common-swearing", .profanity, .low, 0.5)
        let a = scorer.assess(id: nil, findings: [swearing, address, home, home])
        #expect(
            a.summary
                == "\(a.band.rawValue): says when the home is empty (privacy), shares a street address (privacy) and swearing (profanity)"
        )
        #expect(a.advice.count == 4)
        #expect(a.advice[2] == "post it after you are back")
        #expect(a.advice[0] == Self.builtin.categoryAdvice[.profanity])
        #expect(scorer.assess(id: nil, findings: []).summary.isEmpty)
    }
}
