/// Readers of platform exports that hold posts as JSON: X/Twitter's `tweets.js` and Mastodon's
/// `outbox.json`. Each returns every post of the file or throws why the file cannot be read.
public enum TwitterArchive {
    /// The posts of a `tweets.js` (or `tweet.js`, `tweets-partN.js`) file: the JavaScript
    /// assignment `window.YTD.tweets.part0 = [{"tweet": {…}}, …]`, or the bare JSON array.
    /// HTML entities are decoded, t.co links (of links and of attached media) replaced by the
    /// links they stand for, and retweets marked.
    public static func posts(from bytes: [UInt8], parser: JSONParser = JSONParser()) throws(ArchiveError) -> [ArchivePost] {
        try ArchivePost.collect { try forEachPost(in: ByteSource(bytes: bytes), parser: parser, $0) }
    }

    /// Calls `body` with each post of a `tweets.js` as it is read: memory holds one tweet at a
    /// time. Throws `ArchiveError`, or what `source` or `body` throw.
    public static func forEachPost(
        in source: ByteSource, parser: JSONParser = JSONParser(), _ body: (ArchivePost) throws -> Void
    ) throws {
        // The JSON starts at the first '[' (after "window.YTD.tweets.part0 = ").
        try JSONStream.forEachValue(in: source, parser: parser, file: "tweets.js", item: "tweet") { item, index, _ in
            try body(try post(item, index: index))
        }
    }

    /// One element of the array: `{"tweet": {…}}` or the tweet itself.
    static func post(_ item: JSONValue, index: Int) throws(ArchiveError) -> ArchivePost {
        let tweet = item["tweet"] ?? item
        guard case .string(let fullText)? = tweet["full_text"] ?? tweet["text"] else {
            throw ArchiveError("tweet \(index) has no full_text")
        }
        var text = HTMLText.decodeEntities(fullText)
        // Links, and the links of attached photos and videos.
        for list in [tweet["entities"]?["urls"], tweet["entities"]?["media"], tweet["extended_entities"]?["media"]] {
            guard case .array(let urls)? = list else { continue }
            for url in urls {
                guard case .string(let short)? = url["url"], case .string(let expanded)? = url["expanded_url"], !short.isEmpty
                else { continue }
                text = text.replacing(short, with: expanded)
            }
        }
        let id = tweet["id_str"].flatMap(Self.string) ?? tweet["id"].flatMap(Self.string)
        return ArchivePost(
            id: id, text: text, createdAt: tweet["created_at"].flatMap(Self.string).flatMap(Self.isoDate),
            url: id.map { "https://x.com/i/status/\($0)" }, platform: "twitter",
            isRepost: fullText.hasPrefix("RT @") || tweet["retweeted_status"] != nil)
    }

    static func string(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let text): text
        default: nil
        }
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Fri Feb 20 09:10:58 +0000 2026" as "2026-02-20T09:10:58Z" (the archive writes UTC).
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, let month = months.firstIndex(of: String(parts[1])), let day = Int(parts[2]),
            parts[3].count == 8, let year = Int(parts[5]), parts[4] == "+0000"
        else { return nil }
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month + 1))-\(pad(day))T\(parts[3])Z"
    }
}

/// The reader of a Mastodon export's `outbox.json`.
public enum MastodonOutbox {
    static let publicAudience = "https://www.w3.org/ns/activitystreams#Public"

    /// The posts of an `outbox.json` (an ActivityStreams `OrderedCollection`): each `Create` of
    /// a `Note` with its HTML content as text and its content warning, and each `Announce` (a
    /// boost) as a repost whose text is the boosted post's address. Visibility comes from `to`
    /// and `cc`. The duplicated `orderedItems` key some exports write is read as one list, each
    /// activity once.
    public static func posts(from bytes: [UInt8], parser: JSONParser = JSONParser()) throws(ArchiveError) -> [ArchivePost] {
        try ArchivePost.collect { try forEachPost(in: ByteSource(bytes: bytes), parser: parser, $0) }
    }

    /// Calls `body` with each post of an `outbox.json` as it is read: memory holds one activity
    /// at a time (and the ids seen, to skip the repeats of a duplicated `orderedItems`).
    public static func forEachPost(
        in source: ByteSource, parser: JSONParser = JSONParser(), _ body: (ArchivePost) throws -> Void
    ) throws {
        var seen = Set<String>()
        let shape = try JSONStream.forEachValue(
            in: source, member: "orderedItems", parser: parser, file: "outbox.json", item: "activity"
        ) { activity, _, fromMember in
            guard fromMember else { throw ArchiveError("not an outbox.json: not a JSON object") }
            let id = activity["id"].flatMap(TwitterArchive.string)
            if let id, !seen.insert(id).inserted { return }
            if let post = post(activity, id: id) { try body(post) }
        }
        if shape != .object(foundMember: true) {
            throw ArchiveError(shape == .array ? "not an outbox.json: not a JSON object" : "not an outbox.json: no orderedItems")
        }
    }

    /// The post of a `Create` of a `Note` or of an `Announce`; nil for other activities.
    static func post(_ activity: JSONValue, id: String?) -> ArchivePost? {
        let type = activity["type"].flatMap(TwitterArchive.string)
        let published = activity["published"].flatMap(TwitterArchive.string)
        let visibility = Self.visibility(activity)
        switch type {
        case "Create":
            guard let note = activity["object"], case .object = note else { return nil }
            let content = note["content"].flatMap(TwitterArchive.string) ?? ""
            let warning = note["summary"].flatMap(TwitterArchive.string).flatMap {
                $0.isEmpty ? nil : HTMLText.decodeEntities($0)
            }
            return ArchivePost(
                id: note["id"].flatMap(TwitterArchive.string) ?? id, text: HTMLText.text(ofHTML: content),
                createdAt: note["published"].flatMap(TwitterArchive.string) ?? published,
                url: note["url"].flatMap(TwitterArchive.string) ?? note["id"].flatMap(TwitterArchive.string),
                platform: "mastodon", visibility: visibility, contentWarning: warning)
        case "Announce":
            let object =
                activity["object"].flatMap(TwitterArchive.string) ?? activity["object"]?["id"].flatMap(TwitterArchive.string)
            return ArchivePost(
                id: id, text: object ?? "", createdAt: published, url: object, platform: "mastodon", isRepost: true,
                visibility: visibility)
        default:
            return nil
        }
    }

    /// "public" when the public audience is addressed, "unlisted" when it is only copied,
    /// "followers" when a followers collection is addressed, else "direct".
    static func visibility(_ activity: JSONValue) -> String {
        func audience(_ key: String) -> [String] {
            switch activity[key] {
            case .string(let one)?: [one]
            case .array(let many)?: many.compactMap(TwitterArchive.string)
            default: []
            }
        }
        let to = audience("to")
        let cc = audience("cc")
        if to.contains(publicAudience) { return "public" }
        if cc.contains(publicAudience) { return "unlisted" }
        if (to + cc).contains(where: { $0.hasSuffix("/followers") }) { return "followers" }
        return "direct"
    }
}
