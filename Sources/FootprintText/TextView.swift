/// A derived form of a post's text (folded, skeleton, de-obfuscated) with the map back to the
/// original.
public struct TextView: Sendable {
    /// The view's text as UTF-8.
    public let bytes: [UInt8]
    /// Where each view byte came from in the original.
    public let map: OffsetMap
    /// True when `bytes` is pure ASCII.
    public let isASCII: Bool

    /// A view of `bytes` (UTF-8) with `map` back to the original; `isASCII` must say whether
    /// `bytes` is pure ASCII.
    public init(bytes: [UInt8], map: OffsetMap, isASCII: Bool) {
        self.bytes = bytes
        self.map = map
        self.isASCII = isASCII
    }

    /// The view's text as a String (for tests and messages; matchers work on `bytes`).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The original byte range a range of this view came from.
    public func originalRange(of viewRange: Range<Int>) -> Range<Int> { map.originalRange(of: viewRange) }
}

/// Names of the views a rule can match in.
public enum ViewKind: String, Sendable, CaseIterable, Codable {
    /// NFKC_Casefold with default-ignorables removed: case, width and compatibility forms folded.
    case folded
    /// The folded text with confusable look-alikes (Cyrillic а, Greek ο) mapped to their prototype.
    case skeleton
    /// The folded text with leetspeak, stretched letters and split letters undone.
    case deobfuscated
}

/// What a word-break segment holds.
public enum TokenKind: String, Sendable {
    case word, number, emoji, punctuation
}

/// A word-break segment of a view (whitespace is not kept).
public struct Token: Sendable, Equatable {
    /// Byte range in the view the token was cut from.
    public var range: Range<Int>
    /// What the segment holds.
    public var kind: TokenKind

    /// A token of `kind` at byte `range` of its view.
    public init(range: Range<Int>, kind: TokenKind) {
        self.range = range
        self.kind = kind
    }

    /// True for words and numbers: the tokens lexicon terms are matched against.
    public var isWordLike: Bool { kind == .word || kind == .number }
}
