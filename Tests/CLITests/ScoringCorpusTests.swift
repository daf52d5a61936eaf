import Foundation
import Testing

/// The scoring corpus (`Corpora/scoring/posts.jsonl`): posts labelled with the band a careful
/// reviewer gives them for an audience. The score must agree often, and must not play down the
/// posts a reviewer calls critical.
@Suite("Scoring corpus")
struct ScoringCorpusTests {
    static let corpus = CLI.packageRoot.appendingPathComponent("Corpora/scoring/posts.jsonl").path

    private func agreement() throws -> [[String: Any]] {
        let result = try CLI.run(["eval", "--format", "json", Self.corpus])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try CLI.json(result.stdout)["bands"] as? [[String: Any]])
    }

    /// Floors set just under the figures measured when they were pinned (see README, Scoring).
    @Test("band agreement with the reviewer stays at or above its floors")
    func floors() throws {
        let bands = try agreement()
        let all = try #require(bands.first { $0["profile"] is NSNull })
        let exact = all["exactRate"] as? Double ?? 0
        let withinOne = all["withinOneRate"] as? Double ?? 0
        #expect(exact >= Self.exactFloor, "exact agreement \(exact) < \(Self.exactFloor)")
        #expect(withinOne >= Self.withinOneFloor, "within-one agreement \(withinOne) < \(Self.withinOneFloor)")
        // Reviewer's critical posts (row 3) scored low (column 0).
        let confusion = try #require(all["confusion"] as? [[Int]])
        #expect(confusion[3][0] <= Self.criticalScoredLowCeiling, "critical posts scored low: \(confusion[3][0])")
    }

    @Test(
        "the anchors: essays about hate or privacy score low; an address with travel dates and slurs at a group score high or critical"
    )
    func anchors() throws {
        func band(_ text: String) throws -> String {
            let result = try CLI.run(["check", "--format", "json", "--fail-on", "never"], stdin: Data(text.utf8))
            return try CLI.json(result.stdout)["band"] as? String ?? "?"
        }
        #expect(
            try band(
                "Racism online is not only slurs. It is who gets believed, who gets moderated, and who gets doxxed. We should talk about how harassment campaigns work before the next one starts."
            ) == "low")
        #expect(
            try band(
                "Privacy tip: before you post holiday photos, ask yourself whether they tell strangers where you live and when you are away."
            ) == "low")
        #expect(
            ["high", "critical"].contains(
                try band(
                    "Off to Crete until the 14th! The house at 42 Larch Avenue, Dunmore is empty, water the plants if you pass."))
        )
        // Content warning: a slur, as the anchor needs one.
        #expect(["high", "critical"].contains(try band("Every last one of those spics should be thrown out of this town.")))
    }
}

extension ScoringCorpusTests {
    /// Measured 0.495 exact and 0.792 within one band over 212 posts, 8 of 33 critical posts
    /// scored low, when pinned.
    static let exactFloor = 0.45
    static let withinOneFloor = 0.75
    static let criticalScoredLowCeiling = 10
}
