import FootprintText
import Foundation

/// Rules compiled once and shared, read-only, by every worker: one term index for every
/// lexicon, proximity part and context list; one compiled regex per pattern rule.
public final class RuleEngine: Sendable {
    enum Matcher: Sendable {
        case lexicon(set: Int, exceptions: Int?)
        case domains(DomainTable)
        /// `keywords`: the rule's own prefilter, folded; the regex runs only when the folded post
        /// holds one of them. `pieces`: the regex, or its top-level alternatives compiled apart,
        /// each run only when the post holds one of the words it needs.
        case pattern(PatternSpec, keywords: [[UInt8]], pieces: [RegexPiece], validator: (any TextValidator)?)
        case detector(any TextScanner)
        case proximity(ProximitySpec, parts: [Int], referBack: Int?, exceptions: Int?)
        case occurrence(OccurrenceSpec)
    }

    // NOTE: a class, so that looping over rules per post retains a reference instead of copying
    // every rule's arrays.
    final class CompiledRule: Sendable {
        /// The rule's place among all rules.
        let number: Int
        let rule: Rule
        let matcher: Matcher
        /// Term sets of the rule's context words.
        let raise: Int?
        let lower: Int?
        /// Term sets of the rule's own `unless` words.
        let lists: ListSets

        init(number: Int, rule: Rule, matcher: Matcher, raise: Int?, lower: Int?, lists: ListSets) {
            self.number = number
            self.rule = rule
            self.matcher = matcher
            self.raise = raise
            self.lower = lower
            self.lists = lists
        }
    }

    /// Term sets for `unless: negated` and `unless: reported`.
    struct ListSets: Sendable {
        var negation: [Int]
        var notNegation: [Int]
        var counterBefore: [Int]
        var counterAfter: [Int]
    }

    /// Term sets the engine itself uses for `unless`.
    struct BuiltinSets: Sendable {
        let lists: ListSets
        /// Function words of each language, for telling a post's language.
        let languages: [(code: String, set: Int)]
    }

    /// Rules compiled together into one term index: the rules without a language, or one
    /// language's rules. Each group also holds the engine's own lists, so its hits are complete.
    struct Group: Sendable {
        let compiled: [CompiledRule]
        let terms: TermIndex
        let builtin: BuiltinSets
    }

    /// A language's group, compiled the first time a post in that language comes: a check of an
    /// English draft never pays for the other languages' lexicons.
    final class LazyGroup: @unchecked Sendable {
        let rules: [(number: Int, rule: Rule)]
        private let lock = NSLock()
        private var group: Group?
        private let compile: @Sendable ([(number: Int, rule: Rule)]) throws(RuleErrors) -> Group

        init(
            rules: [(number: Int, rule: Rule)],
            compile: @escaping @Sendable ([(number: Int, rule: Rule)]) throws(RuleErrors) -> Group
        ) {
            self.rules = rules
            self.compile = compile
        }

        func get() throws(RuleErrors) -> Group {
            lock.lock()
            defer { lock.unlock() }
            if let group { return group }
            let made = try compile(rules)
            group = made
            return made
        }
    }

    /// Rules without a language (privacy, language-neutral rules), compiled at once.
    let base: Group
    /// Each language's rules, by language code.
    let languageGroups: [(code: String, group: LazyGroup)]
    /// Every rule, in file order.
    public let rules: [Rule]

    /// How much a match in each view is trusted relative to the plain folded text.
    static func viewFactor(_ view: ViewKind) -> Double {
        switch view {
        case .folded: 1.0
        case .skeleton: 0.95
        case .deobfuscated: 0.85
        }
    }

    /// How much a misspelt or glued term is trusted.
    static let fuzzyFactor = 0.85

