import ArgumentParser
import Footprint

/// `footprint rules lint`: loads every pack and reports every problem.
struct RulesLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check every rule file: print each problem as file:line:column, exit 2 if any.",
        discussion: "A rule without a description is a warning, which does not fail."
    )

    @OptionGroup var source: RuleSourceOptions

    func run() throws {
        let checker = try source.makeChecker()
        // Every language's rules, not only those a post has needed so far.
        do {
            try checker.engine.compileAll()
        } catch {
            printError("cannot compile rules:\n\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        var errors = Output(descriptor: 2)
        for rule in checker.packs.flatMap(\.rules) where rule.description?.isEmpty ?? true {
            errors.write("\(rule.file): warning: rule '\(rule.id)' has no description\n")
        }
        errors.flush()
        let rules = checker.packs.reduce(0) { $0 + $1.rules.count }
        var output = Output.standardOutput
        output.write("\(counted(rules, "rule")) in \(counted(checker.packs.count, "pack")), no problems\n")
        output.flush()
    }
}
