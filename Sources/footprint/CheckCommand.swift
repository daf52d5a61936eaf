import ArgumentParser
import Footprint
import FootprintInput
import FootprintReporting
import FootprintRules
import FootprintScoring
import FootprintText

#if canImport(Glibc)
    import Glibc
#endif

/// Output formats of `check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, sarif, csv
}

/// When text output is coloured.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// The band at which `check` fails, or never.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case low, medium, high, critical, never

    var band: Band? { Band(rawValue: rawValue) }
}

/// `footprint check`: one post from standard input or per FILE, or one per line with --jsonl.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check posts: findings with exact spans, and the risk score.",
        discussion: """
            Reads one post from standard input (no FILE, or '-'), or one post per FILE. With \
            --jsonl, every input line is a JSON object {"id": ..., "text": ...} and gives exactly one \
            output line, in input order; a line that cannot be read gives {"line": n, "error": ...}.
            """
    )

    @Argument(help: "Files to check, one post each ('-' for standard input).")
    var files: [String] = []

    @Flag(help: "Read JSON Lines: one {\"id\", \"text\"} object per line; other fields are carried as metadata.")
    var jsonl = false

    @Option(
        help:
            "Output format: text, json, jsonl, sarif (SARIF 2.1.0, for code scanning) or csv (a row per finding) (default: jsonl with --jsonl, else text)."
    )
    var format: OutputFormat?

    @Option(
        name: .customLong("fail-on"),
        help: "Exit 1 when a post scores at or above this band (low, medium, high, critical, never).")
    var failOn: FailOn = .high

    @Option(help: "Colour text output: auto (on a terminal without NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Show matched personal data in reports instead of masking it.")
    var showMatches = false

    @OptionGroup var source: RuleSourceOptions

    @OptionGroup var limit: PostLimitOption

    @Option(name: .customLong("text-field"), help: "With --jsonl: the field holding the post's text.")
    var textField = "text"

    @Option(name: .customLong("id-field"), help: "With --jsonl: the field holding the post's id.")
    var idField = "id"

    func validate() throws {
        if !jsonl && (textField != "text" || idField != "id") {
            throw ValidationError("--text-field and --id-field apply only with --jsonl")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be read only once")
        }
    }

    func run() throws {
        Output.ignoreWriteSignals()
        // The same rules and configuration as every command.
        let checker = try source.makeChecker()
        let session = try limit.makeSession(checker)
        let format = format ?? (jsonl ? .jsonl : .text)
        let colored = format == .text && (color == .always || (color == .auto && colorWanted()))
        var run = CheckRun(
            session: session, format: format, options: ReportOptions(showMatches: showMatches, color: colored),
            failOn: failOn.band, rules: checker.engine.rules)
        let inputs = files.isEmpty ? ["-"] : files
        run.begin(single: !jsonl && inputs.count == 1)
        for input in inputs {
            if jsonl {
                run.checkLines(of: input, decoder: JSONLRecordDecoder(textField: textField, idField: idField))
            } else {
                run.checkFile(input)
            }
        }
        run.end()
        if run.status != ExitStatus.clean { throw ExitCode(run.status) }
    }
}

/// One `check` run: writes each result as it comes and tracks the exit status.
struct CheckRun {
    let session: Session
    let format: OutputFormat
    let options: ReportOptions
    let failOn: Band?
    var output = Output.standardOutput
    /// The rules, for SARIF's rule descriptors.
    let rules: [Rule]
    private(set) var status = ExitStatus.clean
    private var single = false
    private var written = 0
    /// SARIF is one document: its results are kept until the end.
    private var sarifItems: [ReportItem] = []

    init(session: Session, format: OutputFormat, options: ReportOptions, failOn: Band?, rules: [Rule] = []) {
        self.session = session
        self.format = format
        self.options = options
        self.failOn = failOn
        self.rules = rules
    }

    /// `single`: exactly one post will be checked, so `json` prints one object, not an array.
    mutating func begin(single: Bool) {
        self.single = single
        if format == .json && !single { output.write("[") }
        if format == .csv { output.write(CSVReport.header) }
    }

