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
            (
                Self.validRule.replacingOccurrences(of: "terms: [heck]", with: "terms: [heck]\non: links"),
                "mine/words.yml:8:5: error: unknown target 'links' (expected one of: words, domains)"
            ),
            (
                Self.validRule.replacingOccurrences(
                    of: "terms: [heck]", with: "terms: [heck, example.com, 'a b.com']\non: domains"),
                "mine/words.yml:7:8: error: 2 terms are not domain names (such as example.com or example.com/page): 'heck', 'a b.com'"
            ),
            (
                Self.validRule.replacingOccurrences(of: "terms: [heck]", with: "terms: [heck]\nshape: tweet"),
                "mine/words.yml:8:8: error: unknown shape 'tweet' (expected one of: headline)"
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

@Suite("Rule loading: every kind")
struct RuleKindLoadingTests {
    let loader = RuleLoader(knownDetectors: ["email"], knownValidators: ["luhn"])

    private func load(_ body: String, files: [String: String] = [:]) throws -> (Rule?, [String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let header = "id: mine/r\ncategory: hate\nseverity: low\nconfidence: 0.5\nmessage: m\n"
        let examples = "examples:\n  match: [\"⟦x⟧\"]\n  no_match: [\"y\"]\n"
        let file = folder.appendingPathComponent("r.yml")
        try (header + body + examples).write(to: file, atomically: true, encoding: .utf8)
        do {
            return (try loader.loadRule(file: file.path, expectedID: "mine/r"), [])
        } catch {
            return (nil, error.errors.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") })
        }
    }

    @Test("pattern, proximity, occurrence, context and unless load into their specs")
    func specs() throws {
        let (pattern, _) = try load("kind: pattern\npattern: 'a+'\nkeywords: [a]\ngroup: 0\nvalidator: luhn\nallowlist: [aa]\n")
        #expect(pattern?.pattern == PatternSpec(regex: "a+", keywords: ["a"], validator: "luhn", allowlist: ["aa"]))
        let (proximity, _) = try load("kind: proximity\nparts: [[my], {terms: [address]}]\nwithin: 3\nordered: true\n")
        #expect(proximity?.proximity?.parts.map { $0.map(\.text) } == [["my"], ["address"]])
        #expect(proximity?.proximity?.ordered == true)
        let (occurrence, _) = try load("kind: occurrence\nmeasure: caps-ratio\nscope: sentence\nmin: 0.5\nmin_words: 4\n")
        #expect(occurrence?.occurrence == OccurrenceSpec(measure: .capsRatio, scope: .sentence, min: 0.5, minWords: 4))
        let (modified, _) = try load(
            "kind: lexicon\nterms: [x]\nunless: [negated, url]\ncontext: {window: 3, raise: [my], require: true}\n")
        #expect(modified?.unless == [.negated, .url])
        #expect(modified?.context?.require == true)
        #expect(modified?.context?.raise.map(\.text) == ["my"])
    }

    @Test("term files: one term a line, severities, comments; a bad severity is located in the term file")
    func termFiles() throws {
        let (rule, _) = try load("kind: lexicon\nterm_files: [t.txt]\n", files: ["t.txt": "# list\nheck\ndarn | high\n\n"])
        #expect(rule?.terms == [Term(text: "heck"), Term(text: "darn", severity: .high)])
        let (_, errors) = try load("kind: lexicon\nterm_files: [t.txt]\n", files: ["t.txt": "heck\ndarn | huge\n"])
        #expect(errors.contains { $0.hasPrefix("t.txt:2:8: error: unknown severity 'huge'") }, "\(errors)")
        let (_, missing) = try load("kind: lexicon\nterm_files: [nope.txt]\n")
        #expect(missing.contains { $0.hasPrefix("r.yml:7:13: error: cannot read term file 'nope.txt'") }, "\(missing)")
    }

    @Test(
        "kind-specific errors are located",
        arguments: [
            ("kind: occurrence\nmeasure: loudness\nmin: 1\n", "r.yml:7:10: error: unknown measure 'loudness'"),
            ("kind: occurrence\nmeasure: char-run\nmin: 3\n", "r.yml:7:10: error: a char-run measure needs 'chars'"),
            ("kind: proximity\nparts: [[my]]\nwithin: 2\n", "r.yml:7:8: error: a proximity rule needs two or more parts"),
            (
                "kind: proximity\nparts: [[my], [x]]\nwithin: 99\n",
                "r.yml:8:9: error: 'within' must be a whole number from 0 to 50"
            ),
            ("kind: lexicon\nterms: [x]\nunless: [sarcasm]\n", "r.yml:8:9: error: unknown condition 'sarcasm'"),
            (
                "kind: lexicon\nterms: [x]\ncontext: {window: 3, require: true}\n",
                "r.yml:8:10: error: a context needs 'raise' or 'lower' words"
            ),
            ("kind: pattern\npattern: 'x'\nvalidator: crc\n", "r.yml:8:12: error: unknown validator 'crc'"),
            ("kind: pattern\npattern: 'x'\ngroup: many\n", "r.yml:8:8: error: 'group' must be a whole number"),
            ("kind: lexicon\nterms: [x]\nviews: [upside-down]\n", "r.yml:8:8: error: unknown view 'upside-down'"),
        ])
    func located(body: String, expected: String) throws {
        let (_, errors) = try load(body)
        #expect(errors.contains { $0.hasPrefix(expected) }, "\(errors)")
    }
}
