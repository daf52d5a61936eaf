import FootprintRules

/// The risk band a score falls in.
public enum Band: String, Sendable, CaseIterable, Comparable, Codable {
    case low, medium, high, critical

    /// Lowest score of each band, highest band first: the built-in cut points.
    public static let cutPoints: [(band: Band, from: Double)] = [(.critical, 75), (.high, 50), (.medium, 25), (.low, 0)]

    /// The band of `score` under the built-in cut points.
    public init(score: Double) {
        self.init(score: score, cutPoints: Band.cutPoints)
    }

    /// The band of `score` under `cutPoints` (highest band first).
    public init(score: Double, cutPoints: [(band: Band, from: Double)]) {
        self = cutPoints.first { score >= $0.from }?.band ?? .low
    }

    private var rank: Int { Band.allCases.firstIndex(of: self) ?? 0 }
    /// True when `a` is a lower band than `b` (low < medium < high < critical).
    public static func < (a: Band, b: Band) -> Bool { a.rank < b.rank }
}

/// Who will read the post, as weights: per rule (an id, or `pack/*` for a pack), else per
/// category, else the default. A weight above 1 makes a finding count more than its severity
/// and confidence alone ("patient details are critical" for healthcare); a finding's weight is
/// capped at 1.
public struct Profile: Sendable {
    /// The profile's name, its key under `profiles` in a scoring file.
    public var name: String
    /// What the profile is for, in words (the scoring file's `description`); may be empty.
    public var description: String
    /// Categories and their weights, for findings whose rule has no weight of its own.
    public var categoryWeights: [Category: Double]
    /// Rule ids or `pack/*` patterns and their weights; the most specific pattern wins.
    public var ruleWeights: [String: Double]
    /// Weight of a category the profile does not name.
    public var defaultWeight: Double

    /// A profile named `name`, with its description, category and rule weights, and the weight of
    /// every other category.
    public init(
        name: String, description: String = "", categoryWeights: [Category: Double] = [:], ruleWeights: [String: Double] = [:],
        defaultWeight: Double = 1
    ) {
        self.name = name
        self.description = description
        self.categoryWeights = categoryWeights
        self.ruleWeights = ruleWeights
        self.defaultWeight = defaultWeight
    }

    /// The weight of a finding of `rule` in `category`.
    public func weight(rule: String, category: Category) -> Double {
        if let exact = ruleWeights[rule] { return exact }
        if let slash = rule.firstIndex(of: "/"), let pack = ruleWeights[rule[..<slash] + "/*"] { return pack }
        return categoryWeights[category] ?? defaultWeight
    }

    /// Everyone can read it: every category at full weight.
    public static let `public` = Profile(name: "public")
}

/// The scoring model: what a severity weighs, where the bands start, the audience profiles, and
/// the words that explain a score. Built-in values come from `Rules/scoring.yml`.
public struct ScoringModel: Sendable {
    /// What a finding of each severity weighs, 0–1, before its confidence and the profile's weight.
    public var severityWeights: [Severity: Double]
    /// Lowest score of each band, highest band first.
    public var cutPoints: [(band: Band, from: Double)]
    /// Profiles by name, and their names in the order they were written.
    public var profiles: [String: Profile]
    /// The profiles' names in the order they were written.
    public var profileNames: [String]
    /// A category's reason when a rule gives none ("attacks a protected group").
    public var categoryReasons: [Category: String]
    /// A category's advice when a rule gives none ("remove it").
    public var categoryAdvice: [Category: String]

    /// A model of severity weights, band cut points (highest band first), profiles (a later one
    /// replaces an earlier one of the same name) and each category's reason and advice.
    public init(
        severityWeights: [Severity: Double] = [.low: 0.25, .medium: 0.5, .high: 0.75, .critical: 1],
        cutPoints: [(band: Band, from: Double)] = Band.cutPoints, profiles: [Profile] = [.public],
        categoryReasons: [Category: String] = [:], categoryAdvice: [Category: String] = [:]
    ) {
        self.severityWeights = severityWeights
        self.cutPoints = cutPoints
        self.profiles = Dictionary(profiles.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.profileNames = profiles.map(\.name)
        self.categoryReasons = categoryReasons
        self.categoryAdvice = categoryAdvice
    }
}

/// One category's share of a score.
public struct Factor: Sendable, Equatable {
    /// The category whose share this is.
    public var category: Category
    /// The category's own score, 0–100.
    public var score: Double
}

/// A post's risk: a score, its band, the factors behind it and the findings.
public struct Assessment: Sendable {
    /// The post's id, when it has one.
    public var id: String?
    /// The score, 0–100; a whole number when `Scorer` computes it.
    public var score: Double
    /// The band the score falls in.
    public var band: Band
    /// Each category's share of the score, highest first.
    public var factors: [Factor]
    /// The findings the score was computed from.
    public var findings: [Finding]
    /// Warnings about the input and the scan (repaired UTF-8, a regex stopped by its time limit).
    public var warnings: [String]
    /// The score in words: the band and what weighs most ("high: tells strangers where you
    /// live (privacy) and when the home is empty (privacy)"); empty without findings.
    public var summary: String
    /// What to do about each finding, in the order of `findings`.
    public var advice: [String]
    /// The profile the post was scored for.
    public var profile: String

