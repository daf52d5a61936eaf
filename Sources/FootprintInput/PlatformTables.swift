/// Readers of platform exports held as CSV (Reddit, LinkedIn) or as Meta's JSON (Facebook,
/// Instagram, Threads).
public enum RedditExport {
    /// The posts of a Reddit GDPR export's `comments.csv` or `posts.csv`: the body (a post's
    /// title and body), its id, date and permalink. HTML-escaped characters are decoded; a
    /// `[deleted]` or `[removed]` body is kept as an empty post, so every row gives one.
    public static func posts(from bytes: [UInt8]) throws(ArchiveError) -> [ArchivePost] {
        try ArchivePost.collect { try forEachPost(in: ByteSource(bytes: bytes), $0) }
    }

    /// Calls `body` with each row's post as it is read.
    public static func forEachPost(in source: ByteSource, _ body: (ArchivePost) throws -> Void) throws {
        try CSVTable.forEachRecord(in: source) { header in
            guard header.contains("body") else { throw ArchiveError("not a Reddit export: no 'body' column") }
        } _: { record in
            var text = HTMLText.decodeEntities(record.nonEmpty("body") ?? "")
            if text == "[deleted]" || text == "[removed]" { text = "" }
            if let title = record.nonEmpty("title") { text = text.isEmpty ? title : title + "\n\n" + text }
            try body(
                ArchivePost(
                    id: record.nonEmpty("id"), text: text, createdAt: record.nonEmpty("date").flatMap(Self.isoDate),
                    url: record.nonEmpty("permalink"), platform: "reddit"))
        }
    }

    /// "2019-04-02 17:05:11 UTC" as "2019-04-02T17:05:11Z".
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        guard parts.count >= 2, parts[0].count == 10, parts[1].count == 8 else { return nil }
        return "\(parts[0])T\(parts[1])Z"
    }
}

/// The reader of a LinkedIn export's `Shares.csv` and `Comments.csv`.
public enum LinkedInExport {
    /// The posts of LinkedIn's `Shares.csv` (`ShareCommentary`) or `Comments.csv` (`Message`).
    /// LinkedIn wraps each inner line of a multi-line post in literal quotes; they are removed.
    public static func posts(from bytes: [UInt8]) throws(ArchiveError) -> [ArchivePost] {
        try ArchivePost.collect { try forEachPost(in: ByteSource(bytes: bytes), $0) }
    }

    /// Calls `body` with each row's post as it is read.
    public static func forEachPost(in source: ByteSource, _ body: (ArchivePost) throws -> Void) throws {
        var textColumn = "ShareCommentary"
        var linkColumn = "ShareLink"
        try CSVTable.forEachRecord(in: source) { header in
            if !header.contains(textColumn) { textColumn = "Message" }
            if !header.contains(linkColumn) { linkColumn = "Link" }
            guard header.contains(textColumn) else {
                throw ArchiveError("not a LinkedIn Shares.csv or Comments.csv: no 'ShareCommentary' or 'Message' column")
            }
        } _: { record in
            let url = record.nonEmpty(linkColumn)
            try body(
                ArchivePost(
                    id: url, text: unwrapLines(record.nonEmpty(textColumn) ?? ""),
                    createdAt: record.nonEmpty("Date").flatMap(RedditExport.isoDate), url: url, platform: "linkedin",
                    visibility: record.nonEmpty("Visibility")))
        }
    }

    /// `first"` / `"middle"` / `"last` lines back to `first` / `middle` / `last`, when every line
    /// of a multi-line text is wrapped that way.
    static func unwrapLines(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1 else { return text }
        let wrapped = lines.indices.allSatisfy { k in
            (k == 0 || lines[k].hasPrefix("\"")) && (k == lines.count - 1 || lines[k].hasSuffix("\""))
                && !(lines[k] == "\"" && k != 0 && k != lines.count - 1)
        }
        guard wrapped else { return text }
        return lines.indices.map { k in
            var line = lines[k]
            if k > 0 { line = line.dropFirst() }
            if k < lines.count - 1 { line = line.dropLast() }
            return String(line)
        }.joined(separator: "\n")
    }
}

