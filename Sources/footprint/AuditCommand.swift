import ArgumentParser
import Footprint
import FootprintInput
import FootprintReporting
import FootprintScoring
import FootprintText
import Foundation

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

    @OptionGroup var limit: PostLimitOption

    func validate() throws {
        if resume && out == nil { throw ValidationError("--resume needs --out FILE: the records written so far") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        for (name, value) in [("--since", since), ("--until", until)] {
            guard let value else { continue }
            let parts = value.split(separator: "-")
            guard value.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
                throw ValidationError("\(name) must be a day written YYYY-MM-DD")
            }
        }
    }

    @Option(
        name: .customLong("delete-list"),
        help: ArgumentHelp("Write the ids of the posts at or above --fail-on to this file, one a line.", valueName: "FILE"))
    var deleteList: String?

    @Option(help: "Posts checked at once (default: one per core).")
    var jobs: Int?

    @Option(
        help: ArgumentHelp("Also write a self-contained HTML report (no script, no network) to this file.", valueName: "FILE"))
    var report: String?

    @Flag(
        help: """
            Continue an audit that stopped: keep the complete records already in --out and append the rest. \
            With --report or --delete-list, the posts already written are checked again for them.
            """)
    var resume = false

    /// What the audit writes, in input order.
    enum Item: Sendable {
        case error(source: String, message: String)
        case post(source: String, post: ArchivePost)
    }

    func run() throws {
        Output.ignoreWriteSignals()
        let checker = try source.makeChecker()
        var reader = ExportReader(format: from)
        reader.textField = textField
        reader.idField = idField
        reader.dateField = dateField
        // Resuming: every input item wrote exactly one line, in order, so the complete lines
        // already in --out say how many items are done; a line cut off by the stop is dropped.
        // The items before it are read again but not written; with --report or --delete-list
        // they are checked again too, so that the report and the list cover the whole audit.
        let done = resume ? try Self.completeLines(out ?? "") : 0
        let recheck = report != nil || deleteList != nil
        var output = try Self.open(out, append: resume) ?? Output.standardOutput
        let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var audit = Audit(
            sessions: Sessions(try (0..<workers).map { _ in try limit.makeSession(checker) }),
            options: ReportOptions(showMatches: showMatches), failOn: failOn.band,
            deletions: try Self.open(deleteList),
            html: report.map { _ in HTMLReport(options: ReportOptions(showMatches: showMatches)) })
        if resume { printError("resuming after \(done) records") }

        // Posts are checked in chunks as they are read: memory holds one chunk, and the output
        // keeps the input order.
        let chunk = 256 * workers
        let progress = Progress(totalBytes: ExportReader.files(of: paths).reduce(0) { $0 + $1.size }, enabled: isatty(2) == 1)
        var pending: [Item] = []
        var items = 0
        var writeFrom = 0
        func flush() throws {
            try audit.check(pending, writingFrom: writeFrom, to: &output)
            pending.removeAll(keepingCapacity: true)
            writeFrom = 0
        }
        try reader.read(paths: paths) { source, event, bytesRead in
            switch event {
            case .error(let message):
                pending.append(.error(source: source, message: message))
            case .post(let post):
                if let since, let day = post.createdAt?.prefix(10), day < since { return }
                if let until, let day = post.createdAt?.prefix(10), day > until { return }
                pending.append(.post(source: source, post: post))
            }
            items += 1
            if items <= done {
                // Already written: checked again only for the report and the delete list.
                if !recheck { pending.removeAll(keepingCapacity: true) }
                writeFrom = pending.count
            }
            if pending.count >= chunk {
                try flush()
                progress.update(posts: audit.posts + audit.errors, bytesRead: bytesRead)
            }
        }
        try flush()
        progress.finish(posts: audit.posts + audit.errors)
        output.flush()
        audit.deletions?.flush()
        if let report, let html = audit.html {
            var file = try Self.open(report) ?? Output.standardOutput
            file.write(html.render())
            file.flush()
        }
        printError(audit.summary(resumedAfter: recheck ? 0 : done))
        if audit.status != ExitStatus.clean { throw ExitCode(audit.status) }
    }

    /// What the audit has seen so far, and where it writes.
    struct Audit {
        let sessions: Sessions
        let options: ReportOptions
        let failOn: Band?
        var deletions: Output?
        var html: HTMLReport?
        var status = ExitStatus.clean
        var bands: [Band: Int] = [:]
        var categories: [String: Int] = [:]
        var worst: [(score: Double, label: String)] = []
        var posts = 0
        var errors = 0

        init(sessions: Sessions, options: ReportOptions, failOn: Band?, deletions: Output?, html: HTMLReport?) {
            self.sessions = sessions
            self.options = options
            self.failOn = failOn
            self.deletions = deletions
            self.html = html
        }

        /// Checks the posts of `items` in parallel, one session per worker, and writes the
        /// records of the items from `first` on, in order.
        mutating func check(_ items: [Item], writingFrom first: Int, to output: inout Output) throws {
            let workers = sessions.all.count
            let results = Results(count: items.count)
            let sessions = self.sessions
            // Each worker takes the next unchecked post, so a slow post does not hold up the others.
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                while let index = results.claim() {
                    if case .post(_, let post) = items[index] {
                        results.set(index, Result { try sessions.all[worker].checkPost(Array(post.text.utf8), id: post.id) })
                    }
                }
            }
            for (index, item) in items.enumerated() {
                let write = index >= first
                switch item {
                case .error(let source, let message):
                    if write { AuditCommand.writeError(source, message, into: &output) }
                    failed()
                case .post(let source, let post):
                    switch results.get(index) {
                    case .success(let (assessment, text))?:
                        add(post, from: source, assessment, text)
                        if write { Self.write(post, assessment, options: options, into: &output) }
                    case .failure(let error)?:
                        if write {
                            AuditCommand.writeError(source, "cannot check post \(post.id ?? "?"): \(error)", into: &output)
                        }
                        failed()
                    case nil:
                        continue
                    }
                }
            }
        }

        private mutating func failed() {
            html?.addError()
            errors += 1
            status = ExitStatus.badInput
        }

        private mutating func add(_ post: ArchivePost, from source: String, _ assessment: Assessment, _ text: [UInt8]) {
            posts += 1
            html?.add(
                HTMLReport.Post(
                    source: source, platform: post.platform, createdAt: post.createdAt, url: post.url, assessment: assessment,
                    text: text))
            bands[assessment.band, default: 0] += 1
            for factor in assessment.factors { categories[factor.category.rawValue, default: 0] += 1 }
            worst.append((assessment.score, "\(Int(assessment.score)) \(assessment.band.rawValue)  \(post.id ?? source)"))
            if worst.count > 40 {
                worst.sort { $0.score > $1.score }
                worst.removeLast(worst.count - 10)
            }
            if let failOn, assessment.band >= failOn {
                if status == ExitStatus.clean { status = ExitStatus.atOrAboveFailOn }
                if let id = post.id ?? post.url { deletions?.write(id + "\n") }
            }
        }

        private static func write(
            _ post: ArchivePost, _ assessment: Assessment, options: ReportOptions, into output: inout Output
        ) {
            var writer = JSONWriter()
            var extra: [(key: String, value: String?)] = [
                ("platform", post.platform), ("createdAt", post.createdAt), ("url", post.url),
            ]
            if post.isRepost { extra.append(("repost", "true")) }
            AssessmentJSON.write(assessment, extra: extra, options: options, into: &writer)
            output.write(writer.bytes)
            output.write("\n")
        }

        /// Posts per band and category and the worst posts, for standard error.
        func summary(resumedAfter skipped: Int) -> String {
            var summary = "audit: \(posts) posts, \(errors) errors"
            if skipped > 0 { summary += " after the \(skipped) records already written" }
            summary += "; " + Band.allCases.map { "\(bands[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
            if !categories.isEmpty {
                summary +=
                    "\n  posts per category: "
                    + categories.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            }
            let top = worst.sorted { $0.score > $1.score }.prefix(10).filter { $0.score > 0 }
            if !top.isEmpty { summary += "\n  worst posts:\n" + top.map { "    " + $0.label }.joined(separator: "\n") }
            return summary
        }
    }

    /// The number of complete lines of a file, after cutting off an incomplete last line; 0 when
    /// the file does not exist yet.
    static func completeLines(_ path: String) throws -> Int {
        guard let bytes = try? FileBytes.read(path) else { return 0 }
        let keep = (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        if keep < bytes.count, truncate(path, off_t(keep)) != 0 {
            printError("cannot cut the incomplete last line of \(path)")
            throw ExitCode(ExitStatus.badInput)
        }
        return bytes[..<keep].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// An output file, or nil for none; a file that cannot be created exits 2.
    static func open(_ path: String?, append: Bool = false) throws -> Output? {
        guard let path else { return nil }
        guard let file = Output(path: path, append: append) else {
            printError("cannot write \(path)")
            throw ExitCode(ExitStatus.badInput)
        }
        return file
    }

    static func writeError(_ source: String, _ message: String, into output: inout Output) {
        var writer = JSONWriter()
        AssessmentJSON.writeError(line: nil, message: message, source: source, into: &writer)
        output.write(writer.bytes)
        output.write("\n")
    }
}

/// One session per worker: worker k only ever uses `all[k]`, so no session is shared.
final class Sessions: @unchecked Sendable {
    let all: [Session]

    init(_ all: [Session]) { self.all = all }
}

/// Per-post results of a chunk (the assessment and the text its offsets index), written by the
/// workers, each slot by one worker.
final class Results: @unchecked Sendable {
    typealias Checked = (assessment: Assessment, text: [UInt8])
    private var slots: [Result<Checked, any Error>?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next slot no worker has taken yet, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ result: Result<Checked, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func get(_ index: Int) -> Result<Checked, any Error>? {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]
    }
}

/// A progress line on standard error when it is a terminal: the share of the input read, posts
/// done, posts per second and the time left. Quiet otherwise.
final class Progress {
    let totalBytes: Int
    let enabled: Bool
    private let started = ContinuousClock.now
    private var shown = false
    // The first chunk draws the line at once.
    private var last = ContinuousClock.now - .seconds(1)

    init(totalBytes: Int, enabled: Bool) {
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    func update(posts: Int, bytesRead: Int, force: Bool = false) {
        // At most ten redraws a second.
        guard enabled, totalBytes > 0, force || ContinuousClock.now - last >= .milliseconds(100) else { return }
        last = ContinuousClock.now
        let (seconds, attoseconds) = (ContinuousClock.now - started).components
        let elapsed = max(1e-3, Double(seconds) + Double(attoseconds) / 1e18)
        let share = min(1, Double(bytesRead) / Double(totalBytes))
        let left = share > 0 ? Int(elapsed * (1 - share) / share) : 0
        let width = 30
        let filled = Int(share * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line =
            "\r\(bar) \(Int(share * 100))%  \(posts) posts, \(Int(Double(posts) / elapsed)) posts/s, \(left / 60)m\(left % 60)s left "
        FileHandleWriter.standardError(line)
        shown = true
    }

    /// Draws the last line, when any was drawn, and ends it.
    func finish(posts: Int) {
        guard shown else { return }
        update(posts: posts, bytesRead: totalBytes, force: true)
        FileHandleWriter.standardError("\n")
    }
}

/// Unbuffered writes to standard error for the progress line.
enum FileHandleWriter {
    static func standardError(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            _ = write(2, base, raw.count)
        }
    }
}
