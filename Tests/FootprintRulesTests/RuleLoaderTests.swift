import Foundation
import Testing

@testable import FootprintRules

@Suite("Rule loading")
struct RuleLoaderTests {
    let loader = RuleLoader(knownDetectors: ["email"])

    /// Writes a pack folder with the given rule files and returns its root.
    private func pack(_ files: [String: String], manifest: String? = "title: T\ndescription: D\n") throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let manifest { try manifest.write(to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8) }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return root
    }

    private func errors(_ files: [String: String], manifest: String? = "title: T\ndescription: D\n") throws -> [String] {
        let root = try pack(files, manifest: manifest)
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try loader.loadPacks(at: root.path)
            return []
        } catch {
            return error.errors.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
        }
    }

    static let validRule = """
        id: mine/words
        kind: lexicon
        category: profanity
        severity: low
        confidence: 0.5
        message: "word '{match}'"
        terms: [heck]
        examples:
          match: ["oh ⟦heck⟧"]
          no_match: ["hecking"]

        """

    @Test("a valid pack loads")
    func valid() throws {
        #expect(try errors(["words.yml": Self.validRule]).isEmpty)
    }

    @Test(
        "errors point at file:line:column",
        arguments: [
            (
                Self.validRule.replacingOccurrences(of: "severity: low", with: "severity: extreme"),
                "mine/words.yml:4:11: error: 'severity' must be one of: low, medium, high, critical"
            ),
            (
                Self.validRule.replacingOccurrences(of: "confidence: 0.5", with: "confidence: 2"),
                "mine/words.yml:5:13: error: 'confidence' must be a number from 0.0 to 1.0"
            ),
            (Self.validRule + "colour: red\n", "mine/words.yml:11:1: error: unknown key 'colour'"),
            (
                Self.validRule.replacingOccurrences(of: "kind: lexicon", with: "kind: magic"),
                "mine/words.yml:2:7: error: unknown kind 'magic'"
            ),
            (
                Self.validRule.replacingOccurrences(of: "id: mine/words", with: "id: mine/other"),
                "mine/words.yml:1:5: error: rule id 'mine/other' must equal its path 'mine/words'"
            ),
            (
                Self.validRule.replacingOccurrences(of: "  match: [\"oh ⟦heck⟧\"]\n", with: ""),
                "mine/words.yml:9:3: error: missing required key 'match'"
            ),
            (
                Self.validRule.replacingOccurrences(of: "oh ⟦heck⟧", with: "oh heck"),
                "mine/words.yml:9:11: error: a match example must mark its span with ⟦ ⟧"
            ),
            (
                Self.validRule.replacingOccurrences(of: "terms: [heck]", with: "terms: [heck"),
                "mine/words.yml:8:"
            ),
            (
                Self.validRule.replacingOccurrences(of: "kind: lexicon", with: "kind: detector\ndetector: nope"),
                "mine/words.yml:3:11: error: unknown detector 'nope'"
            ),
            (
                Self.validRule.replacingOccurrences(of: "severity: low\n", with: "severity: low\nseverity: high\n"),
                "mine/words.yml:"
            ),
        ])
    func located(text: String, expected: String) throws {
        let found = try errors(["words.yml": text])
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
    }

    @Test("a missing pack.yml and a duplicate id are reported")
    func packProblems() throws {
        let found = try errors(["words.yml": Self.validRule], manifest: nil)
        #expect(found.contains { $0.hasPrefix("mine/pack.yml: error: missing pack.yml") })
    }

    @Test("a file of binary junk or an empty file is an error, not a crash")
    func junk() throws {
        #expect(try errors(["words.yml": ""]).contains { $0.contains("empty file") })
        #expect(try !errors(["words.yml": "\u{0}\u{1}{{[[: :"]).isEmpty)
        #expect(try !errors(["words.yml": "- a\n- b\n"]).isEmpty)
    }
}
