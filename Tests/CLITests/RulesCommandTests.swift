import Foundation
import Testing

/// A scratch folder for a test's rule packs and configuration files, removed when it ends.
private final class ScratchFolder: TemporaryFolder {

    /// A pack `mine` under `folder` with one lexicon rule, `mine/words`, whose examples are given.
    func pack(in folder: String, examples: String, description: Bool = true) throws {
        try write("\(folder)/mine/pack.yml", "title: Mine\ndescription: test pack\n")
        try write(
            "\(folder)/mine/words.yml",
            """
            id: mine/words
            kind: lexicon
            category: profanity
            severity: low
            confidence: 0.5
            message: "word '{match}'"
            \(description ? "description: mild words\n" : "")terms: [heck, gosh]
            examples:
            \(examples)

            """)
    }
}

@Suite("footprint rules and config")
struct RulesCommandTests {
    static let goodExamples = """
          match: ["oh ⟦heck⟧", "⟦gosh⟧ darn"]
          no_match: ["hecking"]
          todo_match: ["oh ⟦h e c k⟧"]
        """

    // MARK: rules list

    @Test("rules list prints a table of id, kind, category and severity")
    func list() throws {
        let result = try CLI.run(["rules", "list"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.lines.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(rows.first == ["ID", "KIND", "CATEGORY", "SEVERITY"])
        #expect(rows.contains(["privacy/email-address", "detector", "privacy", "medium"]))
        #expect(rows.contains { $0.first == "profanity/common-swearing" })
    }

    @Test("rules list --format json prints one array of rules")
    func listJSON() throws {
        let result = try CLI.run(["rules", "list", "--format", "json"])
        #expect(result.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        let email = try #require(rules.first { $0["id"] as? String == "privacy/email-address" })
        #expect(email["kind"] as? String == "detector")
        #expect(email["category"] as? String == "privacy")
        #expect(email["severity"] as? String == "medium")
        #expect(email["confidence"] as? Double == 0.95)
    }

    @Test("rules list leaves out what the configuration disables, and lists its extra folders")
    func listWithConfig() throws {
        let scratch = try ScratchFolder()
        try scratch.pack(in: "my-rules", examples: Self.goodExamples)
        let config = try scratch.write(
            ".footprint.yml", "packs: {disable: [profanity]}\nrules: {paths: [my-rules]}\n")
        let result = try CLI.run(["rules", "list", "--config", config])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.contains("mine/words"))
        #expect(result.out.contains("privacy/email-address"))
        #expect(!result.out.contains("profanity/"))
    }

    // MARK: rules show

    @Test("rules show prints everything about one rule")
    func show() throws {
        let result = try CLI.run(["rules", "show", "privacy/email-address"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first == "privacy/email-address")
        for expected in [
            "email-address.yml", "kind:", "detector", "category:", "severity:", "medium", "confidence:", "0.95",
            "message:", "e-mail address '{match}'", "description:", "examples:", "⟦jane.doe@example.com⟧",
        ] {
            #expect(result.out.contains(expected), "\(expected)")
        }
    }

    @Test("rules show of a lexicon rule gives its views and how many terms")
    func showLexicon() throws {
        let scratch = try ScratchFolder()
        try scratch.pack(in: "rules", examples: Self.goodExamples)
        let result = try CLI.run(["rules", "show", "mine/words", "--rules", scratch.path + "/rules"])
        #expect(result.status == 0, "\(result.stderr)")
        let fields = Dictionary(
            result.lines.dropFirst().compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (
                    line[..<colon].trimmingCharacters(in: .whitespaces),
                    line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                )
            }, uniquingKeysWith: { first, _ in first })
        #expect(fields["views"] == "folded")
        #expect(fields["terms"] == "2")
        #expect(fields["description"] == "mild words")
        #expect(fields["examples"] == "2 match, 1 no match, 1 todo match")
    }

    @Test("rules show of a pattern rule gives its pattern and validator")
    func showPattern() throws {
        let fixtures = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/rules").path
        let result = try CLI.run(["rules", "show", "kinds/card-number", "--rules", fixtures])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.contains { $0.hasPrefix("  pattern:") && $0.hasSuffix(#"\b(?:\d[ -]?){11,18}\d\b"#) })
        #expect(result.lines.contains { $0.hasPrefix("  validator:") && $0.hasSuffix("luhn") })
    }

    @Test("rules show of an unknown id exits 2 with the reason on stderr")
    func showUnknown() throws {
        let result = try CLI.run(["rules", "show", "privacy/nothing-here"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown rule 'privacy/nothing-here'"))
    }

    // MARK: rules lint

    @Test("rules lint on the built-in packs counts them and finds no problem")
    func lint() throws {
        let result = try CLI.run(["rules", "lint"])
        #expect(result.status == 0, "\(result.stderr)")
        let last = try #require(result.lines.last)
        #expect(last.range(of: #"^\d+ rules? in \d+ packs?, no problems$"#, options: .regularExpression) != nil, "\(last)")
    }

    @Test("rules lint warns about a rule without a description and still passes")
    func lintWarning() throws {
        let scratch = try ScratchFolder()
        try scratch.pack(in: "rules", examples: Self.goodExamples, description: false)
        let result = try CLI.run(["rules", "lint", "--rules", scratch.path + "/rules"])
        #expect(result.status == 0)
        #expect(result.out == "1 rule in 1 pack, no problems\n")
        #expect(result.stderr.contains("words.yml: warning: rule 'mine/words' has no description"))
    }

    @Test("rules lint prints every located error and exits 2")
    func lintErrors() throws {
        let scratch = try ScratchFolder()
        try scratch.pack(in: "rules", examples: Self.goodExamples)
        try scratch.write("rules/mine/bad.yml", "id: mine/bad\nkind: magic\ncolour: red\n")
        let result = try CLI.run(["rules", "lint", "--rules", scratch.path + "/rules"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/rules/mine/bad.yml:2:7: error: unknown kind 'magic'"), "\(result.stderr)")
        #expect(result.stderr.contains("/rules/mine/bad.yml:3:1: error: unknown key 'colour'"), "\(result.stderr)")
        #expect(!result.out.contains("no problems"))
    }

    @Test("rules lint reports a broken rule in a folder the configuration adds")
    func lintConfigFolder() throws {
        let scratch = try ScratchFolder()
        try scratch.pack(in: "extra", examples: Self.goodExamples.replacingOccurrences(of: "oh ⟦heck⟧", with: "oh heck"))
        let config = try scratch.write("project/.footprint.yml", "rules: {paths: [../extra]}\n")
        let result = try CLI.run(["rules", "lint", "--config", config])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("/extra/mine/words.yml:10:11: error: a match example must mark its span"),
            "\(result.stderr)")
    }

    // MARK: rules test

    @Test("rules test runs every example and ends with 'N passed, 0 failed'")
    func test() throws {
        let result = try CLI.run(["rules", "test"])
        #expect(result.status == 0, "\(result.out)\(result.stderr)")
        let last = try #require(result.lines.last)
        #expect(last.range(of: #"^\d+ passed, 0 failed$"#, options: .regularExpression) != nil, "\(last)")
    }

    @Test("rules test prints each failure, counts todo examples apart and exits 1")
    func testFailures() throws {
        let scratch = try ScratchFolder()
        try scratch.pack(
            in: "rules",
            examples: """
                  match: ["oh ⟦heck⟧", "⟦oh⟧ heck"]
                  no_match: ["hecking", "gosh"]
                  todo_match: ["oh ⟦h e c k⟧"]
                """)
        let result = try CLI.run(["rules", "test", "--rules", scratch.path + "/rules"])
        #expect(result.status == 1)
        #expect(result.lines.last == "2 passed, 2 failed")
        #expect(result.lines.dropLast().last?.hasPrefix("1 todo") == true, "\(result.out)")
        #expect(result.out.contains("words.yml:10: error: mine/words example"), "\(result.out)")
        #expect(result.out.contains("words.yml:11: error: mine/words example"), "\(result.out)")
    }

    @Test("rules test --pack tests one pack; an unknown pack exits 2")
    func testPack() throws {
        let privacy = try CLI.run(["rules", "test", "--pack", "privacy"])
        #expect(privacy.status == 0)
        let all = try CLI.run(["rules", "test"])
        let count = { (result: CLIResult) in Int(result.lines.last?.split(separator: " ").first ?? "") ?? -1 }
        #expect(count(privacy) > 0 && count(privacy) < count(all))
        let unknown = try CLI.run(["rules", "test", "--pack", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown pack 'nope'"))
    }

    // MARK: config

    @Test("config prints the merged configuration and the file it came from")
    func config() throws {
        let scratch = try ScratchFolder()
        try scratch.write("my-rules/.keep", "")
        let file = try scratch.write(
            ".footprint.yml", "profile: legal\nrules: {paths: [my-rules]}\nallow: [scunthorpe, \"Dick Van Dyke\"]\n")
        let result = try CLI.run(["config", "--config", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.out == """
                # from \(file)
                profile: legal
                packs:
                  disable: []
                rules:
                  paths: [\(scratch.path)/my-rules]
                  disable: []
                allow: [scunthorpe, "Dick Van Dyke"]

                """)
    }

    @Test("config finds .footprint.yml in a folder above the working directory")
    func configDiscovery() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write("project/.footprint.yml", "profile: education\n")
        try scratch.write("project/posts/drafts/.keep", "")
        let result = try CLI.shell("cd '\(scratch.path)/project/posts/drafts' && \"$FOOTPRINT\" config")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first == "# from \(file)")
        #expect(result.lines.contains("profile: education"))
    }

    @Test("config without any file prints the built-in defaults")
    func configDefaults() throws {
        let scratch = try ScratchFolder()
        // NOTE: a .footprint.yml above the temporary folder would apply; nothing to test then.
        let above = sequence(first: scratch.path) { $0 == "/" ? nil : ($0 as NSString).deletingLastPathComponent }
        guard !above.contains(where: { FileManager.default.fileExists(atPath: ($0 == "/" ? "" : $0) + "/.footprint.yml") })
        else { return }
        let result = try CLI.shell("cd '\(scratch.path)' && \"$FOOTPRINT\" config")
        #expect(result.status == 0)
        #expect(result.lines.first == "# built-in defaults")
        #expect(result.lines.contains("profile: public"))
    }

    @Test("a broken configuration exits 2 with located errors, for config, check and rules")
    func brokenConfig() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(".footprint.yml", "profile: nobody\npacks: {disable: [profanity]}\nextra: 1\n")
        for arguments in [["config"], ["check"], ["rules", "list"], ["rules", "lint"], ["rules", "test"]] {
            let result = try CLI.run(arguments + ["--config", file], stdin: Data("hello".utf8))
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.contains("\(file):1:10: error: unknown profile 'nobody'"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("\(file):3:1: error: unknown key 'extra'"), "\(arguments)")
        }
    }

    @Test("an unknown pack in a disable list exits 2, pointing at the configuration's line")
    func unknownPack() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(".footprint.yml", "profile: public\npacks:\n  disable: [profanty]\n")
        let result = try CLI.run(["check", "--config", file], stdin: Data("hello".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file):3:13: error: unknown pack 'profanty'"), "\(result.stderr)")
    }

    @Test("a missing --config file exits 2")
    func missingConfig() throws {
        let result = try CLI.run(["check", "--config", "/nonexistent/.footprint.yml"], stdin: Data("hello".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/.footprint.yml"))
    }

    // MARK: check --config

    @Test("check --config: an allowed word or phrase is not flagged")
    func checkAllow() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(".footprint.yml", "allow: [Damn, \"total shit show\"]\n")
        let post = Data("damn, that was a total shit show. shit.".utf8)
        let without = try CLI.run(["check", "--format", "json"], stdin: post)
        let withoutMatches = try #require(try CLI.json(without.stdout)["findings"] as? [[String: Any]]).map {
            $0["match"] as? String
        }
        #expect(withoutMatches == ["damn", "shit", "shit"])
        let with = try CLI.run(["check", "--format", "json", "--config", file], stdin: post)
        #expect(with.status == 0, "\(with.stderr)")
        let findings = try #require(try CLI.json(with.stdout)["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["start"] as? Int == 34)
    }

    @Test("check --config: a disabled pack or rule finds nothing")
    func checkDisabled() throws {
        let scratch = try ScratchFolder()
        let packs = try scratch.write("packs.yml", "packs: {disable: [profanity]}\n")
        let rules = try scratch.write("rules.yml", "rules: {disable: [profanity/common-swearing]}\n")
        let post = Data("well shit".utf8)
        let without = try CLI.run(["check", "--format", "json"], stdin: post)
        #expect((try CLI.json(without.stdout)["findings"] as? [Any])?.count == 1)
        for file in [packs, rules] {
            let result = try CLI.run(["check", "--format", "json", "--config", file], stdin: post)
            #expect(result.status == 0, "\(result.stderr)")
            #expect((try CLI.json(result.stdout)["findings"] as? [Any])?.isEmpty == true)
        }
    }
}
