import ArgumentParser
import Footprint

/// `footprint rules`: list, show, lint and test rule packs.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show, lint and test rule packs.",
        discussion: """
            Every subcommand loads the built-in packs (or --rules DIR) and the rule folders of the \
            configuration (--config FILE, else the nearest .footprint.yml), without the packs and \
            rules it disables.
            """,
        subcommands: [RulesListCommand.self, RulesShowCommand.self, RulesLintCommand.self, RulesTestCommand.self]
    )
}

/// Where rules come from: `--rules` and `--config`, as `check` takes them.
struct RuleSourceOptions: ParsableArguments {
    @Option(help: "Rule packs folder to use instead of the built-in packs.")
    var rules: String?

    @Option(help: "Configuration file to use instead of the nearest .footprint.yml.")
    var config: String?

    @Option(
        help: ArgumentHelp(
            "Audience profile: private, public, professional, healthcare, education, public-sector, legal, or one the scoring file defines (overrides the configuration's).",
            valueName: "NAME"))
    var profile: String?

    /// The checker these options describe. Prints why it cannot be built and exits 2.
    func makeChecker() throws -> Checker {
        var configuration = try loadConfiguration(file: config)
        if let profile { configuration.profile = profile }
        do {
            return Lifetime.untilExit(try Checker(configuration: configuration, rulesDirectory: rules))
        } catch {
            printError("cannot load rules:\n\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
    }
}

/// `--max-post-bytes`, for the commands that check posts.
struct PostLimitOption: ParsableArguments {
    @Option(
        name: .customLong("max-post-bytes"),
        help: ArgumentHelp(
            "Longest post checked, in UTF-8 bytes; a longer one gives an error record (default: 1048576).",
            valueName: "N"))
    var maxPostBytes = Session.defaultMaxPostBytes

    func validate() throws {
        if maxPostBytes < 1 { throw ValidationError("--max-post-bytes must be 1 or more") }
    }

    /// A session of `checker` with this limit, kept until the process exits.
    func makeSession(_ checker: Checker) throws -> Session {
        let session = Lifetime.untilExit(try checker.makeSession())
        session.maxPostBytes = maxPostBytes
        return session
    }
}

/// Objects the process keeps until it exits: a compiled rule set and its sessions are large
/// graphs whose teardown would only delay the exit (about a tenth of a short check's time).
enum Lifetime {
    nonisolated(unsafe) private static var kept: [AnyObject] = []

    static func untilExit<T: AnyObject>(_ object: T) -> T {
        kept.append(object)
        return object
    }
}

/// `count` and the noun, made plural unless `count` is 1: "1 rule", "2 rules".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