    /// An assessment of its parts: score, band, factors, findings and warnings, and the summary,
    /// advice and profile name.
    public init(
        id: String?, score: Double, band: Band, factors: [Factor], findings: [Finding], warnings: [String],
        summary: String = "", advice: [String] = [], profile: String = "public"
    ) {
        self.id = id
        self.score = score
        self.band = band
        self.factors = factors
        self.findings = findings
        self.warnings = warnings
        self.summary = summary
        self.advice = advice
        self.profile = profile
    }
}

/// Turns findings into a score: a finding weighs severity × confidence × the profile's weight
/// for it (capped at 1); a rule counts once (its strongest finding); distinct rules in a category
/// combine as 1 − Π(1 − wᵢ), and categories combine the same way into 0–100. So the score is
/// bounded, never drops when a finding is added, and does not depend on finding order.
public struct Scorer: Sendable {
    /// The audience the post is scored for.
    public var profile: Profile
    /// The weights, cut points, reasons and advice it scores with.
    public var model: ScoringModel

    /// A scorer for `profile` under `model`; by default the public profile and the default weights
    /// and cut points.
    public init(profile: Profile = .public, model: ScoringModel = ScoringModel()) {
        self.profile = profile
        self.model = model
    }

    /// A finding's weight in the score, 0–1.
    public func weight(of finding: Finding) -> Double {
        let severity = model.severityWeights[finding.severity] ?? 0
        let weight = severity * finding.confidence * profile.weight(rule: finding.rule, category: finding.category)
        return min(1, max(0, weight))
    }

    /// The assessment of a post's findings: the score, its band, each category's factor, the
    /// summary and each finding's advice.
    public func assess(id: String?, findings: [Finding], warnings: [String] = []) -> Assessment {
        var strongest: [Category: [String: Double]] = [:]
        for finding in findings {
            let weight = weight(of: finding)
            strongest[finding.category, default: [:]][finding.rule] = max(strongest[finding.category]?[finding.rule] ?? 0, weight)
        }
        // NOTE: floating-point products depend on their order; combine in a fixed order so the
        // score does not depend on the order of findings.
        var factors: [Factor] = []
        var keep = 1.0
        for category in strongest.keys.sorted() {
            let weights = (strongest[category] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
            let categoryKeep = weights.reduce(1.0) { $0 * (1 - $1) }
            factors.append(Factor(category: category, score: 100 * (1 - categoryKeep)))
            keep *= categoryKeep
        }
        factors.sort { ($0.score, $1.category) > ($1.score, $0.category) }
        // The score people see is a whole number; the band is that number's.
        let score = (100 * (1 - keep)).rounded()
        let band = Band(score: score, cutPoints: model.cutPoints)
        return Assessment(
            id: id, score: score, band: band, factors: factors, findings: findings, warnings: warnings,
            summary: summary(band: band, findings: findings), advice: findings.map(advice(for:)), profile: profile.name)
    }

    /// What to do about a finding: the rule's advice, else its category's.
    public func advice(for finding: Finding) -> String {
        finding.advice ?? model.categoryAdvice[finding.category] ?? "remove it, or rephrase it"
    }

    /// The band and up to three reasons, heaviest first, each once: "high: tells strangers where
    /// you live (privacy) and swearing (profanity)". Findings that weigh nothing are left out.
    func summary(band: Band, findings: [Finding]) -> String {
        var best: [String: (weight: Double, category: Category)] = [:]
        for finding in findings {
            let weight = weight(of: finding)
            guard weight > 0 else { continue }
            let reason = finding.reason ?? model.categoryReasons[finding.category] ?? finding.category.rawValue
            if weight > best[reason]?.weight ?? -1 { best[reason] = (weight, finding.category) }
        }
        guard !best.isEmpty else { return "" }
        let top = best.sorted { ($0.value.weight, $1.key) > ($1.value.weight, $0.key) }.prefix(3)
        let parts = top.map { "\($0.key) (\($0.value.category))" }
        let joined =
            parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
        return "\(band.rawValue): \(joined)"
    }
}
