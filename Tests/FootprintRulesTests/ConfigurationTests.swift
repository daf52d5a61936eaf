import Foundation
import Testing

@testable import Footprint
@testable import FootprintRules

/// A scratch folder of files, removed when the test ends.
private final class Scratch {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `text` to `path` (relative to the root, folders created) and returns its full path.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> String {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }

    /// Creates a folder (relative to the root) and returns its full path.
    @discardableResult
    func folder(_ path: String) throws -> String {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }

    /// A rule pack `name` in the rules folder `folder`, with one lexicon rule `words`.
    func pack(_ name: String, in folder: String, terms: String = "[heck, dick, damn]", rule: String? = nil) throws {
        try write("\(folder)/\(name)/pack.yml", "title: \(name)\ndescription: test pack\n")
        try write(
            "\(folder)/\(name)/words.yml",
            rule ?? """
                id: \(name)/words
                kind: lexicon
                category: profanity
                severity: medium
                confidence: 1
                message: "word '{match}'"
                terms: \(terms)
                examples:
                  match: ["oh ⟦heck⟧"]
                  no_match: ["hecking"]

                """)
    }
}

@Suite("Configuration")
struct ConfigurationTests {
    static let example = """
        profile: professional              # private | public | professional | …
        packs: {disable: [profanity]}
        rules:
          paths: [my-rules]
          disable: [privacy/email-address]
        allow: [scunthorpe, "Dick Van Dyke"]

        """

    /// The errors loading `text` as a configuration gives, with the scratch folder's path removed.
    private func errors(_ text: String) throws -> [String] {
        let scratch = try Scratch()
        let file = try scratch.write(".footprint.yml", text)
        do {
            _ = try Configuration.load(file: file)
            return []
        } catch {
            return error.errors.map { $0.description.replacingOccurrences(of: scratch.root + "/", with: "") }
        }
    }

    // MARK: Reading

    @Test("the documented example reads into every field, rule paths made absolute")
    func example() throws {
        let scratch = try Scratch()
        try scratch.folder("my-rules")
        let file = try scratch.write(".footprint.yml", Self.example)
        let configuration = try Configuration.load(file: file)
        #expect(configuration.profile == "professional")
        #expect(configuration.disabledPacks == ["profanity"])
        #expect(configuration.rulePaths == [scratch.root + "/my-rules"])
        #expect(configuration.disabledRules == ["privacy/email-address"])
        #expect(configuration.allow == ["scunthorpe", "Dick Van Dyke"])
        #expect(configuration.source == file)
    }

    @Test("an empty file, or one of comments only, gives the defaults with its source")
    func empty() throws {
        let scratch = try Scratch()
        for text in ["", "# nothing here\n"] {
            let file = try scratch.write(".footprint.yml", text)
            let configuration = try Configuration.load(file: file)
            #expect(configuration.profile == "public")
            #expect(configuration.disabledPacks.isEmpty && configuration.rulePaths.isEmpty)
            #expect(configuration.disabledRules.isEmpty && configuration.allow.isEmpty)
            #expect(configuration.source == file)
        }
        #expect(Configuration.defaults.source == nil)
        #expect(Configuration.defaults.profile == "public")
    }

    @Test("every profile name is accepted", arguments: Configuration.profileNames)
    func profiles(name: String) throws {
        #expect(try errors("profile: \(name)\n").isEmpty)
    }

    @Test(
        "problems point at file:line:column",
        arguments: [
            (
                "colour: red\n",
                ".footprint.yml:1:1: error: unknown key 'colour' (expected: profile, scoring, packs, rules, allow)"
            ),
            ("scoring: nowhere.yml\n", ".footprint.yml:1:10: error: scoring file 'nowhere.yml' not found"),
            ("profile: pro\n", ".footprint.yml:1:10: error: unknown profile 'pro'"),
            ("profile: [public]\n", ".footprint.yml:1:10: error: 'profile' must be a non-empty string"),
            ("packs: [profanity]\n", ".footprint.yml:1:8: error: 'packs' must be a mapping"),
            ("packs:\n  enable: [x]\n", ".footprint.yml:2:3: error: unknown key 'enable' (expected: disable)"),
            ("packs: {disable: profanity}\n", ".footprint.yml:1:18: error: 'disable' must be a list of strings"),
            ("rules: {paths: [nowhere]}\n", ".footprint.yml:1:17: error: rules folder 'nowhere' not found"),
            ("rules:\n  disable: [a/b, {x: 1}]\n", ".footprint.yml:2:18: error: 'disable' items must be non-empty strings"),
            ("allow: scunthorpe\n", ".footprint.yml:1:8: error: 'allow' must be a list of strings"),
            ("allow: [ok, '']\n", ".footprint.yml:1:13: error: 'allow' items must be non-empty strings"),
            ("allow: [ok\n", ".footprint.yml:2:1: error: invalid YAML"),
            ("profile: public\nprofile: legal\n", ".footprint.yml:1:1: error: duplicate key 'profile'"),
            ("- profile\n", ".footprint.yml:1:1: error: expected a mapping of keys to values"),
        ])
    func located(text: String, expected: String) throws {
        let found = try errors(text)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
    }

