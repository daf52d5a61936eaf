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

/// What a lexicon rule's terms are matched against.
public enum LexiconTarget: String, Sendable, CaseIterable {
    /// Words and phrases of the text, on token boundaries.
    case words
    /// Domain names ("example.com", or "example.com/page" for one site on a shared host): the
    /// hosts of the post's links and bare domain names. A subdomain matches its parent.
    case domains
}

/// A lexicon term, as written in a rule.
public struct Term: Sendable, Equatable {
    /// The word or phrase as written (a domain name for `on: domains` rules).
    public var text: String
    /// Overrides the rule's severity for this term.
    public var severity: Severity?

    /// Creates a term; a nil `severity` keeps the rule's.
    public init(text: String, severity: Severity? = nil) {
        self.text = text
        self.severity = severity
    }
}

/// Text that a rule must (or must not) match, from its `examples`. In `match` examples the
/// expected span is marked with ⟦ ⟧.
public struct RuleExample: Sendable, Equatable {
    /// The example text, without the ⟦ ⟧ marks.
    public var text: String
    /// Expected spans, as Unicode-scalar ranges of `text` without the marks. Empty for no-match.
    public var spans: [Range<Int>]
    /// True for `match` and `todo_match` examples, false for `no_match` and `todo_no_match`.
    public var shouldMatch: Bool
    /// A known gap (`todo_match`, `todo_no_match`): reported, not failed.
    public var isTodo: Bool
    /// The example's line in the rule file, from 1 (0 when unknown).
    public var line: Int

    /// Creates an example from its parts.
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
        // The offset of the open mark, in scalars of the unmarked text.
        var opened: Int?
        var offset = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦":
                guard opened == nil else { return nil }
                opened = offset
            case "⟧":
                guard let start = opened else { return nil }
                spans.append(start..<offset)
                opened = nil
            default:
                text.unicodeScalars.append(scalar)
                offset += 1
            }
        }
        return opened == nil ? (text, spans) : nil
    }
}

/// Where something stands in a rule file, for located errors found after loading.
public struct SourceLocation: Sendable, Equatable {
    /// Line, from 1.
    public var line: Int
    /// Column, from 1.
    public var column: Int

    /// Creates a location from its line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A `pattern` rule's regular expression and its guards.
public struct PatternSpec: Sendable, Equatable {
    /// ICU regular expression, run on the original text.
    public var regex: String
    /// Words of which one must occur (case-insensitive, in the folded text) before the regex runs.
    public var keywords: [String]
    /// The regex tells capital from small letters (YAML `case_sensitive`); false by default.
    public var caseSensitive: Bool
    /// Capture group whose span is reported (0: the whole match).
    public var group: Int
    /// A named validator the match must pass (a checksum, a date…).
    public var validator: String?
    /// Matches never reported (compared case-insensitively).
    public var allowlist: [String]

    /// Creates a pattern spec from its parts.
    public init(
        regex: String, keywords: [String] = [], caseSensitive: Bool = false, group: Int = 0, validator: String? = nil,
        allowlist: [String] = []
    ) {
        self.regex = regex
        self.keywords = keywords
        self.caseSensitive = caseSensitive
        self.group = group
        self.validator = validator
        self.allowlist = allowlist
    }
}

/// A `proximity` rule: terms of every part within a few tokens of each other.
public struct ProximitySpec: Sendable, Equatable {
    /// Two or more term lists; one term of each must occur.
    public var parts: [[Term]]
    /// Most tokens between two consecutive parts.
    public var within: Int
    /// Parts must come in the order written.
    public var ordered: Bool
    /// Parts must share a sentence.
    public var sameSentence: Bool
    /// Words (pronouns) that stand for the first part when a term of the first part occurs in the
    /// same sentence or the one before or after: "I met many X. They are …".
    public var referBack: [Term]

    /// Creates a proximity spec from its parts.
    public init(parts: [[Term]], within: Int, ordered: Bool = false, sameSentence: Bool = true, referBack: [Term] = []) {
        self.parts = parts
        self.within = within
        self.ordered = ordered
        self.sameSentence = sameSentence
        self.referBack = referBack
    }
}

/// Tolerance for misspelt and glued words (lexicon and proximity rules).
public struct FuzzySpec: Sendable, Equatable {
    /// Words of a language that are never read as a misspelling of a term ("hat" is not "hate").
    public var knownWords: KnownWords?
    /// Misspellings match (false: only glued words, for lists where a typo often makes a name).
    public var typos: Bool

    /// Creates a fuzzy spec from its parts.
    public init(knownWords: KnownWords? = nil, typos: Bool = true) {
        self.knownWords = knownWords
        self.typos = typos
    }
}

/// A word list loaded once and shared by every rule that names it: the hashes of its folded
/// words in an open-addressing table (built in one pass, no sort; a lookup is a probe or two).
public final class KnownWords: Sendable, Equatable {
    /// The file the words were read from; for lists merged into one, their paths joined by newlines.
    public let path: String
    /// Each distinct hash once, in first-seen order.
    public let hashes: [UInt64]
    let table: HashSet64