    mutating func end() {
        if format == .json && !single { output.write(written == 0 ? "]\n" : "\n]\n") }
        if format == .sarif {
            output.write(SARIFReport.render(sarifItems, rules: rules, version: footprintVersion, options: options))
        }
        output.flush()
    }

    mutating func checkFile(_ path: String) {
        let name = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        do {
            bytes = try readInput(path)
        } catch {
            fail(source: path == "-" ? nil : path, line: nil, message: "cannot read \(name): \(error.reason)")
            return
        }
        check(bytes, id: path == "-" ? nil : path, source: format == .sarif || format == .csv ? path : name, metadata: nil)
    }

    mutating func checkLines(of path: String, decoder: JSONLRecordDecoder) {
        let source = path == "-" ? nil : path
        let fd: Int32
        do {
            fd = path == "-" ? 0 : try FileBytes.open(path)
        } catch {
            fail(source: source, line: nil, message: "cannot read \(path): \(error.reason)")
            return
        }
        defer { if fd != 0 { close(fd) } }
        do {
            try LineSplitter(fileDescriptor: fd).forEachLine { line, number in
                switch decoder.decode(line: line, lineNumber: number, source: source) {
                case .record(let record):
                    check(
                        record.text, id: record.id, source: record.id ?? "line \(number)",
                        metadata: MetadataJSON.encode(record.metadata), line: (source, number))
                case .failure(let line, let message):
                    fail(source: source, line: line, message: message)
                }
            }
        } catch {
            fail(source: source, line: nil, message: "cannot read \(path == "-" ? "<stdin>" : path): \(error)")
        }
    }

    /// `line`: the file and line number of a JSONL record, for its error record.
    private mutating func check(
        _ bytes: [UInt8], id: String?, source: String, metadata: [UInt8]?, line: (file: String?, number: Int)? = nil
    ) {
        let assessment: Assessment
        let text: [UInt8]
        do {
            (assessment, text) = try session.checkPost(bytes, id: id)
        } catch {
            fail(source: line?.file, line: line?.number, message: "cannot check \(source): \(error)")
            return
        }
        if let failOn, assessment.band >= failOn, status == ExitStatus.clean { status = ExitStatus.atOrAboveFailOn }
        switch format {
        case .text:
            output.write(TextReport.render(assessment, text: text, source: source, options: options))
        case .json:
            var writer = JSONWriter(pretty: true)
            AssessmentJSON.write(assessment, metadata: metadata, options: options, into: &writer)
            separate()
            output.write(writer.bytes)
            if single { output.write("\n") }
        case .jsonl:
            var writer = JSONWriter()
            AssessmentJSON.write(assessment, metadata: metadata, options: options, into: &writer)
            output.write(writer.bytes)
            output.write("\n")
        case .sarif:
            sarifItems.append(ReportItem(source: source, assessment: assessment, text: text))
        case .csv:
            output.write(CSVReport.rows(ReportItem(source: source, assessment: assessment, text: text), options: options))
        }
    }

    /// Reports input that could not be read: an error record in machine formats (so every input
    /// line has its output line), a diagnostic on stderr in text; the exit status becomes 2.
    private mutating func fail(source: String?, line: Int?, message: String) {
        status = ExitStatus.badInput
        switch format {
        case .text, .sarif, .csv:
            // NOTE: SARIF and CSV have no error record; the diagnostic goes to stderr and the exit
            // status says the run was incomplete.
            output.flush()
            printError(line.map { "\(source ?? "<stdin>"):\($0): \(message)" } ?? message)
        case .json, .jsonl:
            var writer = JSONWriter(pretty: format == .json)
            AssessmentJSON.writeError(line: line, message: message, source: source, into: &writer)
            if format == .json { separate() }
            output.write(writer.bytes)
            if format == .jsonl || single { output.write("\n") }
        }
    }

    private mutating func separate() {
        guard !single else { return }
        output.write(written == 0 ? "\n" : ",\n")
        written += 1
    }
}
