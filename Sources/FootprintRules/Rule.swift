import FootprintText

/// The closed set of rule kinds.
public enum RuleKind: String, Sendable, CaseIterable {
    /// Terms matched on token boundaries in chosen views.
    case lexicon
    /// A regular expression with a keyword prefilter.
    case pattern
    /// A named detector written in Swift.
    case detector
    /// Parts within N tokens of each other.
    case proximity
    /// Counts or ratios per post or sentence.
    case occurrence
}

/// A lexicon term, as written in a rule.
public struct Term: Sendable, Equatable {
    public var text: String
    /// Overrides the rule's severity for this term.
    public var severity: Severity?

    public init(text: String, severity: Severity? = nil) {
        self.text = text
        self.severity = severity
    }
}

/// Text that a rule must (or must not) match, from its `examples`. In `match` examples the
/// expected span is marked with ⟦ ⟧.
public struct RuleExample: Sendable, Equatable {
    public var text: String
    /// Expected spans, as Unicode-scalar ranges of `text` without the marks. Empty for no-match.
    public var spans: [Range<Int>]
    public var shouldMatch: Bool
    /// A known gap (`todo_match`, `todo_no_match`): reported, not failed.
    public var isTodo: Bool
    public var line: Int

    public init(text: String, spans: [Range<Int>], shouldMatch: Bool, isTodo: Bool, line: Int) {
        self.text = text
        self.spans = spans
        self.shouldMatch = shouldMatch
        self.isTodo = isTodo
        self.line = line
    }

    /// Parses "write to ⟦jane@example.com⟧" into the text and its marked spans.
    public static func parseMarked(_ marked: String) -> (text: String, spans: [Range<Int>])? {
        var text = ""
        var spans: [Range<Int>] = []
        var open: Int?
        var offset = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦":
                guard open == nil else { return nil }
                open = offset
            case "⟧":
                guard let start = open else { return nil }
                spans.append(start..<offset)
                open = nil
            default:
                text.unicodeScalars.append(scalar)
                offset += 1
            }
        }
        return open == nil ? (text, spans) : nil
    }
}

/// A rule as loaded from its file, before compilation.
public struct Rule: Sendable {
    public var id: String
    public var kind: RuleKind
    public var category: Category
    public var severity: Severity
    public var confidence: Double
    public var message: String
    public var entity: String?
    public var description: String?
    /// Lexicon: the views matched, in order; the first that matches a span wins.
    public var views: [ViewKind]
    /// Lexicon: terms.
    public var terms: [Term]
    /// Detector: its name.
    public var detector: String?
    public var examples: [RuleExample]
    /// The file the rule came from.
    public var file: String

    public init(
        id: String, kind: RuleKind, category: Category, severity: Severity, confidence: Double, message: String,
        entity: String? = nil, description: String? = nil, views: [ViewKind] = [.folded], terms: [Term] = [],
        detector: String? = nil, examples: [RuleExample] = [], file: String = "<memory>"
    ) {
        self.id = id
        self.kind = kind
        self.category = category
        self.severity = severity
        self.confidence = confidence
        self.message = message
        self.entity = entity
        self.description = description
        self.views = views
        self.terms = terms
        self.detector = detector
        self.examples = examples
        self.file = file
    }
}

/// A pack's `pack.yml`: what it is and where its lists came from.
public struct RulePack: Sendable {
    public var name: String
    public var title: String
    public var description: String
    public var languages: [String]
    public var sources: [String]
    public var rules: [Rule]

    public init(name: String, title: String, description: String, languages: [String], sources: [String], rules: [Rule]) {
        self.name = name
        self.title = title
        self.description = description
        self.languages = languages
        self.sources = sources
        self.rules = rules
    }
}