    /// Builds the table from the words' hashes, keeping each distinct hash once.
    public init(path: String, hashes: some Collection<UInt64>) {
        self.path = path
        let (table, unique) = HashSet64.build(hashes)
        self.table = table
        self.hashes = unique
    }

    /// True when a word with this hash is in the list.
    @inline(__always)
    public func contains(_ hash: UInt64) -> Bool { table.contains(hash) }

    /// Two lists are equal only when they are the same object.
    public static func == (a: KnownWords, b: KnownWords) -> Bool { a === b }
}

/// A rule's own words for `unless: negated` and `unless: reported`, added to the engine's
/// built-in English lists (for rules in other languages).
public struct UnlessLists: Sendable, Equatable {
    /// Negators.
    public var negation: [Term]
    /// Phrases that hold a negator but do not negate ("nothing but", "no one else").
    public var notNegation: [Term]
    /// Words that frame what follows as reported or condemned ("saying", "stop calling").
    public var counterBefore: [Term]
    /// Phrases that condemn what came before ("is wrong").
    public var counterAfter: [Term]
    /// Words after the match in its clause in which a negator also negates it, for languages that
    /// negate after the verb ("Ich hasse Frauen nicht", "nafrat nahi karta"); 0 for English.
    public var negationAfter: Int

    /// Creates the lists from their parts (empty by default).
    public init(
        negation: [Term] = [], notNegation: [Term] = [], counterBefore: [Term] = [], counterAfter: [Term] = [],
        negationAfter: Int = 0
    ) {
        self.negation = negation
        self.notNegation = notNegation
        self.counterBefore = counterBefore
        self.counterAfter = counterAfter
        self.negationAfter = negationAfter
    }

}

/// An `occurrence` rule: a count or ratio per post or sentence.
public struct OccurrenceSpec: Sendable, Equatable {
    /// What is counted.
    public enum Measure: String, Sendable, CaseIterable {
        /// Words of two or more letters written all in capitals (mathematical bold capitals too).
        case capsWords = "caps-words"
        /// The share of such words among the words of two or more letters.
        case capsRatio = "caps-ratio"
        /// Runs of the characters in `chars` ("!!!").
        case charRun = "char-run"
        /// Emoji.
        case emoji
    }

    /// Where it is counted.
    public enum Scope: String, Sendable, CaseIterable {
        case post, sentence
    }

    /// What is counted.
    public var measure: Measure
    /// Where it is counted: per post or per sentence.
    public var scope: Scope
    /// The least count (or ratio, 0–1) that makes a finding.
    public var min: Double
    /// For ratios: the least number of words a scope needs to be measured.
    public var minWords: Int
    /// For `char-run`: the characters.
    public var chars: String
    /// Words that do not count (acronyms such as NASA, for caps).
    public var except: [String]

    /// Creates an occurrence spec from its parts.
    public init(
        measure: Measure, scope: Scope = .post, min: Double, minWords: Int = 0, chars: String = "", except: [String] = []
    ) {
        self.measure = measure
        self.scope = scope
        self.min = min
        self.minWords = minWords
        self.chars = chars
        self.except = except
    }
}

/// Words near a match that change how sure a rule is.
public struct ContextSpec: Sendable, Equatable {
    /// Tokens on each side of the match that are looked at.
    public var window: Int
    /// Words that make the finding more likely.
    public var raise: [Term]
    /// Words that make it less likely.
    public var lower: [Term]
    /// How much of the remaining doubt a raising word takes away (c + (1 − c) × raiseBy).
    public var raiseBy: Double
    /// How much a lowering word takes off (c × (1 − lowerBy)); 1 rules the match out.
    public var lowerBy: Double
    /// Report the match only when a raising word is in the window.
    public var require: Bool

