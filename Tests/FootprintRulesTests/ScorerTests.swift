import Testing

@testable import FootprintRules
@testable import FootprintScoring
@testable import FootprintText

@Suite("Scoring")
struct ScorerTests {
    private static let position = TextPosition(scalar: 0, byte: 0, line: 1, column: 1)

    private func finding(_ rule: String, _ category: Category, _ severity: Severity, _ confidence: Double, at offset: Int = 0)
        -> Finding
    {
        Finding(
            rule: rule, category: category, entity: nil, severity: severity, confidence: confidence, messageTemplate: "",
            range: offset..<(offset + 1), start: Self.position, end: Self.position, match: "x")
    }

    private func randomFindings(_ count: Int) -> [Finding] {
        (0..<count).map { _ in
            finding(
                "p/r\(Int.random(in: 0..<6))", Category.known.randomElement() ?? .hate, Severity.allCases.randomElement() ?? .low,
                Double.random(in: 0...1), at: Int.random(in: 0..<100))
        }
    }

    @Test("bounded, order-independent and monotone over random finding sets")
    func properties() {
        let scorer = Scorer()
        for _ in 0..<500 {
            let findings = randomFindings(Int.random(in: 0..<12))
            let a = scorer.assess(id: nil, findings: findings)
            #expect((0...100).contains(a.score))
            #expect(scorer.assess(id: nil, findings: findings.shuffled()).score == a.score)
            let more = scorer.assess(id: nil, findings: findings + randomFindings(1))
            #expect(more.score >= a.score)
        }
    }

    @Test("repeated hits of one rule count once")
    func repeatedHits() {
        let scorer = Scorer()
        let once = scorer.assess(id: nil, findings: [finding("p/a", .profanity, .medium, 0.9)])
        let thrice = scorer.assess(id: nil, findings: (0..<3).map { finding("p/a", .profanity, .medium, 0.9, at: $0 * 5) })
        #expect(once.score == thrice.score)
    }

    @Test("bands follow fixed cut points; factors explain the score, largest first")
    func bands() {
        #expect(Band(score: 0) == .low)
        #expect(Band(score: 24.9) == .low)
        #expect(Band(score: 25) == .medium)
        #expect(Band(score: 50) == .high)
        #expect(Band(score: 75) == .critical)
        let a = Scorer().assess(
            id: nil, findings: [finding("p/a", .profanity, .low, 1), finding("q/b", .privacy, .critical, 0.9)])
        #expect(a.factors.map(\.category) == [.privacy, .profanity])
        #expect(a.band == .critical)
    }
}