    /// Compiles rules. `detectors` and `validators` map the names rules use to Swift code. Rules
    /// with a `language` are checked now and compiled when first needed (`compileAll` forces it).
    public init(
        rules: [Rule], detectors: [String: any TextScanner], validators: [String: any TextValidator] = [:]
    ) throws(RuleErrors) {
        self.rules = rules
        let numbered = Array(rules.enumerated()).map { (number: $0.offset, rule: $0.element) }
        let compile: @Sendable ([(number: Int, rule: Rule)]) throws(RuleErrors) -> Group = { group throws(RuleErrors) in
            try Self.compileGroup(group, detectors: detectors, validators: validators)
        }
        base = try compile(numbered.filter { $0.rule.language == nil })
        var byLanguage: [String: [(number: Int, rule: Rule)]] = [:]
        for entry in numbered { if let language = entry.rule.language { byLanguage[language, default: []].append(entry) } }
        // Errors a rule can have are found now, not when its language first comes.
        var errors: [RuleError] = []
        for entry in numbered where entry.rule.language != nil {
            errors += Self.check(entry.rule, detectors: detectors, validators: validators)
        }
        guard errors.isEmpty else { throw RuleErrors(errors) }
        languageGroups = byLanguage.keys.sorted().map { code in (code, LazyGroup(rules: byLanguage[code]!, compile: compile)) }
    }

    /// Compiles every language's rules now (for `rules test` and `rules lint`).
    public func compileAll() throws(RuleErrors) {
        for (_, group) in languageGroups { _ = try group.get() }
    }

    /// What compiling `rule` would report, without building its terms: regexes, detectors, validators.
    static func check(
        _ rule: Rule, detectors: [String: any TextScanner], validators: [String: any TextValidator]
    ) -> [RuleError] {
        switch rule.kind {
        case .pattern:
            guard let spec = rule.pattern else { return [] }
            do {
                // NOTE: a case-sensitive compile finds the same errors and groups, without the
                // costly case closure of a case-insensitive one; the engine compiles the regex it
                // runs when a post first needs it.
                let regex = try CompiledRegex(pattern: spec.regex, caseSensitive: true)
                if spec.group > regex.groupCount {
                    return [rule.error(at: "group", "the pattern has \(regex.groupCount) groups, not \(spec.group)")]
                }
            } catch {
                let at = error.offset.map { " at offset \($0)" } ?? ""
                return [rule.error(at: "pattern", "invalid regex: \(error.message)\(at)")]
            }
            if let name = spec.validator, validators[name] == nil {
                return [rule.error(at: "validator", "unknown validator '\(name)'")]
            }
            return []
        case .detector:
            guard let name = rule.detector, detectors[name] != nil else {
                return [rule.error(at: "detector", "unknown detector '\(rule.detector ?? "")'")]
            }
            return []
        case .lexicon, .proximity, .occurrence:
            return []
        }
    }

