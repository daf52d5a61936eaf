/// Readers of platform exports that hold posts as JSON: X/Twitter's `tweets.js` and Mastodon's
/// `outbox.json`. Each returns every post of the file or throws why the file cannot be read.
public enum TwitterArchive {
    /// The posts of a `tweets.js` (or `tweet.js`, `tweets-partN.js`) file: the JavaScript
    /// assignment `window.YTD.tweets.part0 = [{"tweet": {…}}, …]`, or the bare JSON array.
    /// HTML entities are decoded, t.co links (of links and of attached media) replaced by the
    /// links they stand for, and retweets marked.
    public static func posts(from bytes: [UInt8], parser: JSONParser = JSONParser()) throws(ArchiveError) -> [ArchivePost] {
        // The JSON starts at the first '[' (after "window.YTD.tweets.part0 = "). Each element is
        // parsed on its own, so memory holds one tweet's tree at a time, not the archive's.
        guard let start = bytes.firstIndex(of: UInt8(ascii: "[")) else {
            throw ArchiveError("not a tweets.js file: no JSON array")
        }
        let elements: [Range<Int>]
        do {
            elements = try JSONArrayElements.ranges(in: bytes, from: start)
        } catch {
            throw ArchiveError("invalid JSON in tweets.js: \(error)")
        }
        var posts: [ArchivePost] = []
        posts.reserveCapacity(elements.count)
        for (index, range) in elements.enumerated() {
            let item: JSONValue
            do {
                item = try bytes.withUnsafeBufferPointer { buffer throws(JSONError) in
                    try parser.parse(UnsafeBufferPointer(rebasing: buffer[range]))
                }
            } catch {
                throw ArchiveError("invalid JSON in tweet \(index + 1): \(error)")
            }
            let tweet = item["tweet"] ?? item
            guard case .string(let fullText)? = tweet["full_text"] ?? tweet["text"] else {
                throw ArchiveError("tweet \(index + 1) has no full_text")
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
            posts.append(
                ArchivePost(
                    id: id, text: text, createdAt: tweet["created_at"].flatMap(Self.string).flatMap(Self.isoDate),
                    url: id.map { "https://x.com/i/status/\($0)" }, platform: "twitter",
                    isRepost: fullText.hasPrefix("RT @") || tweet["retweeted_status"] != nil))
        }
        return posts
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

public enum MastodonOutbox {
    static let publicAudience = "https://www.w3.org/ns/activitystreams#Public"

    /// The posts of an `outbox.json` (an ActivityStreams `OrderedCollection`): each `Create` of
    /// a `Note` with its HTML content as text and its content warning, and each `Announce` (a
    /// boost) as a repost whose text is the boosted post's address. Visibility comes from `to`
    /// and `cc`. The duplicated `orderedItems` key some exports write is read as one list, each
    /// activity once.
    public static func posts(from bytes: [UInt8], parser: JSONParser = JSONParser()) throws(ArchiveError) -> [ArchivePost] {
        let value: JSONValue
        do {
            value = try parser.parse(bytes)
        } catch {
            throw ArchiveError("invalid JSON in outbox.json: \(error)")
        }
        guard case .object(let members) = value else { throw ArchiveError("not an outbox.json: not a JSON object") }
        var activities: [JSONValue] = []
        for member in members where member.key == "orderedItems" {
            guard case .array(let items) = member.value else { throw ArchiveError("orderedItems is not a list") }
            activities += items
        }
        guard members.contains(where: { $0.key == "orderedItems" }) else {
            throw ArchiveError("not an outbox.json: no orderedItems")
        }
        var seen = Set<String>()
        var posts: [ArchivePost] = []
        for activity in activities {
            let id = activity["id"].flatMap(TwitterArchive.string)
            if let id, !seen.insert(id).inserted { continue }
            let type = activity["type"].flatMap(TwitterArchive.string)
            let published = activity["published"].flatMap(TwitterArchive.string)
            let visibility = Self.visibility(activity)
            switch type {
            case "Create":
                guard let note = activity["object"], case .object = note else { continue }
                let content = note["content"].flatMap(TwitterArchive.string) ?? ""
                let warning = note["summary"].flatMap(TwitterArchive.string).flatMap {
                    $0.isEmpty ? nil : HTMLText.decodeEntities($0)
                }
                posts.append(
                    ArchivePost(
                        id: note["id"].flatMap(TwitterArchive.string) ?? id, text: HTMLText.text(ofHTML: content),
                        createdAt: note["published"].flatMap(TwitterArchive.string) ?? published,
                        url: note["url"].flatMap(TwitterArchive.string) ?? note["id"].flatMap(TwitterArchive.string),
                        platform: "mastodon", visibility: visibility, contentWarning: warning))
            case "Announce":
                let object =
                    activity["object"].flatMap(TwitterArchive.string) ?? activity["object"]?["id"].flatMap(TwitterArchive.string)
                posts.append(
                    ArchivePost(
                        id: id, text: object ?? "", createdAt: published, url: object, platform: "mastodon", isRepost: true,
                        visibility: visibility))
            default:
                continue
            }
        }
        return posts
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

/// The byte ranges of the elements of a JSON array, found by a scanner that tracks strings and
/// nesting without building values: a large export's elements can then be parsed one at a time.
public enum JSONArrayElements {
    /// The elements of the array that starts at `start` (a '['), which must close before the end.
    public static func ranges(in bytes: [UInt8], from start: Int) throws(JSONError) -> [Range<Int>] {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "[") else {
            throw JSONError(offset: start, message: "expected '['")
        }
        var ranges: [Range<Int>] = []
        var depth = 0
        var inString = false
        var escaped = false
        var elementStart: Int?
        var i = start + 1
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
                if elementStart == nil { elementStart = i }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if elementStart == nil { elementStart = i }
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == 0 {
                    guard b == UInt8(ascii: "]") else { throw JSONError(offset: i, message: "unbalanced '}'") }
                    if let first = elementStart { ranges.append(first..<i) }
                    return ranges
                }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 0 {
                    guard let first = elementStart else { throw JSONError(offset: i, message: "empty array element") }
                    ranges.append(first..<i)
                    elementStart = nil
                }
            case 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                if elementStart == nil { elementStart = i }
            }
            i += 1
        }
        throw JSONError(offset: bytes.count, message: "the array never closes")
    }
}