/// The reader of Facebook, Instagram and Threads exports (Meta's JSON).
public enum MetaExport {
    /// The posts of a Facebook `your_posts_N.json`, an Instagram `post_comments_N.json` or a
    /// Threads `threads_and_replies.json`, with their mojibake repaired (see `Mojibake`). A
    /// Facebook entry's text is its posts, then its attachments' places and links (a check-in's
    /// address is personal data too), else its title; every entry gives one post.
    public static func posts(from bytes: [UInt8], parser: JSONParser = JSONParser()) throws(ArchiveError) -> [ArchivePost] {
        try ArchivePost.collect { try forEachPost(in: ByteSource(bytes: bytes), parser: parser, $0) }
    }

    /// Calls `body` with each entry's post as it is read: memory holds one entry at a time.
    public static func forEachPost(
        in source: ByteSource, parser: JSONParser = JSONParser(), _ body: (ArchivePost) throws -> Void
    ) throws {
        let shape = try JSONStream.forEachValue(
            in: source, member: "text_post_app_text_posts", parser: parser, file: "the export", item: "entry"
        ) { entry, index, isThread in
            try body(isThread ? thread(entry, index: index) : post(entry, index: index))
        }
        if shape == .object(foundMember: false) {
            throw ArchiveError("not a Facebook, Instagram or Threads export: expected a list of entries")
        }
    }

    /// A Threads post: the titles of its media.
    static func thread(_ thread: JSONValue, index: Int) -> ArchivePost {
        let media: [JSONValue] = if case .array(let items)? = thread["media"] { items } else { [] }
        let text = media.compactMap { $0["title"].flatMap(TwitterArchive.string) }.filter { !$0.isEmpty }
            .map(Mojibake.repaired).joined(separator: "\n")
        let time = media.lazy.compactMap { $0["creation_timestamp"].flatMap(TwitterArchive.string) }.first
        return ArchivePost(id: "threads-\(index)", text: text, createdAt: time.flatMap(Self.isoDate), platform: "threads")
    }

    /// An Instagram comment or a Facebook post.
    static func post(_ entry: JSONValue, index: Int) -> ArchivePost {
        if let map = entry["string_map_data"] {
            let text = map["Comment"]?["value"].flatMap(TwitterArchive.string).map(Mojibake.repaired) ?? ""
            let time = map["Time"]?["timestamp"].flatMap(TwitterArchive.string)
            return ArchivePost(
                id: "instagram-\(index)", text: text, createdAt: time.flatMap(Self.isoDate), platform: "instagram")
        }
        var parts: [String] = []
        if case .array(let data)? = entry["data"] {
            parts += data.compactMap { $0["post"].flatMap(TwitterArchive.string) }
        }
        if case .array(let attachments)? = entry["attachments"] {
            for attachment in attachments {
                guard case .array(let data)? = attachment["data"] else { continue }
                for item in data {
                    if let place = item["place"] {
                        let name = place["name"].flatMap(TwitterArchive.string)
                        let address = place["address"].flatMap(TwitterArchive.string)
                        let joined = [name, address].compactMap { $0 }.joined(separator: ", ")
                        if !joined.isEmpty { parts.append(joined) }
                    }
                    if let url = item["external_context"]?["url"].flatMap(TwitterArchive.string) { parts.append(url) }
                }
            }
        }
        if parts.isEmpty, let title = entry["title"].flatMap(TwitterArchive.string) { parts.append(title) }
        let time = entry["timestamp"].flatMap(TwitterArchive.string)
        return ArchivePost(
            id: "facebook-\(index)", text: parts.map(Mojibake.repaired).joined(separator: "\n"),
            createdAt: time.flatMap(Self.isoDate), platform: "facebook")
    }

    /// Seconds since 1970 as ISO 8601 in UTC ("2013-08-05T00:22:03Z").
    static func isoDate(_ seconds: String) -> String? {
        guard let value = Int64(seconds), value >= 0, value < 253_402_300_800 else { return nil }
        let days = value / 86_400
        let rest = value % 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))T\(pad(rest / 3_600)):\(pad(rest % 3_600 / 60)):\(pad(rest % 60))Z"
    }
}
