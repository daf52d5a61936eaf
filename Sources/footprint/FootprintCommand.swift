import ArgumentParser
import Footprint

/// `footprint`: checks posts before they are published, and audits the ones that were.
@main
struct FootprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "footprint",
        abstract: "Check social-media posts for hate, harassment, privacy leaks, misinformation signals and profanity, offline.",
        discussion: """
            Exit status: 0 below --fail-on, 1 at or above it, 2 bad input, rules or configuration, \
            64 usage error.
            """,
        version: footprintVersion,
        subcommands: [
            CheckCommand.self, AuditCommand.self, EvalCommand.self, RulesCommand.self, ConfigCommand.self, RedactCommand.self,
        ]
    )
}
