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

    private func evaluate(_ file: String) throws -> [String: Any] {
        let folder = try #require(Self.converted)
        let result = try CLI.run(["eval", "--format", "json", "--category", "privacy", folder.appendingPathComponent(file).path])
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
}
