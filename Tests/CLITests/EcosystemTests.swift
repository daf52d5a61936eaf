import Foundation
import Testing

/// The places Footprint drops into: an install prefix, shell completions and man pages, git hooks
/// (plain and the pre-commit framework), a static-site publish step, and Spark's RDD.pipe.
@Suite("ecosystem")
struct EcosystemTests {
    typealias Folder = TemporaryFolder

    static let root = CLI.packageRoot.path
    /// A post that scores high: a home address while the house is empty.
    static let risky = "Off to Lisbon for two weeks from Friday, the house at 12 Oak Street will be empty!\n"

    @Test("scripts/install.sh: binary, rule packs, man pages and completions under a prefix; the binary runs from anywhere")
    func install() throws {
        let folder = try Folder()
        let prefix = folder.path + "/prefix"
        let result = try CLI.shell("FOOTPRINT_BINARY=\"$FOOTPRINT\" '\(Self.root)/scripts/install.sh' '\(prefix)'")
        #expect(result.status == 0, "\(result.stderr)")
        let fm = FileManager.default
        for file in [
            "bin/footprint", "share/footprint/Rules/privacy/pack.yml", "share/footprint/Rules/scoring.yml",
            "share/man/man1/footprint.1", "share/man/man1/footprint.check.1", "share/man/man1/footprint.audit.1",
            "share/bash-completion/completions/footprint", "share/zsh/site-functions/_footprint",
            "share/fish/vendor_completions.d/footprint.fish",
        ] {
            #expect(fm.fileExists(atPath: prefix + "/" + file), "\(file)")
        }
        // From another folder, without the source tree's rules: the installed packs are used.
        let run = try CLI.shell(
            "cd '\(folder.path)' && printf 'mail jane@example.com' | env -u FOOTPRINT_RULES '\(prefix)/bin/footprint' check --format jsonl"
        )
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.out.contains("privacy/email-address"))
        let version = try CLI.shell("'\(prefix)/bin/footprint' --version")
        #expect(version.out.split(separator: ".").count == 3)
        // The completions complete subcommands and options.
        if CLI.succeeds("bash --version") {
            let bash = try CLI.shell(
                "bash -c 'source \(prefix)/share/bash-completion/completions/footprint; COMP_WORDS=(footprint ch); COMP_CWORD=1; COMP_LINE=\"footprint ch\"; COMP_POINT=12; _footprint; echo \"${COMPREPLY[@]}\"'"
            )
            #expect(bash.out.contains("check"), "\(bash.out) \(bash.stderr)")
        }
        let fish = try String(contentsOfFile: prefix + "/share/fish/vendor_completions.d/footprint.fish", encoding: .utf8)
        #expect(fish.contains("max-post-bytes"))
    }

    @Test("the man pages list every option of every command (regenerate with scripts/generate-man.sh)")
    func manPages() throws {
        let commands = [
            ["check"], ["audit"], ["redact"], ["eval"], ["config"], ["rules"], ["rules", "test"], ["rules", "lint"],
            ["rules", "list"], ["rules", "show"],
        ]
        for command in commands {
            let page = Self.root + "/Documentation/man/footprint." + command.joined(separator: ".") + ".1"
            let text = try String(contentsOfFile: page, encoding: .utf8)
            let help = try CLI.run(command + ["--help"]).out
            // The options of the OPTIONS section (not those a description mentions).
            let options = Set(
                help.split(separator: "\n").compactMap { line in
                    line.firstMatch(of: /^  (?:-[a-zA-Z], )?--([a-z][a-z-]+)/).map { String($0.1) }
                })
            for option in options where option != "help" && option != "version" {
                #expect(text.contains("Fl -\(option)"), "footprint.\(command.joined(separator: ".")).1 lacks --\(option)")
            }
        }
        if CLI.succeeds("man --version") {
            let rendered = try CLI.shell(
                "MANWIDTH=100 man -l '\(Self.root)/Documentation/man/footprint.check.1' 2>/dev/null | col -b")
            #expect(rendered.out.contains("--fail-on"))
        }
    }

    /// A git repository in `folder` with a committer.
    static func gitRepository(_ folder: Folder) throws {
        let result = try CLI.shell(
            "cd '\(folder.path)' && git init -q && git config user.email test@example.com && git config user.name Test && git config commit.gpgsign false"
        )
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("hooks/pre-commit: a clean draft commits, a risky one is stopped by what is staged, --no-verify skips")
    func gitHook() throws {
        guard CLI.succeeds("git --version") else {
            print("skipped: git is not installed")
            return
        }
        let folder = try Folder()
        try Self.gitRepository(folder)
        let bin = (CLI.binary.path as NSString).deletingLastPathComponent
        let git = "cd '\(folder.path)' && PATH='\(bin)':$PATH git"
        #expect(try CLI.shell("cp '\(Self.root)/hooks/pre-commit' '\(folder.path)/.git/hooks/pre-commit'").status == 0)
        try folder.write("posts/hello.md", "# Hello\n\nA quiet note about the weather.\n")
        try folder.write("notes.swift", Self.risky)  // not a draft: not checked
        let clean = try CLI.shell("\(git) add -A && \(git) commit -qm clean")
        #expect(clean.status == 0, "\(clean.out) \(clean.stderr)")
        try folder.write("posts/away.md", Self.risky)
        let risky = try CLI.shell("\(git) add -A && \(git) commit -qm risky")
        #expect(risky.status == 1, "\(risky.out) \(risky.stderr)")
        // git shows a hook's output on standard error.
        #expect(risky.stderr.contains("posts/away.md"), "\(risky.stderr)")
        #expect(risky.stderr.contains("commit stopped"))
        // The staged version counts: fixed in the working tree only, it is still stopped.
        try folder.write("posts/away.md", "Off on holiday soon.\n")
        #expect(try CLI.shell("\(git) commit -qm still-risky").status == 1)
        #expect(try CLI.shell("\(git) add -A && \(git) commit -qm fixed").status == 0)
        try folder.write("posts/again.txt", Self.risky)
        #expect(try CLI.shell("\(git) add -A && \(git) commit -q --no-verify -m skipped").status == 0)
    }

    @Test("hooks/publish-check: a site publishes when every post is below the band, and stops naming the post that is not")
    func publishStep() throws {
        let folder = try Folder()
        try folder.write("content/posts/first.md", "---\ntitle: First\n---\nWe planted tomatoes today.\n")
        let bin = (CLI.binary.path as NSString).deletingLastPathComponent
        let step =
            "cd '\(folder.path)' && PATH='\(bin)':$PATH '\(Self.root)/hooks/publish-check' content high report.html && echo built"
        let clean = try CLI.shell(step)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.out.contains("built"))
        try folder.write("content/posts/away.md", "---\ntitle: Away\n---\n" + Self.risky)
        let blocked = try CLI.shell(step)
        #expect(blocked.status == 1)
        #expect(!blocked.out.contains("built"))
        #expect(blocked.stderr.contains("content/posts/away.md"), "\(blocked.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/report.html"))
    }

    @Test("pre-commit framework: the installed-binary hook from .pre-commit-hooks.yaml stops a risky draft")
    func preCommitFramework() throws {
        guard CLI.succeeds("pre-commit --version"), CLI.succeeds("git --version") else {
            print("skipped: pre-commit is not installed (apt-get install pre-commit, or pip install pre-commit)")
            return
        }
        let folder = try Folder()
        try Self.gitRepository(folder)
        try folder.write("drafts/ok.md", "A quiet note.\n")
        try folder.write("drafts/away.md", Self.risky)
        let bin = (CLI.binary.path as NSString).deletingLastPathComponent
        // try-repo runs the hooks of this repository at its HEAD, without a configuration file.
        func tryRepo(_ files: String) throws -> CLIResult {
            try CLI.shell(
                "cd '\(folder.path)' && git add -A && PATH='\(bin)':$PATH PRE_COMMIT_HOME='\(folder.path)/.cache' "
                    + "pre-commit try-repo '\(Self.root)' footprint-installed --files \(files)")
        }
        let run = try tryRepo("drafts/ok.md drafts/away.md")
        #expect(run.status == 1, "\(run.out) \(run.stderr)")
        #expect(run.out.contains("drafts/away.md"))
        #expect(run.out.contains("Failed"))
        let ok = try tryRepo("drafts/ok.md")
        #expect(ok.status == 0, "\(ok.out) \(ok.stderr)")
    }

    @Test("Spark: RDD.pipe through check --jsonl scores every record exactly once (PySpark, local mode)")
    func spark() throws {
        guard CLI.succeeds("python3 -c 'import pyspark'"), CLI.succeeds("java -version") else {
            print("skipped: PySpark or Java is not installed (pip install pyspark; a JRE)")
            return
        }
        let folder = try Folder()
        var input = ""
        for i in 0..<3000 {
            switch i % 5 {
            case 0: input += "{\"id\":\"r\(i)\",\"text\":\"mail me at n\(i)@example.com\"}\n"
            case 1: input += "{\"id\":\"r\(i)\",\"text\":\"a quiet post, number \(i) 🌱\"}\n"
            default: input += "{\"id\":\"r\(i)\",\"text\":\"note \(i)\",\"lang\":\"en\"}\n"
            }
        }
        try folder.write("in.jsonl", input)
        let result = try CLI.shell(
            "cd '\(folder.path)' && python3 '\(Self.root)/Examples/spark/footprint_spark.py' in.jsonl out "
                + "--footprint \"$FOOTPRINT\" --partitions 4 --master 'local[2]' 2>spark.log; status=$?; "
                + "cat out/part-* 2>/dev/null; exit $status")
        #expect(
            result.status == 0,
            "\((try? String(contentsOfFile: folder.path + "/spark.log", encoding: .utf8))?.suffix(2000) ?? "")")
        var seen: [String: Int] = [:]
        for line in result.lines {
            let record = try CLI.json(line: line)
            let id = try #require(record["id"] as? String)
            seen[id, default: 0] += 1
            #expect(record["score"] != nil)
            if id.dropFirst().allSatisfy(\.isNumber), Int(id.dropFirst())! % 5 == 0 {
                #expect((record["findings"] as? [[String: Any]])?.first?["rule"] as? String == "privacy/email-address")
            }
        }
        #expect(seen.count == 3000)
        #expect(seen.values.allSatisfy { $0 == 1 })
    }
}
