import FootprintRules

/// The risk band a score falls in.
public enum Band: String, Sendable, CaseIterable, Comparable, Codable {
    case low, medium, high, critical

    /// Lowest score of each band.
    public static let cutPoints: [(band: Band, from: Double)] = [(.critical, 75), (.high, 50), (.medium, 25), (.low, 0)]

    public init(score: Double) {
        self = Band.cutPoints.first { score >= $0.from }?.band ?? .low
    }

    private var rank: Int { Band.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Band, b: Band) -> Bool { a.rank < b.rank }
}

/// Who will read the post, as weights per category (1 = full weight).
public struct Profile: Sendable {
    public var name: String
    public var weights: [Category: Double]
    /// Weight of a category the profile does not name.
    public var defaultWeight: Double

    public init(name: String, weights: [Category: Double], defaultWeight: Double = 1) {
        self.name = name
        self.weights = weights
        self.defaultWeight = defaultWeight
    }

    public func weight(for category: Category) -> Double { weights[category] ?? defaultWeight }

    /// Everyone can read it: every category at full weight.
    public static let `public` = Profile(name: "public", weights: [:])
}

/// One category's share of a score.
public struct Factor: Sendable, Equatable {
    public var category: Category
    /// The category's own score, 0–100.
    public var score: Double
}

/// A post's risk: a score, its band, the factors behind it and the findings.
public struct Assessment: Sendable {
    public var id: String?
    public var score: Double
    public var band: Band
    public var factors: [Factor]
    public var findings: [Finding]
    public var warnings: [String]

    public init(id: String?, score: Double, band: Band, factors: [Factor], findings: [Finding], warnings: [String]) {
        self.id = id
        self.score = score
        self.band = band
        self.factors = factors
        self.findings = findings
        self.warnings = warnings
    }
}

/// Turns findings into a score: a finding weighs severity × confidence × the profile's weight
/// for its category; a rule counts once (its strongest finding); distinct rules in a category
/// combine as 1 − Π(1 − wᵢ), and categories combine the same way into 0–100. So the score is
/// bounded, never drops when a finding is added, and does not depend on finding order.
public struct Scorer: Sendable {
    public var profile: Profile

    public init(profile: Profile = .public) {
        self.profile = profile
    }

    public func assess(id: String?, findings: [Finding], warnings: [String] = []) -> Assessment {
        var strongest: [Category: [String: Double]] = [:]
        for finding in findings {
            let weight = min(1, max(0, finding.severity.weight * finding.confidence * profile.weight(for: finding.category)))
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
        return Assessment(
            id: id, score: score, band: Band(score: score), factors: factors, findings: findings, warnings: warnings)
    }
}
