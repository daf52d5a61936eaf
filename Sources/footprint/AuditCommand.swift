import ArgumentParser
import Footprint
import FootprintInput
import FootprintReporting
import FootprintScoring

#if canImport(Glibc)
    import Glibc
#endif

extension ExportFormat: ExpressibleByArgument {}

/// `footprint audit PATH…`: every post of platform exports, checked and ranked.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract:
            "Audit the posts of platform exports: X/Twitter, Mastodon, Bluesky, Reddit, Facebook, Instagram, Threads, LinkedIn, JSONL, CSV, text.",
        discussion: """
            Each PATH is an export file, an X/Twitter archive zip, or a folder (every file in it). \
            The format of each file is detected from its name and first bytes, or forced with \
            --from. Every post gives one JSON line: the check contract with the post's platform, \
            createdAt and url after its id. A file or line that cannot be read gives an error \
            record {"source", "error"} in its place and the exit status 2. A summary goes to \
            standard error.
            """
    )

    @Argument(help: "Export files, archive zips or folders.")
    var paths: [String]

    @Option(help: "Read every file as this format instead of detecting it.")
    var from: ExportFormat?

    @Option(help: "Write the JSON lines to this file instead of standard output.")
    var out: String?

    @Option(
        name: .customLong("fail-on"),
        help: "Exit 1 when a post scores at or above this band (low, medium, high, critical, never).")
    var failOn: FailOn = .high

    @Flag(name: .customLong("show-matches"), help: "Show matched personal data instead of masking it.")
    var showMatches = false

    @Option(help: ArgumentHelp("Only posts created on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only posts created on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(name: .customLong("text-field"), help: "For JSONL and CSV: the field holding the post's text.")
    var textField = "text"

    @Option(name: .customLong("id-field"), help: "For JSONL and CSV: the field holding the post's id.")
    var idField = "id"

    @Option(name: .customLong("date-field"), help: "For JSONL and CSV: the field holding the post's date.")
    var dateField = "date"

    @OptionGroup var source: RuleSourceOptions

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            guard let value else { continue }
            let parts = value.split(separator: "-")
            guard value.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
                throw ValidationError("\(name) must be a day written YYYY-MM-DD")
            }
        }
    }

    func run() throws {
        Output.ignoreBrokenPipeSignal()
        let checker = try source.makeChecker()
        let session = Lifetime.untilExit(try checker.makeSession())
        var reader = ExportReader(format: from)
        reader.textField = textField
        reader.idField = idField
        reader.dateField = dateField
        var output: Output
        if let out {
            guard let file = Output(path: out) else {
                printError("cannot write \(out)")
                throw ExitCode(ExitStatus.badInput)
            }
            output = file
        } else {
            output = Output.standardOutput
        }
        let options = ReportOptions(showMatches: showMatches)
        var status = ExitStatus.clean
        var bands: [Band: Int] = [:]
        var categories: [String: Int] = [:]
        var worst: [(score: Double, label: String)] = []
        var posts = 0
        var errors = 0
        func writeError(_ source: String, _ message: String) {
            var writer = JSONWriter()
            AssessmentJSON.writeError(line: nil, message: message, source: source, into: &writer)
            output.write(writer.bytes)
            output.write("\n")
            errors += 1
            status = ExitStatus.badInput
        }
        for path in paths {
            for file in reader.read(path: path) {
                for message in file.errors { writeError(file.source, message) }
                for post in file.posts {
                    if let since, let day = post.createdAt?.prefix(10), day < since { continue }
                    if let until, let day = post.createdAt?.prefix(10), day > until { continue }
                    let assessment: Assessment
                    do {
                        assessment = try session.check(Array(post.text.utf8), id: post.id)
                    } catch {
                        writeError(file.source, "cannot analyze post \(post.id ?? "?"): \(error)")
                        continue
                    }
                    posts += 1
                    bands[assessment.band, default: 0] += 1
                    for factor in assessment.factors { categories[factor.category.rawValue, default: 0] += 1 }
                    worst.append(
                        (assessment.score, "\(Int(assessment.score)) \(assessment.band.rawValue)  \(post.id ?? file.source)"))
                    if worst.count > 20 {
                        worst.sort { $0.score > $1.score }
                        worst.removeLast(worst.count - 10)
                    }
                    if let band = failOn.band, assessment.band >= band, status == ExitStatus.clean {
                        status = ExitStatus.atOrAboveFailOn
                    }
                    var writer = JSONWriter()
                    AssessmentJSON.write(
                        assessment,
                        extra: [
                            ("platform", post.platform), ("createdAt", post.createdAt), ("url", post.url),
                            ("repost", post.isRepost ? "true" : nil),
                        ].filter { $0.0 != "repost" || $0.1 != nil }, options: options, into: &writer)
                    output.write(writer.bytes)
                    output.write("\n")
                }
            }
        }
        output.flush()
        var summary = "audit: \(posts) posts, \(errors) errors; "
        summary += Band.allCases.map { "\(bands[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        if !categories.isEmpty {
            summary +=
                "\n  posts per category: "
                + categories.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", ")
        }
        let top = worst.sorted { $0.score > $1.score }.prefix(10).filter { $0.score > 0 }
        if !top.isEmpty { summary += "\n  worst posts:\n" + top.map { "    " + $0.label }.joined(separator: "\n") }
        printError(summary)
        if status != ExitStatus.clean { throw ExitCode(status) }
    }
}
