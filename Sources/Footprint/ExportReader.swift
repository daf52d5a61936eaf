import FootprintInput
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The export formats `footprint audit` reads.
public enum ExportFormat: String, Sendable, CaseIterable {
    case twitter, mastodon, bluesky, reddit, facebook, instagram, threads, linkedin, jsonl, csv, text
}

/// What reading an export gives, in order: a post, or why a file (or part of it) could not be
/// read.
public enum ExportEvent: Sendable {
    case post(ArchivePost)
    case error(String)
}

/// Finds and reads the posts of platform exports: a file, a folder (every file in it, in name
/// order), or an X/Twitter archive zip. The format of each file is told from its name and first
/// bytes unless given. Posts are handed out as they are read: the large formats (tweets.js,
/// outbox.json, Meta's JSON, CSV, JSON Lines) are streamed, so memory holds one post at a time
/// whatever the size of the export. A Bluesky repository, a text draft and a zip archive are
/// read whole.
public struct ExportReader: Sendable {
    /// The format to read every file as; nil to detect it.
    public var format: ExportFormat?
    /// For JSON Lines and CSV: the field holding the post's text.
    public var textField = "text"
    /// For JSON Lines and CSV: the field holding the post's id.
    public var idField = "id"
    /// For JSON Lines and CSV: the field holding the post's date.
    public var dateField = "date"

    /// Creates a reader of `format`, or of the format each file's name and first bytes tell.
    public init(format: ExportFormat? = nil) { self.format = format }

