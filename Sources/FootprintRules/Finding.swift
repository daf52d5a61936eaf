import FootprintText
import Foundation

/// How much harm a finding can do, from a mild word to a leaked card number.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case low, medium, high, critical

    /// The severity's weight in the risk score.
    public var weight: Double {
        switch self {
        case .low: 0.25
        case .medium: 0.5
        case .high: 0.75
        case .critical: 1.0
        }
    }

    /// Orders severities by weight, from low to critical.
    public static func < (a: Severity, b: Severity) -> Bool { a.weight < b.weight }
}

/// A finding's category: what kind of risk it is.
public struct Category: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The category's name, as written in rule files.
    public let rawValue: String
    /// Creates a category from its name; any name is accepted, not only the known ones.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Hate speech: attacks on a protected group.
    public static let hate = Category(rawValue: "hate")
    /// Harassment: abuse and threats aimed at an individual.
    public static let harassment = Category(rawValue: "harassment")
    /// Privacy: personal data in a post.
    public static let privacy = Category(rawValue: "privacy")
    /// Misinformation signals: signs that a post spreads a rumour or a low-quality story.
    public static let misinformation = Category(rawValue: "misinformation")
    /// Profanity: swearing and vulgar words that insult nobody in particular.
    public static let profanity = Category(rawValue: "profanity")
    /// Professional conduct: what employer screening services look for in posts.
    public static let conduct = Category(rawValue: "conduct")

    /// The categories built-in packs use.
    public static let known: [Category] = [.hate, .harassment, .privacy, .misinformation, .profanity, .conduct]

    /// The category's name.
    public var description: String { rawValue }
    /// Orders categories by name.
    public static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }
}

/// One thing a rule found in a post: an exact span of the original text.
public struct Finding: Sendable, Equatable {
    /// The rule's id, `pack/rule`.
    public var rule: String
    /// The rule's category.
    public var category: Category
    /// The kind of personal data (EMAIL, PHONE…) for privacy findings.
    public var entity: String?
    /// How much harm the finding can do: the rule's severity, or the matched term's own.
    public var severity: Severity
    /// How sure the rule is, 0–1.
    public var confidence: Double
    /// The rule's message with `{match}` still in it; see `message(match:)`.
    public var messageTemplate: String
    /// Byte range in the original text.
    public var range: Range<Int>
    /// Where the span starts and ends, for machines and people.
    public var start: TextPosition
    /// The position just after the span's last character (end exclusive).
    public var end: TextPosition
    /// The matched text of the original.
    public var match: String
    /// What the finding gives away or does, in a few words for a score's explanation ("tells
    /// strangers where you live"); nil when the rule gives none.
    public var reason: String?
    /// What to do about it ("remove it", "post it when you are back"); nil for the category's.
    public var advice: String?

    /// Creates a finding from its parts.
    public init(
        rule: String, category: Category, entity: String?, severity: Severity, confidence: Double,
        messageTemplate: String, range: Range<Int>, start: TextPosition, end: TextPosition, match: String,
        reason: String? = nil, advice: String? = nil
    ) {
        self.rule = rule
        self.category = category
        self.entity = entity
        self.severity = severity
        self.confidence = confidence
        self.messageTemplate = messageTemplate
        self.range = range
        self.start = start
        self.end = end
        self.match = match
        self.reason = reason
        self.advice = advice
    }

    /// The message with `{match}` replaced by `shown` (the match itself, or a masked form).
    public func message(match shown: String) -> String {
        messageTemplate.replacingOccurrences(of: "{match}", with: shown)
    }
}
