import Foundation
import Testing

/// Quality floors on the shared evaluation data (../shared/datasets beside the project). A change
/// that makes detection worse fails here. Skipped, with the reason, where the data or python3 is
/// absent (a user's machine).
@Suite("Corpus floors")
struct CorpusFloorTests {
    static let datasets = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets")
    static let available: Bool = {
        let present = FileManager.default.fileExists(atPath: datasets.appendingPathComponent("pii/dev.jsonl").path)
        let python =
            FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/python3")
        if !present { print("Corpus floors skipped: \(datasets.path) is absent") }
        if !python { print("Corpus floors skipped: python3 is not installed") }
        return present && python
    }()

    /// Converts the shared sets once into a temporary folder.
    static let converted: URL? = {
        guard available else { return nil }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("footprint-corpora-\(UUID().uuidString)")
        let result = try? CLI.shell(
            "python3 '\(CLI.packageRoot.path)/Corpora/tools/convert_datasets.py' --datasets '\(datasets.path)' --out '\(out.path)'"
        )
        return result?.status == 0 ? out : nil
    }()

    private func evaluate(_ file: String, category: String = "privacy", by field: String? = nil) throws -> [String: Any] {
        let folder = try #require(Self.converted)
        let by = field.map { ["--by", $0] } ?? []
        let result = try CLI.run(
            ["eval", "--format", "json", "--category", category] + by + [folder.appendingPathComponent(file).path])
        #expect(result.status == 0, "\(result.stderr)")
        return try CLI.json(result.stdout)
    }

    /// Exact-span F1 floors per entity type on pii/dev (measured 1.000 for each when pinned; the
    /// issue's bar is 0.85 per type and 0.95 overall).
    static let entityFloors: [String: Double] = Dictionary(
        uniqueKeysWithValues: [
            "API_KEY", "BOOKING_REF", "CREDIT_CARD", "CRYPTO_WALLET", "DATE_OF_BIRTH", "DRIVER_LICENSE", "EMAIL",
            "GPS_COORDINATES", "IBAN", "IP_ADDRESS", "LICENSE_PLATE", "PASSPORT", "PASSWORD", "PERSON", "PHONE", "SCHOOL",
            "STREET_ADDRESS", "TRAVEL_ABSENCE", "US_SSN",
        ].map { ($0, 0.95) })

    @Test("pii/dev: exact-span F1 per entity type stays at or above its floor", .enabled(if: available))
    func piiEntities() throws {
        let report = try evaluate("pii_dev.jsonl")
        let entities = try #require(report["entities"] as? [[String: Any]])
        for (type, floor) in Self.entityFloors {
            let row = entities.first { $0["type"] as? String == type }
            let f1 = (row?["exact"] as? [String: Any])?["f1"] as? Double ?? 0
            #expect(f1 >= floor, "\(type) exact F1 \(f1) < \(floor)")
        }
        let micro = try #require(report["micro"] as? [String: Any])
        let microF1 = (micro["exact"] as? [String: Any])?["f1"] as? Double ?? 0
        #expect(microF1 >= 0.97, "micro exact F1 \(microF1) < 0.97")
    }

    @Test("pii/benign_dev: at most 1% of near-miss posts get a privacy finding", .enabled(if: available))
    func piiBenign() throws {
        let report = try evaluate("pii_benign_dev.jsonl")
        let category = try #require((report["categories"] as? [[String: Any]])?.first)
        let posts = try #require(category["posts"] as? Int)
        let flagged = try #require(category["fp"] as? Int)
        #expect(Double(flagged) <= 0.01 * Double(posts), "\(flagged) of \(posts) benign posts flagged")
    }

    /// Recall on hateful cases and accuracy on non-hateful ones, from an eval report's hate row.
    private static func hateRates(_ report: [String: Any]) throws -> (recall: Double, quiet: Double) {
        let row = try #require((report["categories"] as? [[String: Any]])?.first { $0["category"] as? String == "hate" })
        let tp = Double(try #require(row["tp"] as? Int))
        let fn = Double(try #require(row["fn"] as? Int))
        let fp = Double(try #require(row["fp"] as? Int))
        let tn = Double(try #require(row["tn"] as? Int))
        return (tp / (tp + fn), tn / (tn + fp))
    }

    /// HateCheck (measured 0.964 recall, 0.999 non-hateful accuracy, every functionality ≥ 0.84 when
    /// pinned; the issue's bar is 0.90, 0.90 and 0.70).
    @Test(
        "HateCheck: recall, non-hateful accuracy and every functionality stay at or above their floors", .enabled(if: available))
    func hateCheck() throws {
        let report = try evaluate("hatecheck_dev.jsonl", category: "hate", by: "functionality")
        let (recall, quiet) = try Self.hateRates(report)
        #expect(recall >= 0.95, "recall on hateful cases \(recall) < 0.95")
        #expect(quiet >= 0.97, "accuracy on non-hateful cases \(quiet) < 0.97")
        let groups = try #require(report["groups"] as? [[String: Any]])
        #expect(groups.count == 29)
        for group in groups {
            let accuracy = group["accuracy"] as? Double ?? 0
            #expect(accuracy >= 0.80, "\(group["group"] ?? "?") accuracy \(accuracy) < 0.80")
        }
    }

    /// Multilingual HateCheck (measured recall 0.88–0.97 and non-hateful accuracy 0.986–1.000 per
    /// language when pinned; the issue's bar is 0.60 and 0.80).
    @Test(
        "Multilingual HateCheck: recall and non-hateful accuracy per language stay at or above their floors",
        .enabled(if: available),
        arguments: ["arabic", "dutch", "french", "german", "hindi", "italian", "mandarin", "polish", "portuguese", "spanish"])
    func multilingualHateCheck(language: String) throws {
        let (recall, quiet) = try Self.hateRates(try evaluate("mhc_\(language)_dev.jsonl", category: "hate"))
        #expect(recall >= 0.85, "\(language): recall on hateful cases \(recall) < 0.85")
        #expect(quiet >= 0.95, "\(language): accuracy on non-hateful cases \(quiet) < 0.95")
    }
}
