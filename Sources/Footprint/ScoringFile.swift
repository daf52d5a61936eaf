import FootprintRules
import FootprintScoring
import Foundation
import Yams

/// A scoring file (`Rules/scoring.yml`, or a user's override) as written: every entry optional,
/// so an override can change one weight and keep the rest.
struct ScoringSpec {
    struct ProfileSpec {
        var extends: String?
        var description: String?
        var categories: [Category: Double] = [:]
        var rules: [String: Double] = [:]
        var location: Configuration.Location
        var file: String
    }

    var severity: [Severity: Double] = [:]
    var bands: [Band: Double] = [:]
    var reasons: [Category: String] = [:]
    var advice: [Category: String] = [:]
    var profiles: [(name: String, spec: ProfileSpec)] = []
    var file: String

    /// Reads and checks a scoring file; every problem is a located error.
    static func load(file: String) throws(RuleErrors) -> ScoringSpec {
        let text = try Configuration.readText(file, kind: "scoring file")
        var spec = ScoringSpec(file: file)
        guard let root = try Configuration.compose(text, file: file) else { return spec }
        var reader = ConfigurationReader(node: root, file: file, known: ["severity", "bands", "categories", "profiles"])
        for (name, value, node) in reader.numbers("severity", in: 0...1) ?? [] {
            if let severity = Severity(rawValue: name) {
                spec.severity[severity] = value
            } else {
                reader.report(node, "unknown severity '\(name)' (expected one of: low, medium, high, critical)")
            }
        }
        for (name, value, node) in reader.numbers("bands", in: 0...100) ?? [] {
            if let band = Band(rawValue: name), band != .low {
                spec.bands[band] = value
            } else {
                reader.report(node, "unknown band '\(name)' (expected one of: medium, high, critical; low starts at 0)")
            }
        }
        reader.entries("categories", known: ["reason", "advice"]) { name, _, entry in
            if let (reason, _) = entry.string("reason") { spec.reasons[Category(rawValue: name)] = reason }
            if let (advice, _) = entry.string("advice") { spec.advice[Category(rawValue: name)] = advice }
        }
        reader.entries("profiles", known: ["extends", "description", "categories", "rules"]) { name, node, entry in
            var profile = ProfileSpec(location: Configuration.Location(node), file: file)
            profile.extends = entry.string("extends")?.value
            profile.description = entry.string("description")?.value
            for (category, weight, _) in entry.numbers("categories", in: 0...10) ?? [] {
                profile.categories[Category(rawValue: category)] = weight
            }
            for (rule, weight, ruleNode) in entry.numbers("rules", in: 0...10) ?? [] {
                let parts = rule.split(separator: "/", omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    entry.report(ruleNode, "'\(rule)' is not a rule id (pack/rule) or a pack (pack/*)")
                    continue
                }
                profile.rules[rule] = weight
            }
            spec.profiles.append((name, profile))
        }
        reader.rejectUnknownKeys()
        guard reader.errors.isEmpty else { throw RuleErrors(reader.errors) }
        return spec
    }

    /// This spec with `other`'s entries written over it (a profile of the same name is replaced).
    func overridden(by other: ScoringSpec) -> ScoringSpec {
        var merged = self
        merged.severity.merge(other.severity) { _, new in new }
        merged.bands.merge(other.bands) { _, new in new }
        merged.reasons.merge(other.reasons) { _, new in new }
        merged.advice.merge(other.advice) { _, new in new }
        for (name, profile) in other.profiles {
            if let index = merged.profiles.firstIndex(where: { $0.name == name }) {
                merged.profiles[index].spec = profile
            } else {
                merged.profiles.append((name, profile))
            }
        }
        return merged
    }

    /// The model: every severity and band present and in order, every profile's `extends`
    /// resolved.
    func model() throws(RuleErrors) -> ScoringModel {
        var errors: [RuleError] = []
        for severity in Severity.allCases where self.severity[severity] == nil {
            errors.append(RuleError(file: file, message: "severity '\(severity.rawValue)' has no weight"))
        }
        let weights = Severity.allCases.compactMap { self.severity[$0] }
        if weights.count == 4, weights != weights.sorted() {
            errors.append(RuleError(file: file, message: "severity weights must not decrease from low to critical"))
        }
        let cuts = [Band.medium, .high, .critical].compactMap { bands[$0] }
        if cuts.count != 3 {
            errors.append(RuleError(file: file, message: "bands needs the lowest score of medium, high and critical"))
        } else if !(0 < cuts[0] && cuts[0] < cuts[1] && cuts[1] < cuts[2]) {
            errors.append(RuleError(file: file, message: "band cut points must rise: 0 < medium < high < critical"))
        }
        var resolved: [String: Profile] = [:]
        func resolve(_ name: String, chain: [String]) -> Profile? {
            if let done = resolved[name] { return done }
            guard let spec = profiles.last(where: { $0.name == name })?.spec else { return nil }
            var profile = Profile(name: name)
            if let parent = spec.extends {
                if chain.contains(parent) {
                    errors.append(
                        RuleError(
                            file: spec.file, line: spec.location.line, column: spec.location.column,
                            message: "profile '\(name)' extends itself through \((chain + [parent]).joined(separator: " → "))"))
                    return nil
                }
                guard let base = resolve(parent, chain: chain + [parent]) else {
                    if profiles.contains(where: { $0.name == parent }) { return nil }
                    errors.append(
                        RuleError(
                            file: spec.file, line: spec.location.line, column: spec.location.column,
                            message: "profile '\(name)' extends unknown profile '\(parent)'"))
                    return nil
                }
                profile = base
                profile.name = name
            }
            profile.description = spec.description ?? profile.description
            profile.categoryWeights.merge(spec.categories) { _, new in new }
            profile.ruleWeights.merge(spec.rules) { _, new in new }
            resolved[name] = profile
            return profile
        }
        let names = profiles.map(\.name)
        var list: [Profile] = []
        for name in names where !list.contains(where: { $0.name == name }) {
            if let profile = resolve(name, chain: [name]) { list.append(profile) }
        }
        guard errors.isEmpty else { throw RuleErrors(errors) }
        return ScoringModel(
            severityWeights: severity,
            cutPoints: [(.critical, cuts[2]), (.high, cuts[1]), (.medium, cuts[0]), (.low, 0)], profiles: list,
            categoryReasons: reasons, categoryAdvice: advice)
    }
}