    static func compileGroup(
        _ rules: [(number: Int, rule: Rule)], detectors: [String: any TextScanner], validators: [String: any TextValidator]
    ) throws(RuleErrors) -> Group {
        var compiled: [CompiledRule] = []
        var errors: [RuleError] = []
        var index = TermIndex()
        let analyzer: TextAnalyzer
        let builtin: BuiltinSets
        do {
            analyzer = try TextAnalyzer()
            builtin = BuiltinSets(
                lists: ListSets(
                    negation: [try index.add(EngineLists.negation, views: [.folded], analyzer: analyzer)],
                    notNegation: [try index.add(EngineLists.notNegation, views: [.folded], analyzer: analyzer)],
                    counterBefore: [try index.add(EngineLists.reportBefore, views: [.folded], analyzer: analyzer)],
                    counterAfter: [try index.add(EngineLists.reportAfter, views: [.folded], analyzer: analyzer)]),
                languages: try EngineLists.functionWords.map { code, words in
                    (code, try index.add(words.map { Term(text: $0) }, views: [.folded], analyzer: analyzer))
                })
        } catch {
            throw RuleErrors([RuleError(file: "<icu>", message: "\(error)")])
        }
        for (number, rule) in rules {
            do {
                let matcher: Matcher
                switch rule.kind {
                case .lexicon where rule.target == .domains:
                    do {
                        matcher = .domains(try DomainTable(terms: rule.terms))
                    } catch {
                        errors.append(rule.error(at: "terms", "\(error.terms.count) terms are not domain names"))
                        continue
                    }
                case .lexicon:
                    let set = try index.add(rule.terms, views: rule.views, analyzer: analyzer, fuzzy: rule.fuzzy)
                    let exceptions =
                        rule.exceptions.isEmpty
                        ? nil : try index.add(rule.exceptions.map { Term(text: $0) }, views: [.folded], analyzer: analyzer)
                    matcher = .lexicon(set: set, exceptions: exceptions)
                case .pattern:
                    guard let spec = rule.pattern else { continue }
                    let problems = Self.check(rule, detectors: detectors, validators: validators)
                    guard problems.isEmpty else {
                        errors += problems
                        continue
                    }
                    let keywords = try spec.keywords.map { try analyzer.analyze($0).folded.bytes }
                    matcher = .pattern(
                        spec, keywords: keywords, pieces: try RegexPiece.pieces(of: spec, analyzer: analyzer),
                        validator: spec.validator.flatMap { validators[$0] })
                case .detector:
                    guard let name = rule.detector, let scanner = detectors[name] else {
                        errors += Self.check(rule, detectors: detectors, validators: validators)
                        continue
                    }
                    matcher = .detector(scanner)
                case .proximity:
                    guard let spec = rule.proximity else { continue }
                    matcher = .proximity(
                        spec,
                        parts: try spec.parts.map { try index.add($0, views: rule.views, analyzer: analyzer, fuzzy: rule.fuzzy) },
                        referBack: spec.referBack.isEmpty
                            ? nil : try index.add(spec.referBack, views: rule.views, analyzer: analyzer),
                        exceptions: rule.exceptions.isEmpty
                            ? nil : try index.add(rule.exceptions.map { Term(text: $0) }, views: [.folded], analyzer: analyzer))
                case .occurrence:
                    guard let spec = rule.occurrence else { continue }
                    matcher = .occurrence(spec)
                }
                let raise = try rule.context.flatMap {
                    $0.raise.isEmpty ? nil : try index.add($0.raise, views: [.folded], analyzer: analyzer)
                }
                let lower = try rule.context.flatMap {
                    $0.lower.isEmpty ? nil : try index.add($0.lower, views: [.folded], analyzer: analyzer)
                }
                func adding(_ terms: [Term], to builtin: [Int]) throws -> [Int] {
                    terms.isEmpty ? builtin : builtin + [try index.add(terms, views: [.folded], analyzer: analyzer)]
                }
                let mine = rule.unlessLists
                let lists = ListSets(
                    negation: try adding(mine.negation, to: builtin.lists.negation),
                    notNegation: try adding(mine.notNegation, to: builtin.lists.notNegation),
                    counterBefore: try adding(mine.counterBefore, to: builtin.lists.counterBefore),
                    counterAfter: try adding(mine.counterAfter, to: builtin.lists.counterAfter))
                compiled.append(
                    CompiledRule(number: number, rule: rule, matcher: matcher, raise: raise, lower: lower, lists: lists))
            } catch {
                errors.append(RuleError(file: rule.file, message: "cannot compile: \(error)"))
            }
        }
        guard errors.isEmpty else { throw RuleErrors(errors) }
        index.finishCompiling()
        return Group(compiled: compiled, terms: index, builtin: builtin)
    }

    /// A worker's scratch space (regex clones). Not thread-safe: one per worker.
    public func makeScratch() -> EngineScratch { EngineScratch() }

    /// Runs every rule (or those named in `only`) over `text`; findings sorted by position.
    public func scan(_ text: AnalyzedText, only: Set<String>? = nil) throws -> [Finding] {
        var collector = FindingCollector()
        try scan(text, scratch: makeScratch(), only: only, into: &collector)
        return collector.sorted
    }

