import ArgumentParser
import Footprint
import FootprintText

#if canImport(Glibc)
    import Glibc
#endif

/// `footprint redact [FILE]`: the post with its personal data masked.
struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Print a post with its personal data masked ([EMAIL], [PHONE], cards keep their last four digits).",
        discussion: """
            Reads one post from standard input (no FILE, or '-') or from FILE and prints it with \
            every privacy finding that names an entity replaced by [ENTITY]; overlapping findings \
            become one mask, named by the longest. Every other byte is printed as it came (invalid \
            UTF-8 is repaired with a warning on standard error). Exit status: 0, 2 when the input \
            or the rules cannot be read, 64 usage error.
            """
    )

    @Argument(help: "The file to redact ('-' or nothing for standard input).")
    var file: String?

    @OptionGroup var source: RuleSourceOptions

    func run() throws {
        Output.ignoreWriteSignals()
        let path = file ?? "-"
        let name = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        do {
            bytes = try readInput(path)
        } catch {
            printError("cannot read \(name): \(error.reason)")
            throw ExitCode(ExitStatus.badInput)
        }
        let checker = try source.makeChecker()
        let session = Lifetime.untilExit(try checker.makeSession())
        let (assessment, text) = try session.checkPost(bytes, id: nil)
        for warning in assessment.warnings { printError("\(name): \(warning)") }
        var output = Output.standardOutput
        output.write(Redactor.redact(text: text, findings: assessment.findings))
        output.flush()
    }
}
