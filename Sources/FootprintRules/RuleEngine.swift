import FootprintText

/// Rules compiled once and shared, read-only, by every worker.
public final class RuleEngine: Sendable {
    enum Matcher: Sendable {
        case lexicon(LexiconMatcher)
        case detector(any TextScanner)
    }

    struct CompiledRule: Sendable {
        let rule: Rule
        let matcher: Matcher
    }

    let compiled: [CompiledRule]

    /// The rules, in the order they run.
    public var rules: [Rule] { compiled.map(\.rule) }

    /// How much a match in each view is trusted relative to the plain folded text.
    static func viewFactor(_ view: ViewKind) -> Double {
        switch view {
        case .folded: 1.0
        case .skeleton: 0.95
        case .deobfuscated: 0.85
        }
    }

    /// Compiles rules. `detectors` maps the names `detector` rules use to their scanners.
    public init(rules: [Rule], detectors: [String: any TextScanner]) throws(RuleErrors) {
        var compiled: [CompiledRule] = []
        var errors: [RuleError] = []
        let analyzer: TextAnalyzer
        do {
            analyzer = try TextAnalyzer()
        } catch {
            throw RuleErrors([RuleError(file: "<icu>", message: "\(error)")])
        }
        for rule in rules {
            do {
                switch rule.kind {
                case .lexicon:
                    compiled.append(
                        CompiledRule(
                            rule: rule,
                            matcher: .lexicon(try LexiconMatcher(terms: rule.terms, views: rule.views, analyzer: analyzer))))
                case .detector:
                    guard let name = rule.detector, let scanner = detectors[name] else {
                        errors.append(RuleError(file: rule.file, message: "unknown detector '\(rule.detector ?? "")'"))
                        continue
                    }
                    compiled.append(CompiledRule(rule: rule, matcher: .detector(scanner)))
                case .pattern, .proximity, .occurrence:
                    errors.append(
                        RuleError(
                            file: rule.file,
                            message: "kind '\(rule.kind.rawValue)' is not implemented in this version of footprint"))
                }
            } catch {
                errors.append(RuleError(file: rule.file, message: "cannot compile: \(error)"))
            }
        }
        guard errors.isEmpty else { throw RuleErrors(errors) }
        self.compiled = compiled
    }

    /// Runs every rule (or those `only` names) over `text`; findings sorted by position.
    public func scan(_ text: AnalyzedText, only: Set<String>? = nil) throws -> [Finding] {
        var findings: [Finding] = []
        var hits: [ScanHit] = []
        for entry in compiled {
            let rule = entry.rule
            if let only, !only.contains(rule.id) { continue }
            switch entry.matcher {
            case .lexicon(let matcher):
                try matcher.scan(text) { range, severity, view in
                    findings.append(
                        finding(
                            rule, text, range, severity: severity ?? rule.severity,
                            confidence: rule.confidence * Self.viewFactor(view), entity: rule.entity))
                }
            case .detector(let scanner):
                hits.removeAll(keepingCapacity: true)
                scanner.scan(text, into: &hits)
                for hit in hits {
                    findings.append(
                        finding(
                            rule, text, hit.range, severity: rule.severity,
                            confidence: hit.confidence.map { min($0, 1) } ?? rule.confidence, entity: hit.entity ?? rule.entity))
                }
            }
        }
        findings.sort {
            ($0.range.lowerBound, $0.range.upperBound, $0.rule) < ($1.range.lowerBound, $1.range.upperBound, $1.rule)
        }
        return findings
    }

    private func finding(
        _ rule: Rule, _ text: AnalyzedText, _ range: Range<Int>, severity: Severity, confidence: Double, entity: String?
    ) -> Finding {
        Finding(
            rule: rule.id, category: rule.category, entity: entity, severity: severity, confidence: confidence,
            messageTemplate: rule.message, range: range, start: text.position(ofByte: range.lowerBound),
            end: text.position(ofByte: range.upperBound), match: text.text(of: range))
    }
}