    /// Runs the rules over `text`, pushing findings and warnings into `sink`: the rules without a
    /// language, then those of the languages the post is written in.
    public func scan(
        _ text: AnalyzedText, scratch: EngineScratch, only: Set<String>? = nil, into sink: inout some FindingSink
    ) throws {
        let baseHits = try base.terms.scan(text)
        var seen: Set<SeenSpan>? = nil
        try run(base, hits: baseHits, text, scratch: scratch, only: only, seen: &seen, into: &sink)
        // The post's languages, most likely first; a span one language's rules reported in a
        // category is not reported again by another's (loanwords: "shit" is Dutch too).
        var languages = detectedLanguages(text, baseHits)
        // NOTE: a scan for named rules (rule examples) runs them whatever the post's language.
        if only != nil { languages = languageGroups.map(\.code) }
        seen = []
        for code in languages {
            guard let lazy = languageGroups.first(where: { $0.code == code })?.group else { continue }
            if let only, !lazy.rules.contains(where: { only.contains($0.rule.id) }) { continue }
            let group = try lazy.get()
            try run(group, hits: try group.terms.scan(text), text, scratch: scratch, only: only, seen: &seen, into: &sink)
        }
    }

    /// A reported span and its category, for not reporting it again in another language.
    struct SeenSpan: Hashable {
        var range: Range<Int>
        var category: Category
    }

    private func run(
        _ group: Group, hits: TermHits, _ text: AnalyzedText, scratch: EngineScratch, only: Set<String>?,
        seen: inout Set<SeenSpan>?, into sink: inout some FindingSink
    ) throws {
        var candidates: [Candidate] = []
        var reported = SpanSet()
        for entry in group.compiled {
            // NOTE: `entry.rule` is read in place: a copy of the rule would retain all its fields.
            if let only, !only.contains(entry.rule.id) { continue }
            if let shape = entry.rule.shape, !(try text.has(shape)) { continue }
            candidates.removeAll(keepingCapacity: true)
            switch entry.matcher {
            case .lexicon(let set, let exceptions):
                lexicon(entry, hits[set], exceptions: exceptions.map { hits[$0] }, into: &candidates)
            case .domains(let table):
                for match in table.matches(in: text) {
                    candidates.append(
                        Candidate(
                            range: match.range, severity: match.severity ?? entry.rule.severity,
                            confidence: entry.rule.confidence,
                            entity: entry.rule.entity))
                }
            case .pattern(let spec, let keywords, let pieces, let validator):
                pattern(
                    entry, spec, keywords: keywords, pieces: pieces, validator: validator, text, scratch: scratch,
                    into: &candidates, sink: &sink)
            case .detector(let scanner):
                var found: [ScanHit] = []
                scanner.scan(text, into: &found)
                for hit in found {
                    candidates.append(
                        Candidate(
                            range: hit.range, severity: entry.rule.severity,
                            confidence: hit.confidence.map { min($0, 1) } ?? entry.rule.confidence,
                            entity: hit.entity ?? entry.rule.entity))
                }
            case .proximity(let spec, let parts, let referBack, let exceptions):
                try proximity(
                    entry, spec, parts: parts.map { hits[$0] }, referBack: referBack.map { hits[$0] },
                    exceptions: exceptions.map { hits[$0] }, text, into: &candidates)
            case .occurrence(let spec):
                try occurrence(entry, spec, text, into: &candidates)
            }
            // NOTE: proximity proposes overlapping spans (one per anchor); the first admitted wins.
            let dedupe = candidates.count > 1
            if dedupe { reported = SpanSet() }
            for candidate in candidates {
                if dedupe && reported.overlaps(candidate.range) { continue }
                if entry.rule.uppercase && !Occurrences.isCapitals(text.bytes, candidate.range) { continue }
                guard let admitted = try admit(candidate, entry, text, hits) else { continue }
                if dedupe { reported.insert(admitted.range) }
                let range = admitted.range
                if seen != nil, seen?.insert(SeenSpan(range: range, category: entry.rule.category)).inserted == false { continue }
                sink.add(
                    Finding(
                        rule: entry.rule.id, category: entry.rule.category, entity: admitted.entity, severity: admitted.severity,
                        confidence: admitted.confidence, messageTemplate: entry.rule.message, range: range,
                        start: text.position(ofByte: range.lowerBound), end: text.position(ofByte: range.upperBound),
                        match: text.text(of: range), reason: entry.rule.reason, advice: entry.rule.advice))
            }
        }
    }