    @Test("every problem in a file is reported at once")
    func allErrors() throws {
        let found = try errors("profile: pro\ncolour: red\nallow: yes\n")
        #expect(found.count == 3, "\(found)")
    }

    @Test("a missing file or a folder is an error")
    func unreadable() throws {
        let scratch = try Scratch()
        #expect(throws: RuleErrors.self) { try Configuration.load(file: scratch.root + "/absent.yml") }
        #expect(throws: RuleErrors.self) { try Configuration.load(file: scratch.root) }
    }

    @Test("the YAML it prints reads back as the same configuration")
    func roundTrip() throws {
        let scratch = try Scratch()
        try scratch.folder("my rules")
        let file = try scratch.write(
            ".footprint.yml",
            """
            profile: public-sector
            packs: {disable: [profanity, "yes"]}
            rules: {paths: ["my rules"], disable: [privacy/email-address]}
            allow: [scunthorpe, "Dick Van Dyke", 'say "hi"', 'back\\slash', "100", "#tag", "- dash", "trailing "]

            """)
        let configuration = try Configuration.load(file: file)
        let yaml = configuration.yaml
        #expect(yaml.hasPrefix("# from \(file)\n"))
        #expect(yaml.contains("profile: public-sector\n"))
        let copy = try scratch.write("copy/.footprint.yml", yaml)
        let reread = try Configuration.load(file: copy)
        #expect(reread.profile == configuration.profile)
        #expect(reread.disabledPacks == configuration.disabledPacks)
        #expect(reread.rulePaths == configuration.rulePaths)
        #expect(reread.disabledRules == configuration.disabledRules)
        #expect(reread.allow == configuration.allow)
        #expect(Configuration.defaults.yaml.hasPrefix("# built-in defaults\nprofile: public\n"))
    }

    // MARK: Discovery

    @Test("discovery walks up from the working folder; the nearest file wins")
    func discovery() throws {
        let scratch = try Scratch()
        let deep = try scratch.folder("a/b/c/d")
        let top = try scratch.write("a/.footprint.yml", "profile: legal\n")
        #expect(Configuration.find(from: deep) == top)
        #expect(try Configuration.discover(from: deep).profile == "legal")
        #expect(try Configuration.discover(from: deep).source == top)
        let nearer = try scratch.write("a/b/c/.footprint.yml", "profile: education\n")
        #expect(Configuration.find(from: deep) == nearer)
        #expect(try Configuration.discover(from: deep + "/../..").source == top)
    }

