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

    // MARK: Misinformation

    /// Clickbait headlines (measured precision 0.990, recall 0.827, F1 0.901 when pinned; the
    /// issue's bar is F1 0.85 with precision 0.85).
    @Test("clickbait: F1 and precision of misinformation findings stay at or above their floors", .enabled(if: available))
    func clickbait() throws {
        let report = try evaluate("clickbait_dev.jsonl", category: "misinformation")
        let row = try #require((report["categories"] as? [[String: Any]])?.first)
        let precision = row["precision"] as? Double ?? 0
        let f1 = row["f1"] as? Double ?? 0
        #expect(precision >= 0.95, "precision \(precision) < 0.95")
        #expect(f1 >= 0.88, "F1 \(f1) < 0.88")
    }

    /// Runs `check --jsonl` over texts and returns, per text, its misinformation findings.
    private func misinformationFindings(_ texts: [String]) throws -> [[[String: Any]]] {
        var input = Data()
        for (number, text) in texts.enumerated() {
            input.append(try JSONSerialization.data(withJSONObject: ["id": "\(number)", "text": text]))
            input.append(0x0A)
        }
        let result = try CLI.run(["check", "--jsonl", "--format", "jsonl"], stdin: input)
        #expect(result.status <= 1, "\(result.stderr)")
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == texts.count)
        return try lines.map { line in
            let findings = try CLI.json(line: line)["findings"] as? [[String: Any]] ?? []
            return findings.filter { $0["category"] as? String == "misinformation" }
        }
    }

    /// Every domain rated below 0.3 is flagged at confidence 0.8 or more; platforms and
    /// mainstream outlets (rated 0.7 or more) are not flagged for their link.
    @Test("domain quality: low-rated links flagged at 0.8 or more, platforms and mainstream outlets not", .enabled(if: available))
    func domainQuality() throws {
        let ratings = try String(
            contentsOf: Self.datasets.appendingPathComponent("resources/domain-quality/data_domain_pc1.csv"), encoding: .utf8)
        let platforms = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("Rules/misinformation/lexicons/platforms.txt"), encoding: .utf8
        )
        .split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        func isPlatform(_ host: String) -> Bool { platforms.contains { host == $0 || host.hasSuffix("." + $0) } }
        var low: [String] = []
        var good: [String] = []
        for line in ratings.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            guard fields.count == 2, let pc1 = Double(fields[1]) else { continue }
            let domain = String(fields[0])
            // Pages on a host ("facebook.com/somepage") are rated as themselves; hosts only here.
            guard !domain.contains("/") else { continue }
            if isPlatform(domain) { continue }
            if pc1 < 0.3 { low.append(domain) } else if pc1 >= 0.7 { good.append(domain) }
        }
        #expect(low.count > 1000 && good.count > 1000)
        let satire = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("Rules/misinformation/lexicons/satire-domains.txt"),
            encoding: .utf8)
        let satireSites = Set(satire.split(separator: "\n").map(String.init))
        let lowTexts = low.filter { !satireSites.contains($0) }.map { "read this https://www.\($0)/2020/story.html" }
        for (text, findings) in zip(lowTexts, try misinformationFindings(lowTexts)) {
            let best = findings.compactMap { $0["confidence"] as? Double }.max() ?? 0
            #expect(best >= 0.8, "\(text): confidence \(best)")
        }
        let quietTexts =
            good.map { "read this https://www.\($0)/2020/story.html" }
            + platforms.map { "read this https://\($0)/someone/posts/1" }
        for (text, findings) in zip(quietTexts, try misinformationFindings(quietTexts)) {
            #expect(findings.isEmpty, "\(text): \(findings.map { $0["rule"] ?? "?" })")
        }
    }

    /// Ordinary posts: the PII sets and HateCheck's cases are not flagged as misinformation
    /// (measured 0 of 5,062 when pinned).
    @Test("ordinary posts get no misinformation finding", .enabled(if: available))
    func ordinaryPosts() throws {
        let folder = try #require(Self.converted)
        var texts: [String] = []
        for file in ["pii_dev.jsonl", "pii_benign_dev.jsonl", "hatecheck_dev.jsonl"] {
            let lines = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
            texts += try lines.compactMap { try CLI.json(line: $0)["text"] as? String }
        }
        let flagged = try misinformationFindings(texts).filter { !$0.isEmpty }.count
        #expect(Double(flagged) <= 0.002 * Double(texts.count), "\(flagged) of \(texts.count) ordinary posts flagged")
    }
}