    /// The languages a post is written in: its scripts (Arabic, Chinese) and the languages whose
    /// function words it uses, keeping those with at least two thirds of the best count, most
    /// likely first. A post in Latin script that no function word tells is read as English, the
    /// default language.
    func detectedLanguages(_ text: AnalyzedText, _ hits: TermHits) -> [String] {
        var counts: [(code: String, count: Int)] = []
        for (code, set) in base.builtin.languages {
            let count = hits[set].count
            if count > 0 { counts.append((code, count)) }
        }
        let best = counts.map(\.count).max() ?? 0
        // Ties and near-ties: a post may mix languages; one shared word does not make a language.
        var result = counts.filter { $0.count * 3 >= best * 2 }.sorted { $0.count > $1.count }.map(\.code)
        if !text.isASCII {
            for script in EngineLists.scripts(in: text.bytes).sorted() where !result.contains(script) { result.append(script) }
        }
        if result.isEmpty, !text.isASCII, let cue = EngineLists.letterCue(in: text.string) { result.append(cue) }
        if result.isEmpty { result.append("en") }
        return result
    }

    // MARK: Kinds

    /// A span a matcher proposes, before `unless` and `context`.
    struct Candidate {
        var range: Range<Int>
        var severity: Severity
        var confidence: Double
        var entity: String?
        /// Proximity: the byte ranges of the parts' terms (words between them may negate).
        var parts: [Range<Int>] = []
    }

    private func lexicon(_ entry: CompiledRule, _ found: [TermHit], exceptions: [TermHit]?, into candidates: inout [Candidate]) {
        var accepted = SpanSet()
        for view in entry.rule.views {
            // Longest first at each start, so "piss off" wins over "piss".
            let inView = found.filter { $0.view == view }.sorted {
                ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
            }
            for hit in inView {
                if accepted.overlaps(hit.range) { continue }
                if let exceptions,
                    exceptions.contains(where: {
                        $0.range.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.range.upperBound
                    })
                {
                    continue
                }
                accepted.insert(hit.range)
                candidates.append(
                    Candidate(
                        range: hit.range, severity: hit.severity ?? entry.rule.severity,
                        confidence: entry.rule.confidence * Self.viewFactor(view) * (hit.fuzzy ? Self.fuzzyFactor : 1),
                        entity: entry.rule.entity))
            }
        }
    }

    private func pattern<Sink: FindingSink>(
        _ entry: CompiledRule, _ spec: PatternSpec, keywords: [[UInt8]], pieces: [RegexPiece], validator: (any TextValidator)?,
        _ text: AnalyzedText, scratch: EngineScratch, into candidates: inout [Candidate], sink: inout Sink
    ) {
        if !keywords.isEmpty, !keywords.contains(where: { ByteSearch.contains(text.folded.bytes, $0) }) { return }
        var spans: [Range<Int>] = []
        var ran = 0
        for piece in pieces {
            if !piece.required.isEmpty, !piece.required.contains(where: { ByteSearch.contains(text.folded.bytes, $0) }) {
                continue
            }
            guard let matcher = scratch.matcher(for: piece.regex) else {
                sink.warn("\(entry.rule.id): cannot clone its regex")
                return
            }
            let (found, timedOut) = matcher.matches(in: text.bytes, group: spec.group)
            if timedOut {
                sink.warn("\(entry.rule.id): the regex was stopped by its time limit; matches after that point were not checked")
            }
            spans += found
            if !found.isEmpty { ran += 1 }
        }
        if ran > 1 {
            // Alternatives run apart: keep the leftmost match, the longest at a place, and none
            // that overlaps one kept, as one regex would.
            spans.sort { ($0.lowerBound, $1.upperBound) < ($1.lowerBound, $0.upperBound) }
            var kept: [Range<Int>] = []
            for span in spans where kept.last.map({ $0.upperBound <= span.lowerBound || span.isEmpty }) ?? true {
                kept.append(span)
            }
            spans = kept
        }
        let allow = Set(spec.allowlist.map { $0.lowercased() })
        for span in spans where !span.isEmpty {
            let match = text.text(of: span)
            if allow.contains(match.lowercased()) { continue }
            if let validator, !validator.isValid(match) { continue }
            candidates.append(
                Candidate(
                    range: span, severity: entry.rule.severity, confidence: entry.rule.confidence, entity: entry.rule.entity))
        }
    }