    @Test("without a file up to the root, discovery gives the built-in defaults")
    func noFile() throws {
        let scratch = try Scratch()
        let deep = try scratch.folder("x/y")
        let found = Configuration.find(from: deep)
        // NOTE: a .footprint.yml in a folder above the scratch folder (e.g. /tmp) would apply.
        #expect(found.map { !$0.hasPrefix(scratch.root) } ?? true)
        if found == nil { #expect(try Configuration.discover(from: deep) == .defaults) }
    }

    @Test("a folder named .footprint.yml is not a configuration file")
    func folderNamedLikeTheFile() throws {
        let scratch = try Scratch()
        try scratch.folder("p/.footprint.yml")
        let file = try scratch.write(".footprint.yml", "profile: legal\n")
        #expect(Configuration.find(from: scratch.root + "/p") == file)
    }

    // MARK: With the packs

    @Test("disabled packs and rules are dropped before compiling")
    func disabled() throws {
        let scratch = try Scratch()
        try scratch.pack("alpha", in: "rules")
        try scratch.pack("beta", in: "rules")
        try scratch.pack("gamma", in: "rules")
        let rules = scratch.root + "/rules"
        let all = try Checker(configuration: .defaults, rulesDirectory: rules)
        #expect(all.engine.rules.map(\.id) == ["alpha/words", "beta/words", "gamma/words"])
        let some = try Checker(
            configuration: Configuration(disabledPacks: ["alpha"], disabledRules: ["gamma/words"]), rulesDirectory: rules)
        #expect(some.packs.map(\.name) == ["beta", "gamma"])
        #expect(some.engine.rules.map(\.id) == ["beta/words"])
        let findings = try some.makeSession().check("oh heck").findings
        #expect(findings.map(\.rule) == ["beta/words"])
    }

    @Test("an unknown pack or rule id in a disable list is an error at its line in the file")
    func unknownIDs() throws {
        let scratch = try Scratch()
        try scratch.pack("alpha", in: "rules")
        let file = try scratch.write(
            ".footprint.yml", "packs:\n  disable: [alpha, nope]\nrules:\n  disable:\n    - alpha/words\n    - alpha/none\n")
        let configuration = try Configuration.load(file: file)
        do {
            _ = try Checker(configuration: configuration, rulesDirectory: scratch.root + "/rules")
            Issue.record("expected errors")
        } catch {
            let found = error.errors.map(\.description)
            #expect(found.contains { $0.hasPrefix("\(file):2:20: error: unknown pack 'nope' in packs.disable") }, "\(found)")
            #expect(found.contains { $0.hasPrefix("\(file):6:7: error: unknown rule 'alpha/none' in rules.disable") }, "\(found)")
            #expect(found.count == 2)
        }
    }

    @Test("an unknown profile in a configuration built in code is an error")
    func unknownProfile() throws {
        let scratch = try Scratch()
        try scratch.pack("alpha", in: "rules")
        #expect(throws: RuleErrors.self) {
            try Checker(configuration: Configuration(profile: "nobody"), rulesDirectory: scratch.root + "/rules")
        }
        let checker = try Checker(configuration: Configuration(profile: "healthcare"), rulesDirectory: scratch.root + "/rules")
        #expect(checker.scorer.profile.name == "healthcare")
        #expect(checker.configuration.profile == "healthcare")
        // A profile the scoring file defines is accepted by the file and the checker.
        try scratch.write("mine.yml", "profiles:\n  newsroom: {extends: professional}\n")
        let file = try scratch.write(".footprint.yml", "scoring: mine.yml\nprofile: newsroom\n")
        let custom = try Checker(configuration: try Configuration.load(file: file), rulesDirectory: scratch.root + "/rules")
        #expect(custom.scorer.profile.name == "newsroom")
    }

    @Test("an extra rule folder loads like the built-in one, relative to the file")
    func extraFolder() throws {
        let scratch = try Scratch()
        try scratch.pack("alpha", in: "rules")
        try scratch.pack("mine", in: "project/my-rules", terms: "[heck, gosh]")
        let file = try scratch.write("project/.footprint.yml", "rules: {paths: [my-rules]}\n")
        let checker = try Checker(configuration: try Configuration.load(file: file), rulesDirectory: scratch.root + "/rules")
        #expect(checker.packs.map(\.name) == ["alpha", "mine"])
        #expect(try checker.makeSession().check("gosh").findings.map(\.rule) == ["mine/words"])
    }

    @Test("an extra folder may hold every kind of rule, validators included")
    func extraFolderOfEveryKind() throws {
        let scratch = try Scratch()
        try scratch.pack("alpha", in: "rules")
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/rules").path
        let checker = try Checker(
            configuration: Configuration(rulePaths: [fixtures], disabledRules: ["kinds/shouting"]),
            rulesDirectory: scratch.root + "/rules")
        #expect(checker.engine.rules.contains { $0.id == "kinds/card-number" && $0.pattern?.validator == "luhn" })
        #expect(!checker.engine.rules.contains { $0.id == "kinds/shouting" })
        let findings = try checker.makeSession().check("card 4539 1488 0343 6467, oh heck").findings
        #expect(findings.map(\.rule) == ["kinds/card-number", "alpha/words"])
    }

