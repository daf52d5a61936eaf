/// One post read from a platform export, before it is checked.
public struct ArchivePost: Sendable, Equatable {
    /// The platform's id of the post (a tweet id, an activity id), or nil when the export has none.
    public var id: String?
    /// The post's text as the author wrote it: entities decoded, short links expanded, markup
    /// turned into plain text.
    public var text: String
    /// When it was posted, ISO 8601 in UTC ("2026-02-20T09:10:58Z"), or nil when unknown.
    public var createdAt: String?
    /// Where the post can be seen, when the export says.
    public var url: String?
    /// The platform it came from ("twitter", "mastodon", …).
    public var platform: String
    /// A repost of someone else's post (a retweet, a boost): not the author's own words.
    public var isRepost: Bool
    /// Who could see it ("public", "unlisted", "followers", "direct"), when the export says.
    public var visibility: String?
    /// The content warning the post was published behind, if any.
    public var contentWarning: String?

    /// A post from the export's fields; `createdAt`, `url`, `visibility` and `contentWarning`
    /// default to unknown (nil), `isRepost` to false.
    public init(
        id: String?, text: String, createdAt: String? = nil, url: String? = nil, platform: String, isRepost: Bool = false,
        visibility: String? = nil, contentWarning: String? = nil
    ) {
        self.id = id
        self.text = text
        self.createdAt = createdAt
        self.url = url
        self.platform = platform
        self.isRepost = isRepost
        self.visibility = visibility
        self.contentWarning = contentWarning
    }
}

extension ArchivePost {
    /// The posts a streaming reader hands out, collected; any error it throws as `ArchiveError`.
    static func collect(_ read: ((ArchivePost) throws -> Void) throws -> Void) throws(ArchiveError) -> [ArchivePost] {
        var posts: [ArchivePost] = []
        do {
            try read { posts.append($0) }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("\(error)")
        }
        return posts
    }
}

/// Why an export could not be read.
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, for people ("not a zip file: too short").
    public var message: String

    /// An error saying `message`.
    public init(_ message: String) { self.message = message }

    /// The message, as is.
    public var description: String { message }
}