    private func proximity(
        _ entry: CompiledRule, _ spec: ProximitySpec, parts: [[TermHit]], referBack: [TermHit]?, exceptions: [TermHit]?,
        _ text: AnalyzedText, into candidates: inout [Candidate]
    ) throws {
        var accepted = Set<Range<Int>>()
        for view in entry.rule.views {
            var byPart = parts.map { hits in
                let inView = hits.filter { hit in
                    hit.view == view
                        && !(exceptions ?? []).contains {
                            $0.range.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.range.upperBound
                        }
                }
                // The longest term where terms of a part nest ("disabled person", not "disabled").
                return inView.filter { hit in
                    !inView.contains {
                        $0.range != hit.range && $0.range.lowerBound <= hit.range.lowerBound
                            && hit.range.upperBound <= $0.range.upperBound
                    }
                }
            }
            // Pronouns stand for the first part when it is named in the same or a neighbouring sentence.
            if let referBack, !byPart[0].isEmpty {
                // A group named inside a quotation is not what a later pronoun refers to.
                let named = try Set(
                    byPart[0].filter { !Quotation.isQuoted($0.range, in: text.bytes) }.map {
                        try text.sentenceIndex(ofByte: $0.range.lowerBound)
                    })
                for pronoun in referBack where pronoun.view == view {
                    let sentence = try text.sentenceIndex(ofByte: pronoun.range.lowerBound)
                    if named.contains(sentence) || named.contains(sentence - 1) || named.contains(sentence + 1) {
                        byPart[0].append(pronoun)
                    }
                }
            }
            guard byPart.allSatisfy({ !$0.isEmpty }) else { continue }
            for anchor in byPart[0] {
                var first = anchor.firstToken
                var last = anchor.lastToken
                var range = anchor.range
                var partRanges = [anchor.range]
                var fuzzy = anchor.fuzzy
                let sentence = spec.sameSentence ? try text.sentenceIndex(ofByte: anchor.range.lowerBound) : 0
                var complete = true
                for part in byPart.dropFirst() {
                    var best: TermHit?
                    var bestGap = Int.max
                    for hit in part {
                        let gap: Int
                        if hit.range.lowerBound >= range.upperBound {
                            gap = max(0, hit.firstToken - last - 1)
                        } else if !spec.ordered && hit.range.upperBound <= range.lowerBound {
                            gap = max(0, first - hit.lastToken - 1)
                        } else if !spec.ordered && !partRanges.contains(where: { $0.overlaps(hit.range) }) {
                            gap = 0  // between parts already found: "the scorn I feel for X"
                        } else {
                            continue
                        }
                        guard gap <= spec.within, gap < bestGap else { continue }
                        if spec.sameSentence, try text.sentenceIndex(ofByte: hit.range.lowerBound) != sentence { continue }
                        best = hit
                        bestGap = gap
                    }
                    guard let best else {
                        complete = false
                        break
                    }
                    first = min(first, best.firstToken)
                    last = max(last, best.lastToken)
                    range = min(range.lowerBound, best.range.lowerBound)..<max(range.upperBound, best.range.upperBound)
                    partRanges.append(best.range)
                    fuzzy = fuzzy || best.fuzzy
                }
                guard complete, accepted.insert(range).inserted else { continue }
                candidates.append(
                    Candidate(
                        range: range, severity: entry.rule.severity,
                        confidence: entry.rule.confidence * Self.viewFactor(view) * (fuzzy ? Self.fuzzyFactor : 1),
                        entity: entry.rule.entity, parts: partRanges))
            }
        }
    }

