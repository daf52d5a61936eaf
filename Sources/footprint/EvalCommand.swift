import ArgumentParser
import Footprint
import FootprintInput
import FootprintText

#if canImport(Glibc)
    import Glibc
#endif

/// Output formats of `eval`.
enum EvalFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// An F1 floor for a category, written `C=0.8`.
struct F1Floor: ExpressibleByArgument {
    var category: String
    var floor: Double

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let name = String(argument[..<equals]).trimmingSpaces
        guard !name.isEmpty, let value = Double(String(argument[argument.index(after: equals)...]).trimmingSpaces),
            (0...1).contains(value)
        else { return nil }
        category = name
        floor = value
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

/// `footprint eval FILE.jsonl`: precision, recall and F1 on labelled data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure quality on labelled posts: precision, recall and F1 per category, entity type and rule.",
        discussion: """
            Reads JSON Lines ('-' for standard input), one record a line: {"id": ..., "text": "...", \
            "labels": {"hate": true, ...}, "spans": [{"type": "EMAIL", "start": 9, "end": 29}, ...]}, \
            labels and spans each optional, span offsets in Unicode scalars (end exclusive). A record \
            counts for the categories it labels, and for span metrics when it has a "spans" key. \
            Records, errors and throughput go to standard error. Exit status: 0, 1 when an F1 is \
            below a --min-f1 floor, 2 when a line or the rules could not be read, 64 usage error.
            """
    )

    @Argument(help: "The labelled JSON Lines file ('-' for standard input).")
    var file: String

    @Option(help: "Output format: text (aligned tables) or json.")
    var format: EvalFormat = .text

    @OptionGroup var source: RuleSourceOptions

    @Option(name: .customLong("category"), help: "Evaluate only this category (repeatable).")
    var categories: [String] = []

    @Option(
        name: .customLong("by"),
        help: ArgumentHelp(
            "Also report each category per value of this field of the records (e.g. functionality).", valueName: "FIELD"))
    var groupField: String?

    @Option(
        name: .customLong("min-f1"),
        help: ArgumentHelp("Exit 1 when a category's F1 is below a floor, e.g. hate=0.8 (repeatable).", valueName: "C=F1"))
    var minF1: [F1Floor] = []

    func validate() throws {
        if categories.contains(where: { $0.isEmpty }) { throw ValidationError("--category needs a category name") }
        var seen = Set<String>()
        for floor in minF1 {
            if !seen.insert(floor.category).inserted {
                throw ValidationError("--min-f1 gives '\(floor.category)' more than one floor")
            }
            if !categories.isEmpty && !categories.contains(floor.category) {
                throw ValidationError("--min-f1 names '\(floor.category)', which --category leaves out")
            }
        }
    }

    func run() throws {
        Output.ignoreWriteSignals()
        // The same rules and configuration as every command.
        let checker = try source.makeChecker()
        let session = Lifetime.untilExit(try checker.makeSession())
        var evaluator = Evaluator(
            categories: categories.isEmpty ? nil : Set(categories), rules: checker.engine.rules)

        let name = file == "-" ? "<stdin>" : file
        let fd: Int32
        do {
            fd = file == "-" ? 0 : try FileBytes.open(file)
        } catch {
            printError("cannot read \(name): \(error.reason)")
            throw ExitCode(ExitStatus.badInput)
        }
        defer { if fd != 0 { close(fd) } }

        let clock = ContinuousClock()
        let started = clock.now
        var textBytes = 0
        var readFailed = false
        let parser = JSONParser()
        do {
            try LineSplitter(fileDescriptor: fd).forEachLine { line, number in
                switch EvaluationRecord.decode(line: line, lineNumber: number, parser: parser, groupField: groupField) {
                case .success(let record):
                    do {
                        var assessment = try session.check(record.text, id: record.id)
                        if let profile = record.profile, profile != assessment.profile {
                            guard let scorer = checker.scorer(forProfile: profile) else {
                                evaluator.recordError()
                                printError("\(name):\(number): unknown profile '\(profile)'")
                                return
                            }
                            assessment = scorer.assess(
                                id: record.id, findings: assessment.findings, warnings: assessment.warnings)
                        }
                        evaluator.add(record, assessment)
                        textBytes += record.text.count
                    } catch {
                        evaluator.recordError()
                        printError("\(name):\(number): cannot analyze: \(error)")
                    }
                case .failure(let failure):
                    evaluator.recordError()
                    printError("\(name):\(failure.line): \(failure.message)")
                }
            }
        } catch {
            readFailed = true
            printError("cannot read \(name): \(error)")
        }
        let seconds = max(Self.seconds(clock.now - started), 1e-9)

        let report = evaluator.report()
        var output = Output.standardOutput
        switch format {
        case .text: output.write(EvaluationFormat.table(report))
        case .json:
            output.write(EvaluationFormat.json(report))
            output.write("\n")
        }
        output.flush()

        let postsPerSecond = Double(report.records) / seconds
        let megabytesPerSecond = Double(textBytes) / 1_000_000 / seconds
        printError(
            "eval: \(report.records) records, \(report.errors) errors, \(EvaluationFormat.decimal(seconds)) s, "
                + "\(Int(postsPerSecond.rounded())) posts/s, \(EvaluationFormat.decimal(megabytesPerSecond)) MB/s")

        let violations = report.floorViolations(Dictionary(minF1.map { ($0.category, $0.floor) }) { _, last in last })
        for violation in violations { printError(violation) }
        // An unreadable line (2) wins over a missed floor (1).
        if readFailed || report.errors > 0 { throw ExitCode(ExitStatus.badInput) }
        if !violations.isEmpty { throw ExitCode(ExitStatus.atOrAboveFailOn) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
