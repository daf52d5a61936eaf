import FootprintInput
import Foundation

/// The export formats `footprint audit` reads.
public enum ExportFormat: String, Sendable, CaseIterable {
    case twitter, mastodon, bluesky, reddit, facebook, instagram, threads, linkedin, jsonl, csv, text
}

/// What reading one file of an export gave: its posts, or why it could not be read.
public struct ExportFile: Sendable {
    /// The file, or `zip!entry` for a file inside a zip archive.
    public var source: String
    public var format: ExportFormat?
    public var posts: [ArchivePost]
    /// Why the file (or part of it) could not be read; the audit reports it as an error record.
    public var errors: [String]
}

/// Finds and reads the posts of platform exports: a file, a folder (every file in it, in name
/// order), or an X/Twitter archive zip. The format of each file is told from its name and first
/// bytes unless given.
public struct ExportReader: Sendable {
    /// The format to read every file as; nil to detect it.
    public var format: ExportFormat?
    /// For JSON Lines and CSV: the fields holding the text, the id and the date.
    public var textField = "text"
    public var idField = "id"
    public var dateField = "date"

    public init(format: ExportFormat? = nil) { self.format = format }

    /// The files an export path holds, each with its posts, in order.
    public func read(path: String) -> [ExportFile] {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [ExportFile(source: path, posts: [], errors: ["no such file or folder"])]
        }
        if isDirectory.boolValue {
            let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            var files: [ExportFile] = []
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let full = path + "/" + name
                var inner: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &inner), !inner.boolValue else { continue }
                guard let file = readFile(full, skipUnknown: true) else { continue }
                files.append(file)
            }
            return files
        }
        if path.lowercased().hasSuffix(".zip") { return readZip(path) }
        return [readFile(path, skipUnknown: false) ?? ExportFile(source: path, posts: [], errors: ["unknown format"])]
    }

    private func readZip(_ path: String) -> [ExportFile] {
        guard let data = FileManager.default.contents(atPath: path) else {
            return [ExportFile(source: path, posts: [], errors: ["cannot read the file"])]
        }
        do {
            let zip = try ZipArchive(Array(data))
            var files: [ExportFile] = []
            for entry in zip.entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasSuffix("/") {
                let detected = format ?? Self.detect(name: entry.name, head: [])
                guard let detected, detected != .text else { continue }
                let source = path + "!" + entry.name
                do {
                    files.append(try parse(try zip.data(of: entry), as: detected, source: source))
                } catch {
                    files.append(ExportFile(source: source, format: detected, posts: [], errors: ["\(error)"]))
                }
            }
            return files
        } catch {
            return [ExportFile(source: path, posts: [], errors: ["\(error)"])]
        }
    }

    private func readFile(_ path: String, skipUnknown: Bool) -> ExportFile? {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ExportFile(source: path, posts: [], errors: ["cannot read the file"])
        }
        let bytes = Array(data)
        guard let detected = format ?? Self.detect(name: path, head: Array(bytes.prefix(4096))) else {
            return skipUnknown ? nil : ExportFile(source: path, posts: [], errors: ["unknown format: use --from"])
        }
        do {
            return try parse(bytes, as: detected, source: path)
        } catch {
            return ExportFile(source: path, format: detected, posts: [], errors: ["\(error)"])
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

    /// The posts of one file's bytes read as `format`.
    public func parse(_ bytes: [UInt8], as format: ExportFormat, source: String) throws -> ExportFile {
        var errors: [String] = []
        let posts: [ArchivePost]
        switch format {
        case .twitter: posts = try TwitterArchive.posts(from: bytes)
        case .mastodon: posts = try MastodonOutbox.posts(from: bytes)
        case .bluesky:
            let read = try BlueskyRepository.posts(from: bytes)
            posts = read.posts
            if read.skipped > 0 { errors.append("\(read.skipped) blocks are not valid DAG-CBOR and were skipped") }
        case .reddit: posts = try RedditExport.posts(from: bytes)
        case .linkedin: posts = try LinkedInExport.posts(from: bytes)
        case .facebook, .instagram, .threads: posts = try MetaExport.posts(from: bytes)
        case .jsonl:
            let decoder = JSONLRecordDecoder(textField: textField, idField: idField)
            var read: [ArchivePost] = []
            var lineNumber = 0
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lineNumber += 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                switch decoder.decode(line: Array(line), lineNumber: lineNumber, source: source) {
                case .record(let record):
                    let date = record.metadata.last { $0.key == dateField }.flatMap { field -> String? in
                        if case .string(let text) = field.value { return text }
                        return nil
                    }
                    read.append(ArchivePost(id: record.id, text: record.textString, createdAt: date, platform: "jsonl"))
                case .failure(let line, let message):
                    errors.append("line \(line): \(message)")
                }
            }
            posts = read
        case .csv:
            let table = try CSVTable.rows(bytes)
            guard let header = table.first?.fields, let textColumn = header.firstIndex(of: textField) else {
                throw ArchiveError("no '\(textField)' column (use --text-field)")
            }
            let idColumn = header.firstIndex(of: idField)
            let dateColumn = header.firstIndex(of: dateField)
            posts = table.dropFirst().map { row in
                func value(_ index: Int?) -> String? { index.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } }
                return ArchivePost(
                    id: value(idColumn), text: value(textColumn) ?? "", createdAt: value(dateColumn), platform: "csv")
            }
        case .text:
            posts = [ArchivePost(id: source, text: Self.prose(String(decoding: bytes, as: UTF8.self)), platform: "text")]
        }
        return ExportFile(source: source, format: format, posts: posts, errors: errors)
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