    private func occurrence(
        _ entry: CompiledRule, _ spec: OccurrenceSpec, _ text: AnalyzedText, into candidates: inout [Candidate]
    ) throws {
        func add(_ range: Range<Int>) {
            candidates.append(
                Candidate(
                    range: range, severity: entry.rule.severity, confidence: entry.rule.confidence, entity: entry.rule.entity))
        }
        switch spec.measure {
        case .charRun:
            for run in Occurrences.runs(of: spec.chars, in: text.bytes) where Double(run.count) >= spec.min { add(run) }
        case .capsWords, .capsRatio, .emoji:
            let scopes = spec.scope == .post ? [0..<text.bytes.count] : try text.sentences()
            let origins = text.tokenOrigins()
            let except = Set(spec.except.map { $0.lowercased() })
            var t = 0
            for scope in scopes {
                var caps: [Range<Int>] = []
                var emoji: [Range<Int>] = []
                var words = 0
                while t < text.tokens.count, origins[t].lowerBound < scope.upperBound {
                    let token = text.tokens[t]
                    let origin = origins[t]
                    t += 1
                    if token.kind == .emoji { emoji.append(origin) }
                    guard token.kind == .word else { continue }
                    let (letters, upper, _) = LetterCount.of(text.bytes, in: origin)
                    guard letters >= 2 else { continue }
                    words += 1
                    if upper == letters, !except.contains(text.text(of: token, in: text.folded)) { caps.append(origin) }
                }
                switch spec.measure {
                case .capsWords:
                    if Double(caps.count) >= spec.min { caps.forEach(add) }
                case .capsRatio:
                    if words >= max(1, spec.minWords), Double(caps.count) / Double(words) >= spec.min, let first = caps.first,
                        let last = caps.last
                    {
                        add(first.lowerBound..<last.upperBound)
                    }
                case .emoji:
                    if Double(emoji.count) >= spec.min, let first = emoji.first, let last = emoji.last {
                        add(first.lowerBound..<last.upperBound)
                    }
                case .charRun:
                    break
                }
            }
        }
    }

    // MARK: Modifiers

    /// Applies `unless` and `context` to a candidate: nil when it is not to be reported.
    private func admit(_ candidate: Candidate, _ entry: CompiledRule, _ text: AnalyzedText, _ hits: TermHits) throws -> Candidate?
    {
        if entry.rule.unless.isEmpty && entry.rule.context == nil { return candidate }
        var result = candidate
        let range = candidate.range
        let tokens = text.tokenIndices(overlapping: range)
        let firstToken = tokens.lowerBound
        let lastToken = tokens.isEmpty ? tokens.lowerBound - 1 : tokens.upperBound - 1
        for condition in entry.rule.unless {
            switch condition {
            case .url, .mention, .hashtag, .email:
                let kind: SocialToken.Kind =
                    condition == .url ? .url : condition == .mention ? .mention : condition == .hashtag ? .hashtag : .email
                if text.socialTokens().contains(where: {
                    $0.kind == kind && $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound
                }) {
                    return nil
                }
            case .quoted:
                if Quotation.isQuoted(range, in: text.bytes) { return nil }
                // A proximity match with a quoted part: "saying 'X are …' is …".
                if candidate.parts.contains(where: { Quotation.isQuoted($0, in: text.bytes) }) { return nil }
            case .negated:
                if negated(candidate, firstToken: firstToken, entry.lists, text, hits) { return nil }
                if entry.rule.unlessLists.negationAfter > 0,
                    negatedAfter(lastToken: lastToken, words: entry.rule.unlessLists.negationAfter, entry.lists, text, hits)
                {
                    return nil
                }
            case .reported:
                let lists = entry.lists
                let before = Clause.wordsBefore(firstToken, count: 6, in: text)
                if let low = before.first,
                    lists.counterBefore.contains(where: { hits.any($0, inFoldedTokens: low...(firstToken - 1)) })
                {
                    return nil
                }
                // Between the parts of a proximity match: "you said X were …".
                if !candidate.parts.isEmpty,
                    lists.counterBefore.contains(where: { set in
                        hits[set].contains { hit in
                            hit.view == .folded && candidate.range.contains(hit.range.lowerBound)
                                && !candidate.parts.contains { $0.overlaps(hit.range) }
                        }
                    })
                {
                    return nil
                }
                let after = Clause.wordsAfter(lastToken, count: 6, in: text)
                if let high = after.last,
                    lists.counterAfter.contains(where: { hits.any($0, inFoldedTokens: (lastToken + 1)...high) })
                {
                    return nil
                }
            }
        }
        if let context = entry.rule.context {
            let window = max(0, firstToken - context.window)...max(0, lastToken + context.window)
            let raised = entry.raise.map { hits.any($0, inFoldedTokens: window) } ?? false
            if context.require && !raised { return nil }
            if raised { result.confidence += (1 - result.confidence) * context.raiseBy }
            if let lower = entry.lower, hits.any(lower, inFoldedTokens: window) {
                // A lowering word with `lower_by: 1` rules the match out.
                if context.lowerBy >= 1 { return nil }
                result.confidence *= 1 - context.lowerBy
            }
        }
        return result
    }
}