    /// Creates a context spec from its parts.
    public init(
        window: Int, raise: [Term] = [], lower: [Term] = [], raiseBy: Double = 0.5, lowerBy: Double = 0.5,
        require: Bool = false
    ) {
        self.window = window
        self.raise = raise
        self.lower = lower
        self.raiseBy = raiseBy
        self.lowerBy = lowerBy
        self.require = require
    }
}

/// When a match is not reported.
public enum UnlessCondition: String, Sendable, CaseIterable {
    /// A negation just before it in its sentence ("I don't hate …", "no one deserves …").
    case negated
    /// Inside quotation marks.
    case quoted
    /// Reported or condemned: counter-speech ("saying X is wrong", "stop calling people X").
    case reported
    /// Inside a URL, an @mention, a #hashtag or an e-mail address.
    case url, mention, hashtag, email
}

/// A rule as loaded from its file, before compilation.
public struct Rule: Sendable {
    /// The rule's id, `pack/rule`: the pack's folder and the rule file's name without its extension.
    public var id: String
    /// How the rule matches.
    public var kind: RuleKind
    /// The category of its findings.
    public var category: Category
    /// The severity of its findings, unless the matched term gives its own.
    public var severity: Severity
    /// How sure the rule is of a match, 0–1; a finding's own may differ (views, fuzzy matches,
    /// detectors, `context`).
    public var confidence: Double
    /// The message shown for a finding, with `{match}` where the matched text goes.
    public var message: String
    /// The kind of personal data (EMAIL, PHONE…) its findings carry, for privacy rules.
    public var entity: String?
    /// A longer explanation of the rule, shown by `footprint rules show` and in SARIF reports.
    public var description: String?
    /// What a finding gives away or does, in a few words for a score's explanation.
    public var reason: String?
    /// What to do about a finding, when the category's advice does not fit.
    public var advice: String?
    /// Lexicon and proximity: the views matched, in order; the first that matches a span wins.
    public var views: [ViewKind]
    /// Lexicon: terms (inline and from term files).
    public var terms: [Term]
    /// Lexicon: words or phrases that merely contain a term; a match inside one is not reported.
    public var exceptions: [String]
    /// Lexicon: what the terms are matched against (YAML `on`).
    public var target: LexiconTarget
    /// The rule runs only on text of this shape (a headline).
    public var shape: TextShape?
    /// Only matches written in capitals are reported ("BREAKING", also in mathematical bold).
    public var uppercase: Bool
    /// Detector: its name.
    public var detector: String?
    /// Pattern: the regex and its guards.
    public var pattern: PatternSpec?
    /// Proximity: the parts and how near they must be.
    public var proximity: ProximitySpec?
    /// Occurrence: what is counted, where, and the least count that makes a finding.
    public var occurrence: OccurrenceSpec?
    /// Words near a match that raise or lower the confidence.
    public var context: ContextSpec?
    /// When a match is not reported.
    public var unless: [UnlessCondition]
    /// The rule's own negators and counter-speech frames.
    public var unlessLists: UnlessLists
    /// Lexicon and proximity: misspelt and glued words match too.
    public var fuzzy: FuzzySpec?
    /// The language the rule is written for (ISO 639-1, "hi-Latn" for romanised Hindi): it runs on
    /// posts detected as that language, and on posts whose language is not detected.
    public var language: String?
    /// Texts the rule must and must not match, checked by `ExampleRunner`.
    public var examples: [RuleExample]
    /// The file the rule came from.
    public var file: String
    /// Where each top-level key stands in the file.
    public var locations: [String: SourceLocation]

    /// Creates a rule from its parts; `reason` and `advice` start as nil.
    public init(
        id: String, kind: RuleKind, category: Category, severity: Severity, confidence: Double, message: String,
        entity: String? = nil, description: String? = nil, views: [ViewKind] = [.folded], terms: [Term] = [],
        exceptions: [String] = [], target: LexiconTarget = .words, shape: TextShape? = nil, uppercase: Bool = false,
        detector: String? = nil, pattern: PatternSpec? = nil, proximity: ProximitySpec? = nil,
        occurrence: OccurrenceSpec? = nil, context: ContextSpec? = nil, unless: [UnlessCondition] = [],
        unlessLists: UnlessLists = UnlessLists(), fuzzy: FuzzySpec? = nil, language: String? = nil,
        examples: [RuleExample] = [], file: String = "<memory>", locations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.kind = kind
        self.category = category
        self.severity = severity
        self.confidence = confidence
        self.message = message
        self.entity = entity
        self.description = description
        self.reason = nil
        self.advice = nil
        self.views = views
        self.terms = terms
        self.exceptions = exceptions
        self.target = target
        self.shape = shape
        self.uppercase = uppercase
        self.detector = detector
        self.pattern = pattern
        self.proximity = proximity
        self.occurrence = occurrence
        self.context = context
        self.unless = unless
        self.unlessLists = unlessLists
        self.fuzzy = fuzzy
        self.language = language
        self.examples = examples
        self.file = file
        self.locations = locations
    }

    /// A located error about one of this rule's keys.
    public func error(at key: String, _ message: String) -> RuleError {
        let location = locations[key]
        return RuleError(file: file, line: location?.line ?? 0, column: location?.column ?? 0, message: message)
    }
}

/// A pack's `pack.yml`: what it is and where its lists came from.
public struct RulePack: Sendable {
    /// The pack's folder name, which starts each of its rule ids.
    public var name: String
    /// A short title (pack.yml `title`).
    public var title: String
    /// What the pack looks for (pack.yml `description`).
    public var description: String
    /// The languages its rules are written for (pack.yml `languages`).
    public var languages: [String]
    /// Where its lists came from (pack.yml `sources`).
    public var sources: [String]
    /// The pack's rules, one a file, in file-name order.
    public var rules: [Rule]

    /// Creates a pack from its parts.
    public init(name: String, title: String, description: String, languages: [String], sources: [String], rules: [Rule]) {
        self.name = name
        self.title = title
        self.description = description
        self.languages = languages
        self.sources = sources
        self.rules = rules
    }
}