    @Test("a broken rule in an extra folder gives the loader's located error")
    func brokenExtraRule() throws {
        let scratch = try Scratch()
        try scratch.pack("alpha", in: "rules")
        try scratch.pack(
            "mine", in: "project/my-rules",
            rule: """
                id: mine/words
                kind: lexicon
                category: profanity
                severity: extreme
                confidence: 1
                message: "word '{match}'"
                terms: [heck]
                examples:
                  match: ["oh ⟦heck⟧"]
                  no_match: ["hecking"]

                """)
        let file = try scratch.write("project/.footprint.yml", "rules: {paths: [my-rules]}\n")
        do {
            _ = try Checker(configuration: try Configuration.load(file: file), rulesDirectory: scratch.root + "/rules")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    scratch.root
                        + "/project/my-rules/mine/words.yml:4:11: error: 'severity' must be one of: low, medium, high, critical"
                ])
        }
    }

    @Test("a rule id in two folders is an error")
    func duplicateAcrossFolders() throws {
        let scratch = try Scratch()
        try scratch.pack("alpha", in: "rules")
        try scratch.pack("alpha", in: "more")
        let configuration = Configuration(rulePaths: [scratch.root + "/more"])
        do {
            _ = try Checker(configuration: configuration, rulesDirectory: scratch.root + "/rules")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.description).contains { $0.contains("duplicate rule id 'alpha/words'") })
        }
    }

    @Test("the allow list silences findings in a session")
    func allowInSession() throws {
        let scratch = try Scratch()
        try scratch.pack("alpha", in: "rules")
        let configuration = Configuration(allow: ["DAMN", "Dick Van Dyke"])
        let session = try Checker(configuration: configuration, rulesDirectory: scratch.root + "/rules").makeSession()
        let assessment = try session.check("damn, Dick Van Dyke danced; dick said heck")
        #expect(assessment.findings.map(\.match) == ["dick", "heck"])
        #expect(try session.check("Damn").score == 0)
    }
}

@Suite("Allow list")
struct AllowListTests {
    static let checker: Checker? = {
        guard let scratch = try? Scratch() else { return nil }
        try? scratch.pack("alpha", in: "rules", terms: "[heck, dick, van, shit, damn it]")
        // NOTE: the checker keeps its compiled rules, so the scratch folder may go.
        return try? Checker(rulesDirectory: scratch.root + "/rules")
    }()

    /// The matches of `text` that `allow` leaves.
    private func kept(_ text: String, allow: [String]) throws -> [String] {
        let session = try #require(Self.checker).makeSession()
        let (assessment, bytes) = try session.checkPost(Array(text.utf8))
        return AllowList(allow).filter(assessment.findings, text: bytes).map(\.match)
    }

    @Test("folding lowercases and collapses whitespace")
    func fold() {
        #expect(AllowList.fold("  Dick \t Van\nDYKE ") == "dick van dyke")
        #expect(AllowList.fold("ÉCOLE") == "école")
        #expect(AllowList.fold("") == "")
    }

    @Test(
        "a finding is dropped when its folded match equals a folded entry",
        arguments: [
            ("oh heck", ["HECK"], [String]()),
            ("oh HECK", ["heck"], []),
            ("oh heck", ["hec"], ["heck"]),
            ("damn   it", ["Damn It"], []),
            ("damn\nit", ["damn it"], []),
            ("oh heck and shit", ["shit"], ["heck"]),
        ])
    func equality(text: String, allow: [String], expected: [String]) throws {
        #expect(try kept(text, allow: allow) == expected)
    }

    @Test(
        "a finding inside an occurrence of a multi-word entry is dropped, elsewhere kept",
        arguments: [
            ("Dick Van Dyke danced", [String]()),
            ("dick  van\tdyke danced", []),
            ("Dick Van Dyke and Dick", ["Dick"]),
            ("Dick Van Dykes danced", ["Dick", "Van"]),
            ("my dick van", ["dick", "van"]),
            ("👩‍👩‍👧 Dick Van Dyke, then dick", ["dick"]),
            ("Dick Van Dyke; Dick Van Dyke", []),
        ])
    func phrases(text: String, expected: [String]) throws {
        #expect(try kept(text, allow: ["Dick Van Dyke"]) == expected)
    }

    @Test("an empty list keeps everything")
    func empty() throws {
        #expect(AllowList([]).isEmpty)
        #expect(AllowList(["  "]).isEmpty)
        #expect(try kept("oh heck, Dick", allow: []) == ["heck", "Dick"])
    }

    @Test("phrase occurrences are byte ranges of the original text")
    func occurrences() {
        let text = Array("é Dick  Van Dyke!".utf8)
        #expect(AllowList(["dick van dyke"]).phraseOccurrences(in: text) == [3..<17])
        #expect(AllowList(["dick"]).phraseOccurrences(in: text).isEmpty)
    }

    @Test("a long post with many occurrences, and whitespace runs of any length")
    func longPost() {
        let unit = "Dick Van Dyke, dick van dykes; "
        let text = Array(String(repeating: unit, count: 10_000).utf8)
        let found = AllowList(["Dick Van Dyke", "van dykes"]).phraseOccurrences(in: text)
        #expect(found.count == 20_000)
        #expect(found.prefix(2) == [0..<13, 20..<29])
        let spaced = Array(("Dick" + String(repeating: " ", count: 5_000) + "Van\n\tDyke").utf8)
        #expect(AllowList(["dick van dyke"]).phraseOccurrences(in: spaced) == [0..<spaced.count])
    }
}