extension RuleEngine {
    /// The negators in a post (folded view) that are not part of a phrase that does not negate
    /// ("nothing but").
    func negators(_ lists: ListSets, _ hits: TermHits) -> [TermHit] {
        let exempt = lists.notNegation.flatMap { set in hits[set].filter { $0.view == .folded }.map(\.range) }
        return lists.negation.flatMap { set in
            hits[set].filter { hit in
                hit.view == .folded
                    && !exempt.contains { $0.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.upperBound }
            }
        }
    }

    /// True when a negator stands up to five words before the match in its clause, or between the
    /// parts of a proximity match.
    func negated(_ candidate: Candidate, firstToken: Int, _ lists: ListSets, _ text: AnalyzedText, _ hits: TermHits) -> Bool {
        let before = Clause.wordsBefore(firstToken, count: 5, in: text)
        let low = before.first.map { text.tokenOrigins()[$0].lowerBound } ?? candidate.range.lowerBound
        let window = low..<candidate.range.upperBound
        return negators(lists, hits).contains { hit in
            let range = hit.range
            guard window.overlaps(range) else { return false }
            // Inside the match only between its parts: "can't stand" is the match, not a negation.
            return range.lowerBound < candidate.range.lowerBound
                || !(candidate.parts.isEmpty || candidate.parts.contains { $0.overlaps(range) })
        }
    }

    /// True when a negator stands among the first `words` words after the match, before any
    /// punctuation ("Ich hasse Frauen nicht.", not "…, sollte nicht illegal sein").
    func negatedAfter(lastToken: Int, words: Int, _ lists: ListSets, _ text: AnalyzedText, _ hits: TermHits) -> Bool {
        var high = lastToken
        var seen = 0
        while high + 1 < text.tokens.count, seen < words {
            let token = text.tokens[high + 1]
            if token.kind == .punctuation { break }
            high += 1
            if token.isWordLike { seen += 1 }
        }
        guard high > lastToken else { return false }
        return negators(lists, hits).contains { $0.firstToken > lastToken && $0.firstToken <= high }
    }
}

/// Per-worker state for `RuleEngine.scan`: clones of the compiled regexes, made on first use.
public final class EngineScratch {
    private var matchers: [ObjectIdentifier: RegexMatcher] = [:]

    init() {}

    /// This worker's clone of `regex`, compiled on first use.
    func matcher(for regex: LazyRegex) -> RegexMatcher? {
        if let existing = matchers[ObjectIdentifier(regex)] { return existing }
        guard let compiled = regex.compiled() else { return nil }
        let made = RegexMatcher(compiled)
        matchers[ObjectIdentifier(regex)] = made
        return made
    }
}