    /// The files of the export paths in the order they are read, with their sizes in bytes: a
    /// folder's files (hidden ones left out) in name order; a path that is not a folder as it is.
    public static func files(of paths: [String]) -> [(path: String, size: Int)] {
        var files: [(path: String, size: Int)] = []
        for var path in paths {
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
                for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    let full = path + "/" + name
                    var inner: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: full, isDirectory: &inner), !inner.boolValue else { continue }
                    files.append((full, Self.size(of: full)))
                }
            } else {
                files.append((path, Self.size(of: path)))
            }
        }
        return files
    }

    private static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Reads every file of `paths` (see `files(of:)`), calling `body` with each event, the file
    /// (or `zip!entry`) it comes from, and the bytes of input read so far (for progress). A
    /// folder's files of unknown formats are skipped; a named file of unknown format is an
    /// error. Throws only what `body` throws.
    public func read(
        paths: [String], _ body: (_ source: String, _ event: ExportEvent, _ bytesRead: Int) throws -> Void
    ) throws {
        var done = 0
        for var path in paths {
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(path, .error("no such file or folder"), done)
                continue
            }
            for file in Self.files(of: [path]) {
                try readFile(file.path, skipUnknown: isDirectory.boolValue) { source, event, read in
                    try body(source, event, done + min(read, file.size))
                }
                done += file.size
            }
        }
    }

    private func readFile(_ path: String, skipUnknown: Bool, _ body: (String, ExportEvent, Int) throws -> Void) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return try body(path, .error("cannot read the file: \(String(cString: strerror(errno)))"), 0)
        }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: 4096)
        let count = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else {
            return try body(path, .error("cannot read the file: \(String(cString: strerror(errno)))"), 0)
        }
        head.removeLast(head.count - count)
        if path.lowercased().hasSuffix(".zip") || head.starts(with: [0x50, 0x4B, 3, 4]) {
            return try readZip(path, descriptor: descriptor, body)
        }
        guard let detected = format ?? Self.detect(name: path, head: head) else {
            if skipUnknown { return }
            return try body(path, .error("unknown format: use --from"), 0)
        }
        let source = ByteSource(fileDescriptor: descriptor, blockSize: 1 << 20)
        try read(source, as: detected, name: path) { event in try body(path, event, source.consumed) }
    }

    private func readZip(_ path: String, descriptor: Int32, _ body: (String, ExportEvent, Int) throws -> Void) throws {
        let zip: ZipArchive
        do {
            zip = try ZipArchive(try ByteSource(fileDescriptor: descriptor, blockSize: 1 << 20).readAll())
        } catch {
            return try body(path, .error("\(error)"), 0)
        }
        var done = 0
        for entry in zip.entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasSuffix("/") {
            defer { done = max(done, entry.headerOffset + entry.compressedSize) }
            guard let detected = format ?? Self.detect(name: entry.name, head: []), detected != .text else { continue }
            let name = path + "!" + entry.name
            let data: [UInt8]
            do {
                data = try zip.data(of: entry)
            } catch {
                try body(name, .error("\(error)"), done)
                continue
            }
            try read(ByteSource(bytes: data), as: detected, name: name) { event in try body(name, event, done) }
        }
    }

    /// Reads `source` as `format`, calling `body` with each post, and with an error when the
    /// rest cannot be read (the posts before it were handed out). Throws only what `body` throws.
    public func read(_ source: ByteSource, as format: ExportFormat, name: String, _ body: (ExportEvent) throws -> Void) throws {
        // What `body` throws passes through untouched; the reader's own errors become events.
        struct Passed: Error { var error: any Error }
        func pass(_ event: ExportEvent) throws {
            do { try body(event) } catch { throw Passed(error: error) }
        }
        func post(_ post: ArchivePost) throws { try pass(.post(post)) }
        do {
            switch format {
            case .twitter: try TwitterArchive.forEachPost(in: source, post)
            case .mastodon: try MastodonOutbox.forEachPost(in: source, post)
            case .reddit: try RedditExport.forEachPost(in: source, post)
            case .linkedin: try LinkedInExport.forEachPost(in: source, post)
            case .facebook, .instagram, .threads: try MetaExport.forEachPost(in: source, post)
            case .bluesky:
                let read = try BlueskyRepository.posts(from: try source.readAll())
                for item in read.posts { try post(item) }
                if read.skipped > 0 {
                    try pass(
                        .error(
                            read.skipped == 1
                                ? "1 block is not valid DAG-CBOR and was skipped"
                                : "\(read.skipped) blocks are not valid DAG-CBOR and were skipped"))
                }
            case .jsonl:
                let decoder = JSONLRecordDecoder(textField: textField, idField: idField)
                try LineSplitter.forEachLine(in: source) { line, number in
                    guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { return }
                    switch decoder.decode(line: line, lineNumber: number, source: name) {
                    case .record(let record):
                        let date = record.metadata.last { $0.key == dateField }.flatMap { field -> String? in
                            if case .string(let text) = field.value { return text }
                            return nil
                        }
                        try post(ArchivePost(id: record.id, text: record.textString, createdAt: date, platform: "jsonl"))
                    case .failure(let line, let message):
                        try pass(.error("line \(line): \(message)"))
                    }
                }
            case .csv:
                try CSVTable.forEachRecord(in: source) { header in
                    guard header.contains(textField) else { throw ArchiveError("no '\(textField)' column (use --text-field)") }
                } _: { record in
                    try post(
                        ArchivePost(
                            id: record[idField], text: record[textField] ?? "", createdAt: record[dateField], platform: "csv"))
                }
            case .text:
                let text = String(decoding: try source.readAll(), as: UTF8.self)
                try post(ArchivePost(id: name, text: Self.prose(text), platform: "text"))
            }
        } catch let passed as Passed {
            throw passed.error
        } catch {
            try body(.error("\(error)"))
        }
    }

    /// The format of a file from its name and first bytes; nil when it is none Footprint reads.
    public static func detect(name: String, head: [UInt8]) -> ExportFormat? {
        let base = (name as NSString).lastPathComponent.lowercased()
        let text = String(decoding: head, as: UTF8.self)
        if base.hasSuffix(".js") {
            let isTweets =
                base == "tweets.js" || base == "tweet.js" || base.hasPrefix("tweets-part") || base.hasPrefix("tweet-part")
            return isTweets || text.contains("window.YTD.tweets") ? .twitter : nil
        }
        if base.hasSuffix(".car") { return .bluesky }
        if base.hasSuffix(".json") && base.hasPrefix("outbox") || text.contains("\"orderedItems\"") { return .mastodon }
        if base.hasSuffix(".json") {
            if base.hasPrefix("your_posts") || text.contains("\"timestamp\"") && text.contains("\"data\"") { return .facebook }
            if base.hasPrefix("post_comments") || text.contains("\"string_map_data\"") { return .instagram }
            if base.hasPrefix("threads_and_replies") || text.contains("text_post_app_text_posts") { return .threads }
            return nil
        }
        if base.hasSuffix(".csv") {
            let header = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first.map(String.init) ?? ""
            if header.contains("permalink") && header.contains("body") { return .reddit }
            if header.contains("ShareCommentary") || header.hasPrefix("Date,Link,Message") { return .linkedin }
            return .csv
        }
        if base.hasSuffix(".jsonl") || base.hasSuffix(".ndjson") { return .jsonl }
        if base.hasSuffix(".txt") || base.hasSuffix(".md") || base.hasSuffix(".markdown") { return .text }
        return nil
    }

    /// A text or Markdown draft with its front matter and fenced code blocks blanked out (code is
    /// not what a post says); lines keep their numbers.
    static func prose(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        {
            // Blank lines in its place keep the line numbers of the draft.
            lines = Array(repeating: "", count: close + 1) + lines[(close + 1)...]
        }
        var kept: [Substring] = []
        var fence: String?
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                kept.append("")
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                kept.append("")
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }
}
