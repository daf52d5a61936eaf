import ArgumentParser
import Footprint
import FootprintRules

/// `footprint rules test`: runs every rule's examples.
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the rules' examples; exit 1 if any fails.",
        discussion: """
            Each failure is printed as file:line with the expected and found spans; the last line \
            is 'N passed, M failed'. Known gaps (todo examples) are counted apart and never fail.
            """
    )

    @OptionGroup var source: RuleSourceOptions

    @Option(help: "Test only this pack.")
    var pack: String?

    func run() throws {
        let checker = try source.makeChecker()
        let report: ExampleRunner.Report
        do {
            report = try ExampleRunner(engine: try engine(of: checker)).run()
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("cannot run the examples: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        var output = Output.standardOutput
        for failure in report.failures { output.write("\(failure)\n") }
        for fixed in report.fixedTodos {
            output.write(
                "\(fixed.file):\(fixed.line): note: \(fixed.rule) todo example \(fixed.text.debugDescription) now passes; promote it\n"
            )
        }
        if report.todo > 0 || !report.fixedTodos.isEmpty {
            var line = "\(report.todo) todo (known gaps, not counted)"
            if !report.fixedTodos.isEmpty { line += ", \(report.fixedTodos.count) todo now passing" }
            output.write(line + "\n")
        }
        output.write("\(report.passed) passed, \(report.failures.count) failed\n")
        output.flush()
        if !report.failures.isEmpty { throw ExitCode(ExitStatus.atOrAboveFailOn) }
    }

    /// The checker's engine, or one compiled from `--pack`'s rules only.
    private func engine(of checker: Checker) throws -> RuleEngine {
        guard let name = pack else { return checker.engine }
        guard let chosen = checker.packs.first(where: { $0.name == name }) else {
            let disabled = checker.configuration.disabledPacks.contains(name)
            printError(
                disabled
                    ? "pack '\(name)' is disabled by \(checker.configuration.source ?? "the configuration")"
                    : "unknown pack '\(name)' (loaded: \(checker.packs.map(\.name).joined(separator: ", ")))")
            throw ExitCode(ExitStatus.badInput)
        }
        do {
            return try Checker.compile(chosen.rules)
        } catch {
            printError("cannot load rules:\n\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
    }
}
