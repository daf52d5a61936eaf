import FootprintInput
import FootprintReporting
import FootprintRules
import FootprintScoring

// Quality measurement on labelled data (`footprint eval`): records with post-level labels and
// gold spans, compared with what the rules found. Everything here is pure: no printing, no files.

/// A labelled span of personal data in a record's text: Unicode-scalar offsets, end exclusive,
/// the same as a finding's `start.scalar` and `end.scalar`.
public struct GoldSpan: Sendable, Hashable {
    /// The entity type, e.g. `EMAIL`; compared with findings' `entity`.
    public var type: String
    /// The first scalar of the span.
    public var start: Int
    /// The scalar after the span's last.
    public var end: Int

    /// Creates a span of `type` over scalars `start..<end`.
    public init(type: String, start: Int, end: Int) {
        self.type = type
        self.start = start
        self.end = end
    }
}

/// One labelled post of an evaluation set.
public struct EvaluationRecord: Sendable {
    /// The record's id, if it had one (numbers are kept as their text).
    public var id: String?
    /// The post's text as UTF-8.
    public var text: [UInt8]
    /// Post-level labels by category name (`"hate": true`); nil when the record labels nothing.
    /// A record counts towards a category's metrics only when it labels that category.
    public var labels: [String: Bool]?
    /// Gold spans; nil when the record has no `spans` key. An empty list says "no personal data
    /// here", so every predicted span counts as a false positive.
    public var spans: [GoldSpan]?
    /// The value of the field named by `--by` (a HateCheck functionality), for per-group metrics.
    public var group: String?
    /// The band a reviewer gives the post (`"band": "high"`), for score agreement.
    public var band: Band?
    /// The audience the band is for (`"profile": "healthcare"`); nil for the checker's.
    public var profile: String?
    /// The 1-based input line the record came from (0 when not read from a file).
    public var line: Int

    /// Creates a record from UTF-8 text, with its labels and gold spans.
    public init(id: String? = nil, text: [UInt8], labels: [String: Bool]? = nil, spans: [GoldSpan]? = nil, line: Int = 0) {
        self.id = id
        self.text = text
        self.labels = labels
        self.spans = spans
        self.line = line
    }

    /// Creates a record from a string, with its labels and gold spans.
    public init(id: String? = nil, text: String, labels: [String: Bool]? = nil, spans: [GoldSpan]? = nil, line: Int = 0) {
        self.init(id: id, text: Array(text.utf8), labels: labels, spans: spans, line: line)
    }
}

/// Why an evaluation line could not be read.
public struct EvaluationLineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// Short and lowercase, e.g. "missing field 'text'".
    public var message: String

    /// Creates the error of a 1-based line.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// "line N: message".
    public var description: String { "line \(line): \(message)" }
}

extension EvaluationRecord {
    /// Reads one JSON Lines record (without its `\n`):
    /// `{"id": …, "text": "…", "labels": {"hate": true}, "spans": [{"type", "start", "end"}]}`.
    ///
    /// `text` must be a string; `id` a string, number, null or missing. `labels` (optional, or
    /// null) is an object of booleans, a null value leaving that category unlabelled. `spans`
    /// (optional, or null) is an array of objects with a non-empty string `type` and integer
    /// `start` < `end` within the text's Unicode scalars. Other members are ignored. A UTF-8 byte
    /// order mark at the start and a `\r` at the end are ignored, as in `check --jsonl`.
    public static func decode(
        line: UnsafeBufferPointer<UInt8>, lineNumber: Int, parser: JSONParser = JSONParser(), groupField: String? = nil
    ) -> Result<EvaluationRecord, EvaluationLineError> {
        func failure(_ message: String) -> Result<EvaluationRecord, EvaluationLineError> {
            .failure(EvaluationLineError(line: lineNumber, message: message))
        }
        var start = 0
        var end = line.count
        if end > 0 && line[end - 1] == 0x0D { end -= 1 }
        if end >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF { start = 3 }
        if line[start..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return failure("empty line")
        }

        let value: JSONValue
        do {
            value = try parser.parse(UnsafeBufferPointer(rebasing: line[start..<end]))
        } catch {
            return failure("invalid JSON: \(JSONError(offset: error.offset + start, message: error.message))")
        }
        guard case .object = value else { return failure("expected a JSON object, found \(value.kindName)") }

        let id: String?
        switch value["id"] {
        case nil, .null?: id = nil
        case .string(let string)?: id = string
        case .number(let number)?: id = number
        default: return failure("field 'id' must be a string or number")
        }

        guard let textValue = value["text"] else { return failure("missing field 'text'") }
        guard case .string(let text) = textValue else { return failure("field 'text' must be a string") }

        var labels: [String: Bool]?
        switch value["labels"] {
        case nil, .null?:
            labels = nil
        case .object(let members)?:
            var read: [String: Bool] = [:]
            for (key, label) in members {
                switch label {
                case .bool(let flag): read[key] = flag
                case .null: read[key] = nil
                default: return failure("label '\(key)' must be true, false or null")
                }
            }
            labels = read
        case let other?:
            return failure("field 'labels' must be an object, found \(other.kindName)")
        }

        var spans: [GoldSpan]?
        switch value["spans"] {
        case nil, .null?:
            spans = nil
        case .array(let items)?:
            let scalarCount = text.unicodeScalars.count
            var read: [GoldSpan] = []
            read.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                let name = "span \(index + 1)"
                guard case .object = item else { return failure("\(name) must be an object, found \(item.kindName)") }
                guard case .string(let type)? = item["type"], !type.isEmpty else {
                    return failure("\(name) needs a non-empty string 'type'")
                }
                guard case .number(let startText)? = item["start"], let spanStart = Int(startText),
                    case .number(let endText)? = item["end"], let spanEnd = Int(endText)
                else {
                    return failure("\(name) needs integer 'start' and 'end'")
                }
                guard 0 <= spanStart, spanStart < spanEnd, spanEnd <= scalarCount else {
                    return failure(
                        "\(name) (\(type) \(spanStart)..<\(spanEnd)) is not a non-empty range within the text's \(scalarCount) scalars"
                    )
                }
                read.append(GoldSpan(type: type, start: spanStart, end: spanEnd))
            }
            spans = read
        case let other?:
            return failure("field 'spans' must be an array, found \(other.kindName)")
        }

        var record = EvaluationRecord(id: id, text: Array(text.utf8), labels: labels, spans: spans, line: lineNumber)
        switch value["band"] {
        case nil, .null?: break
        case .string(let name)?:
            guard let band = Band(rawValue: name) else {
                return failure("field 'band' must be one of low, medium, high, critical, found '\(name)'")
            }
            record.band = band
        case let other?: return failure("field 'band' must be a string, found \(other.kindName)")
        }
        switch value["profile"] {
        case nil, .null?: break
        case .string(let name)? where !name.isEmpty: record.profile = name
        case let other?: return failure("field 'profile' must be a non-empty string, found \(other.kindName)")
        }
        if let groupField {
            switch value[groupField] {
            case .string(let string)?: record.group = string
            case .number(let number)?: record.group = number
            case .bool(let flag)?: record.group = flag ? "true" : "false"
            default: record.group = nil
            }
        }
        return .success(record)
    }

    /// Reads one JSON Lines record; see `decode(line:lineNumber:parser:)`.
    public static func decode(
        line: [UInt8], lineNumber: Int, parser: JSONParser = JSONParser(), groupField: String? = nil
    ) -> Result<EvaluationRecord, EvaluationLineError> {
        line.withUnsafeBufferPointer { decode(line: $0, lineNumber: lineNumber, parser: parser, groupField: groupField) }
    }

    /// Reads one JSON Lines record from a string; see `decode(line:lineNumber:parser:)`.
    public static func decode(line: String, lineNumber: Int = 1) -> Result<EvaluationRecord, EvaluationLineError> {
        decode(line: Array(line.utf8), lineNumber: lineNumber)
    }
}

// MARK: - Metrics

/// True positives, false positives and false negatives, and what follows from them. A ratio
/// whose denominator is zero is nil (shown as `-` and `null`), not a made-up 0 or 1.
public struct MatchCounts: Sendable, Equatable {
    /// Predictions that match a gold item.
    public var truePositives: Int
    /// Predictions that match none.
    public var falsePositives: Int
    /// Gold items no prediction matches.
    public var falseNegatives: Int

    /// Creates counts, zero by default.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Gold positives: TP + FN.
    public var support: Int { truePositives + falseNegatives }
    /// Predicted positives: TP + FP.
    public var predicted: Int { truePositives + falsePositives }

    /// TP / (TP + FP); nil when nothing was predicted.
    public var precision: Double? { predicted == 0 ? nil : Double(truePositives) / Double(predicted) }
    /// TP / (TP + FN); nil when there is nothing to find.
    public var recall: Double? { support == 0 ? nil : Double(truePositives) / Double(support) }
    /// 2TP / (2TP + FP + FN), the harmonic mean of precision and recall (0 when one of them is
    /// 0 or undefined and the other is not); nil when there was nothing to find and nothing found.
    public var f1: Double? {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? nil : Double(2 * truePositives) / Double(denominator)
    }

    /// The counts of both, added field by field.
    public static func + (a: MatchCounts, b: MatchCounts) -> MatchCounts {
        MatchCounts(
            truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
            falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// Post-level metrics of one category, over the records that label it. A post is predicted
/// positive when any finding has the category.
public struct CategoryMetrics: Sendable, Equatable {
    /// The category's name, e.g. `hate`.
    public var category: String
    /// Records that label the category (true or false).
    public var posts: Int
    /// Posts predicted and labelled positive, predicted only, labelled only.
    public var counts: MatchCounts
    /// Posts labelled false with no finding of the category.
    public var trueNegatives: Int

    /// Creates the metrics of a category from its counts.
    public init(category: String, posts: Int, counts: MatchCounts, trueNegatives: Int) {
        self.category = category
        self.posts = posts
        self.counts = counts
        self.trueNegatives = trueNegatives
    }
}

/// Span-level metrics of one entity type (or of all types, micro-averaged), over the records
/// with `spans`. Predicted spans are privacy findings with an entity, identical spans of the same
/// type counted once. Each gold span and each prediction is matched at most once: `exact` pairs
/// identical spans; `overlap` keeps those pairs and then pairs the rest greedily, in order, with
/// the first unmatched span they overlap.
public struct EntityMetrics: Sendable, Equatable {
    /// The entity type, or `*` for the micro-average.
    public var type: String
    /// Counts when a prediction must equal its gold span.
    public var exact: MatchCounts
    /// Counts when a prediction must overlap its gold span.
    public var overlap: MatchCounts

    /// Creates the metrics of an entity type from both kinds of counts.
    public init(type: String, exact: MatchCounts, overlap: MatchCounts) {
        self.type = type
        self.exact = exact
        self.overlap = overlap
    }

    /// Gold spans of the type.
    public var support: Int { exact.support }
    /// Predicted spans of the type.
    public var predicted: Int { exact.predicted }
}

/// How one rule did.
public struct RuleMetrics: Sendable, Equatable {
    /// The rule's id, `pack/rule`.
    public var rule: String
    /// The rule's category.
    public var category: String
    /// The entity type the rule reports, for privacy rules.
    public var entity: String?
    /// Records the rule fired on.
    public var posts: Int
    /// Of those, the records that label the rule's category.
    public var labelledPosts: Int
    /// Of those, the records labelled true for the rule's category.
    public var truePositivePosts: Int
    /// Spans the rule predicted in records with `spans` (entity rules; identical spans once).
    public var spans: Int
    /// Of those, how many equal a gold span of the same type (one-to-one within the rule).
    public var exactSpanMatches: Int
    /// Of those, how many overlap a gold span of the same type (one-to-one within the rule).
    public var overlapSpanMatches: Int

    /// Creates a rule's metrics from its counts.
    public init(
        rule: String, category: String, entity: String?, posts: Int = 0, labelledPosts: Int = 0, truePositivePosts: Int = 0,
        spans: Int = 0, exactSpanMatches: Int = 0, overlapSpanMatches: Int = 0
    ) {
        self.rule = rule
        self.category = category
        self.entity = entity
        self.posts = posts
        self.labelledPosts = labelledPosts
        self.truePositivePosts = truePositivePosts
        self.spans = spans
        self.exactSpanMatches = exactSpanMatches
        self.overlapSpanMatches = overlapSpanMatches
    }

    /// Post-level precision: true-positive posts / labelled posts it fired on; nil when it fired
    /// on no post that labels its category.
    public var precision: Double? { labelledPosts == 0 ? nil : Double(truePositivePosts) / Double(labelledPosts) }
    /// Span precision, exact matches; nil when it predicted no span.
    public var exactSpanPrecision: Double? { spans == 0 ? nil : Double(exactSpanMatches) / Double(spans) }
    /// Span precision, overlap matches; nil when it predicted no span.
    public var overlapSpanPrecision: Double? { spans == 0 ? nil : Double(overlapSpanMatches) / Double(spans) }
}

/// How often the score's band agrees with a reviewer's, overall or for one profile.
public struct BandAgreement: Sendable, Equatable {
    /// The profile, or nil for all records.
    public var profile: String?
    /// Posts counted, by reviewer's band (rows) and predicted band (columns), low to critical.
    public var confusion: [[Int]] = Array(repeating: Array(repeating: 0, count: 4), count: 4)

    /// Creates an empty table for `profile` (nil for all records).
    public init(profile: String? = nil) { self.profile = profile }

    /// Posts counted.
    public var records: Int { confusion.reduce(0) { $0 + $1.reduce(0, +) } }
    /// Posts whose band is the reviewer's.
    public var exact: Int { (0..<4).reduce(0) { $0 + confusion[$1][$1] } }
    /// Posts whose band is the reviewer's or next to it.
    public var withinOne: Int {
        (0..<4).reduce(0) { sum, gold in sum + (0..<4).filter { abs($0 - gold) <= 1 }.reduce(0) { $0 + confusion[gold][$1] } }
    }
    /// Posts scored in a lower band than the reviewer's (missed risk).
    public var under: Int { (0..<4).reduce(0) { sum, gold in sum + (0..<gold).reduce(0) { $0 + confusion[gold][$1] } } }
    /// Share of posts in the reviewer's band; nil without posts.
    public var exactRate: Double? { records == 0 ? nil : Double(exact) / Double(records) }
    /// Share of posts in the reviewer's band or next to it; nil without posts.
    public var withinOneRate: Double? { records == 0 ? nil : Double(withinOne) / Double(records) }

    mutating func count(gold: Band, predicted: Band) {
        confusion[Band.allCases.firstIndex(of: gold) ?? 0][Band.allCases.firstIndex(of: predicted) ?? 0] += 1
    }

    mutating func add(_ other: BandAgreement) {
        for gold in 0..<4 { for predicted in 0..<4 { confusion[gold][predicted] += other.confusion[gold][predicted] } }
    }
}

/// A category's post-level metrics among the records of one group (a HateCheck functionality).
public struct GroupMetrics: Sendable, Equatable {
    /// The group's value, e.g. a HateCheck functionality.
    public var group: String
    /// The category's metrics among the group's posts.
    public var metrics: CategoryMetrics

    /// Creates a group's metrics.
    public init(group: String, metrics: CategoryMetrics) {
        self.group = group
        self.metrics = metrics
    }

    /// Share of the group's posts whose prediction agrees with the label.
    public var accuracy: Double? {
        metrics.posts == 0 ? nil : Double(metrics.counts.truePositives + metrics.trueNegatives) / Double(metrics.posts)
    }
}

/// The result of an evaluation: per category, per entity type and per rule, each sorted by name.
public struct EvaluationReport: Sendable, Equatable {
    /// Records evaluated.
    public var records: Int
    /// Lines that could not be read (counted by the caller through `Evaluator.recordError()`).
    public var errors: Int
    /// Records with a `spans` key.
    public var spanRecords: Int
    /// Per category, sorted by name.
    public var categories: [CategoryMetrics]
    /// Per entity type, sorted by name.
    public var entities: [EntityMetrics]
    /// All entity types together (type `*`); nil when no record had spans.
    public var micro: EntityMetrics?
    /// Per rule that fired, sorted by id.
    public var rules: [RuleMetrics]
    /// Per group (`--by FIELD`) and category, sorted by group then category; empty without groups.
    public var groups: [GroupMetrics]
    /// Band agreement over the records with a `band`, overall then per profile; empty when none
    /// has one.
    public var bands: [BandAgreement] = []

    /// Creates a report from its parts.
    public init(
        records: Int, errors: Int, spanRecords: Int, categories: [CategoryMetrics], entities: [EntityMetrics],
        micro: EntityMetrics?, rules: [RuleMetrics], groups: [GroupMetrics] = []
    ) {
        self.groups = groups
        self.records = records
        self.errors = errors
        self.spanRecords = spanRecords
        self.categories = categories
        self.entities = entities
        self.micro = micro
        self.rules = rules
    }

    /// The metrics of `category`, if it was evaluated.
    public func category(_ name: String) -> CategoryMetrics? { categories.first { $0.category == name } }
    /// The metrics of entity type `type`, if it occurred.
    public func entity(_ type: String) -> EntityMetrics? { entities.first { $0.type == type } }
    /// The metrics of rule `id`, if it was evaluated.
    public func rule(_ id: String) -> RuleMetrics? { rules.first { $0.rule == id } }

    /// Checks F1 floors per category (`["hate": 0.8]`): one message per category below its floor,
    /// or whose F1 is undefined (no record labels it positive and nothing was predicted).
    public func floorViolations(_ floors: [String: Double]) -> [String] {
        floors.sorted { $0.key < $1.key }.compactMap { name, floor in
            guard let metrics = category(name), metrics.posts > 0 else {
                return "F1 of \(name) is undefined: no record labels it (floor \(EvaluationFormat.decimal(floor)))"
            }
            guard let f1 = metrics.counts.f1 else {
                return
                    "F1 of \(name) is undefined: no positive labels and no predictions (floor \(EvaluationFormat.decimal(floor)))"
            }
            // Compare at the precision shown, so that a printed 0.800 never fails a 0.8 floor.
            guard (f1 * 1000).rounded() < (floor * 1000).rounded() else { return nil }
            return "F1 of \(name) is \(EvaluationFormat.decimal(f1)), below the floor \(EvaluationFormat.decimal(floor))"
        }
    }
}

/// Accumulates metrics from records and their assessments, in constant memory (counts per
/// category, entity type and rule only). Not thread-safe; merge separate evaluators with `merge`.
public struct Evaluator: Sendable {
    /// The categories evaluated; nil for every category some record labels.
    public let categories: Set<String>?

    private struct CategoryCounts: Sendable {
        var posts = 0
        var counts = MatchCounts()
        var trueNegatives = 0

        /// Counts one post with its label and whether the category was predicted.
        mutating func count(label: Bool, predicted: Bool) {
            posts += 1
            switch (label, predicted) {
            case (true, true): counts.truePositives += 1
            case (false, true): counts.falsePositives += 1
            case (true, false): counts.falseNegatives += 1
            case (false, false): trueNegatives += 1
            }
        }

        mutating func add(_ other: CategoryCounts) {
            posts += other.posts
            counts = counts + other.counts
            trueNegatives += other.trueNegatives
        }

        func metrics(_ category: String) -> CategoryMetrics {
            CategoryMetrics(category: category, posts: posts, counts: counts, trueNegatives: trueNegatives)
        }
    }

    private struct SpanCounts: Sendable {
        var gold = 0
        var predicted = 0
        var exact = 0
        var overlap = 0
    }

    private var records = 0
    private var errors = 0
    private var spanRecords = 0
    private var categoryCounts: [String: CategoryCounts] = [:]
    private var spanCounts: [String: SpanCounts] = [:]
    private var ruleMetrics: [String: RuleMetrics] = [:]
    private var groupCounts: [String: [String: CategoryCounts]] = [:]
    private var bandCounts: [String: BandAgreement] = [:]

    /// `categories` restricts the categories (and the rules of those categories) evaluated; span
    /// metrics are kept only when it is nil or holds `privacy`. `rules` lists the rules to report
    /// even when they never fire.
    public init(categories: Set<String>? = nil, rules: [Rule] = []) {
        self.categories = categories
        for category in categories ?? [] { categoryCounts[category] = CategoryCounts() }
        for rule in rules where includes(rule.category.rawValue) {
            ruleMetrics[rule.id] = RuleMetrics(rule: rule.id, category: rule.category.rawValue, entity: rule.entity)
        }
    }

    private func includes(_ category: String) -> Bool { categories?.contains(category) ?? true }

    private var evaluatesSpans: Bool { includes(Category.privacy.rawValue) }

    /// Counts a line that could not be read.
    public mutating func recordError() { errors += 1 }

    /// Adds a record and its assessment (scored for the record's profile when it names one).
    public mutating func add(_ record: EvaluationRecord, _ assessment: Assessment) {
        add(record, findings: assessment.findings)
        if let gold = record.band {
            bandCounts[assessment.profile, default: BandAgreement(profile: assessment.profile)]
                .count(gold: gold, predicted: assessment.band)
        }
    }

    /// Adds a record and the findings the rules made in its text.
    public mutating func add(_ record: EvaluationRecord, findings: [Finding]) {
        records += 1
        var predictedCategories = Set<String>()
        for finding in findings { predictedCategories.insert(finding.category.rawValue) }

        // Categories, post level.
        for (category, label) in record.labels ?? [:] where includes(category) {
            let predicted = predictedCategories.contains(category)
            categoryCounts[category, default: CategoryCounts()].count(label: label, predicted: predicted)
            if let group = record.group {
                groupCounts[group, default: [:]][category, default: CategoryCounts()].count(label: label, predicted: predicted)
            }
        }

        // Entities, span level.
        let gold = evaluatesSpans ? record.spans : nil
        var goldByType: [String: [GoldSpan]] = [:]
        if let gold {
            spanRecords += 1
            for span in gold { goldByType[span.type, default: []].append(span) }
            var predictedByType: [String: Set<GoldSpan>] = [:]
            for finding in findings where finding.category == .privacy {
                guard let entity = finding.entity else { continue }
                predictedByType[entity, default: []].insert(Self.span(of: finding))
            }
            for type in Set(goldByType.keys).union(predictedByType.keys) {
                let goldSpans = goldByType[type] ?? []
                let predicted = Self.ordered(predictedByType[type] ?? [])
                let matches = Self.match(predicted: predicted, gold: goldSpans)
                var entry = spanCounts[type] ?? SpanCounts()
                entry.gold += goldSpans.count
                entry.predicted += predicted.count
                entry.exact += matches.exact
                entry.overlap += matches.overlap
                spanCounts[type] = entry
            }
        }

        // Rules.
        var firedRules: [String: Category] = [:]
        var ruleSpans: [String: Set<GoldSpan>] = [:]
        var ruleEntities: [String: String] = [:]
        for finding in findings where includes(finding.category.rawValue) {
            firedRules[finding.rule] = finding.category
            if let entity = finding.entity {
                ruleEntities[finding.rule] = entity
                if gold != nil && finding.category == .privacy {
                    ruleSpans[finding.rule, default: []].insert(Self.span(of: finding))
                }
            }
        }
        for (rule, category) in firedRules {
            var entry =
                ruleMetrics[rule] ?? RuleMetrics(rule: rule, category: category.rawValue, entity: ruleEntities[rule])
            entry.posts += 1
            if let label = record.labels?[entry.category] {
                entry.labelledPosts += 1
                if label { entry.truePositivePosts += 1 }
            }
            if let spans = ruleSpans[rule] {
                let predicted = Self.ordered(spans)
                var exact = 0
                var overlap = 0
                for type in Set(predicted.map(\.type)) {
                    let matches = Self.match(predicted: predicted.filter { $0.type == type }, gold: goldByType[type] ?? [])
                    exact += matches.exact
                    overlap += matches.overlap
                }
                entry.spans += predicted.count
                entry.exactSpanMatches += exact
                entry.overlapSpanMatches += overlap
            }
            ruleMetrics[rule] = entry
        }
    }

    /// Adds another evaluator's counts (for example one per worker).
    public mutating func merge(_ other: Evaluator) {
        records += other.records
        errors += other.errors
        spanRecords += other.spanRecords
        for (category, counts) in other.categoryCounts { categoryCounts[category, default: CategoryCounts()].add(counts) }
        for (profile, counts) in other.bandCounts { bandCounts[profile, default: BandAgreement(profile: profile)].add(counts) }
        for (group, byCategory) in other.groupCounts {
            for (category, counts) in byCategory {
                groupCounts[group, default: [:]][category, default: CategoryCounts()].add(counts)
            }
        }
        for (type, counts) in other.spanCounts {
            var entry = spanCounts[type] ?? SpanCounts()
            entry.gold += counts.gold
            entry.predicted += counts.predicted
            entry.exact += counts.exact
            entry.overlap += counts.overlap
            spanCounts[type] = entry
        }
        for (rule, metrics) in other.ruleMetrics {
            guard var entry = ruleMetrics[rule] else {
                ruleMetrics[rule] = metrics
                continue
            }
            entry.posts += metrics.posts
            entry.labelledPosts += metrics.labelledPosts
            entry.truePositivePosts += metrics.truePositivePosts
            entry.spans += metrics.spans
            entry.exactSpanMatches += metrics.exactSpanMatches
            entry.overlapSpanMatches += metrics.overlapSpanMatches
            if entry.entity == nil { entry.entity = metrics.entity }
            ruleMetrics[rule] = entry
        }
    }

    /// The metrics so far.
    public func report() -> EvaluationReport {
        let categories = categoryCounts.keys.sorted().map { (categoryCounts[$0] ?? CategoryCounts()).metrics($0) }
        let entities = spanCounts.keys.sorted().map { type in
            let entry = spanCounts[type] ?? SpanCounts()
            return EntityMetrics(
                type: type,
                exact: MatchCounts(
                    truePositives: entry.exact, falsePositives: entry.predicted - entry.exact,
                    falseNegatives: entry.gold - entry.exact),
                overlap: MatchCounts(
                    truePositives: entry.overlap, falsePositives: entry.predicted - entry.overlap,
                    falseNegatives: entry.gold - entry.overlap))
        }
        let micro =
            spanRecords == 0
            ? nil
            : EntityMetrics(
                type: "*", exact: entities.reduce(MatchCounts()) { $0 + $1.exact },
                overlap: entities.reduce(MatchCounts()) { $0 + $1.overlap })
        var bands: [BandAgreement] = []
        if !bandCounts.isEmpty {
            var all = BandAgreement()
            for counts in bandCounts.values { all.add(counts) }
            bands = [all] + bandCounts.keys.sorted().compactMap { bandCounts[$0] }
        }
        var report = EvaluationReport(
            records: records, errors: errors, spanRecords: spanRecords, categories: categories, entities: entities, micro: micro,
            rules: ruleMetrics.keys.sorted().compactMap { ruleMetrics[$0] },
            groups: groupCounts.keys.sorted().flatMap { group in
                (groupCounts[group] ?? [:]).keys.sorted().map { category in
                    GroupMetrics(group: group, metrics: (groupCounts[group]?[category] ?? CategoryCounts()).metrics(category))
                }
            })
        report.bands = bands
        return report
    }

    // MARK: Span matching

    private static func span(of finding: Finding) -> GoldSpan {
        GoldSpan(type: finding.entity ?? "", start: finding.start.scalar, end: finding.end.scalar)
    }

    private static func ordered(_ spans: Set<GoldSpan>) -> [GoldSpan] {
        spans.sorted { ($0.start, $0.end, $0.type) < ($1.start, $1.end, $1.type) }
    }

    /// One-to-one matching of predicted spans with gold spans (all of one type): first identical
    /// pairs, then each unmatched prediction, in order, with the first unmatched gold span it
    /// overlaps. `overlap` counts both kinds of pairs, so it is never below `exact`.
    static func match(predicted: [GoldSpan], gold: [GoldSpan]) -> (exact: Int, overlap: Int) {
        var goldUsed = [Bool](repeating: false, count: gold.count)
        var predictedUsed = [Bool](repeating: false, count: predicted.count)
        var exact = 0
        for (p, span) in predicted.enumerated() {
            guard let g = gold.indices.first(where: { !goldUsed[$0] && gold[$0].start == span.start && gold[$0].end == span.end })
            else { continue }
            goldUsed[g] = true
            predictedUsed[p] = true
            exact += 1
        }
        var overlap = exact
        for (p, span) in predicted.enumerated() where !predictedUsed[p] {
            guard let g = gold.indices.first(where: { !goldUsed[$0] && gold[$0].start < span.end && span.start < gold[$0].end })
            else { continue }
            goldUsed[g] = true
            overlap += 1
        }
        return (exact, overlap)
    }
}

// MARK: - Rendering

/// The report as an aligned text table or as JSON (numbers rounded to 3 decimals, undefined
/// ratios `-` in the table and `null` in JSON).
public enum EvaluationFormat {
    /// A value with three decimals ("0.800"), or "-" for nil.
    public static func decimal(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        let thousandths = Int((abs(value) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return (value < 0 && thousandths != 0 ? "-" : "") + "\(thousandths / 1000)."
            + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// The three sections (categories, entities, rules) as aligned text tables.
    public static func table(_ report: EvaluationReport) -> String {
        var out = ""
        out += "Categories (post level, \(report.records) records)\n"
        if report.categories.isEmpty {
            out += "  no record has labels\n"
        } else {
            var rows = [["category", "posts", "support", "tp", "fp", "fn", "tn", "precision", "recall", "f1"]]
            for metrics in report.categories {
                let c = metrics.counts
                rows.append(
                    [metrics.category, String(metrics.posts), String(c.support)] + counts(c)
                        + [String(metrics.trueNegatives)] + ratios(c))
            }
            out += render(rows)
        }

        if !report.groups.isEmpty {
            out += "\nGroups (post level: accuracy = share of posts predicted as labelled)\n"
            var rows = [["group", "category", "posts", "positive", "tp", "fp", "fn", "tn", "accuracy", "recall"]]
            for group in report.groups {
                let m = group.metrics
                rows.append(
                    [group.group, m.category, String(m.posts), String(m.counts.support)] + counts(m.counts)
                        + [String(m.trueNegatives), decimal(group.accuracy), decimal(m.counts.recall)])
            }
            out += render(rows, leftColumns: 2)
        }

        if !report.bands.isEmpty {
            out += "\nBands (score band against the reviewer's: exact, within one band, scored lower)\n"
            var rows = [["profile", "posts", "exact", "within one", "lower", "exact rate", "within-one rate"]]
            for agreement in report.bands {
                rows.append([
                    agreement.profile ?? "all", String(agreement.records), String(agreement.exact), String(agreement.withinOne),
                    String(agreement.under), decimal(agreement.exactRate), decimal(agreement.withinOneRate),
                ])
            }
            out += render(rows)
            out += "  reviewer (rows) × score (columns), all profiles:\n"
            var matrix = [["", "low", "medium", "high", "critical"]]
            for (index, band) in Band.allCases.enumerated() {
                matrix.append([band.rawValue] + report.bands[0].confusion[index].map(String.init))
            }
            out += render(matrix)
        }

        out += "\nEntities (span level, \(report.spanRecords) records with spans)\n"
        if let micro = report.micro {
            var rows = [["entity", "match", "gold", "predicted", "tp", "fp", "fn", "precision", "recall", "f1"]]
            for metrics in report.entities + [micro] {
                let name = metrics.type == "*" ? "all (micro)" : metrics.type
                for (mode, c) in [("exact", metrics.exact), ("overlap", metrics.overlap)] {
                    rows.append([name, mode, String(c.support), String(c.predicted)] + counts(c) + ratios(c))
                }
            }
            out += render(rows, leftColumns: 2)
        } else {
            out += "  no record has spans\n"
        }

        out += "\nRules\n"
        if report.rules.isEmpty {
            out += "  no rule evaluated\n"
        } else {
            var rows = [
                [
                    "rule", "category", "posts", "labelled", "tp", "precision", "spans", "exact", "overlap", "span p exact",
                    "span p overlap",
                ]
            ]
            for metrics in report.rules {
                let spanColumns =
                    metrics.entity == nil
                    ? ["-", "-", "-", "-", "-"]
                    : [
                        String(metrics.spans), String(metrics.exactSpanMatches), String(metrics.overlapSpanMatches),
                        decimal(metrics.exactSpanPrecision), decimal(metrics.overlapSpanPrecision),
                    ]
                rows.append(
                    [
                        metrics.rule, metrics.category, String(metrics.posts), String(metrics.labelledPosts),
                        String(metrics.truePositivePosts), decimal(metrics.precision),
                    ] + spanColumns)
            }
            out += render(rows, leftColumns: 2)
        }
        return out
    }

    private static func counts(_ c: MatchCounts) -> [String] {
        [String(c.truePositives), String(c.falsePositives), String(c.falseNegatives)]
    }

    private static func ratios(_ c: MatchCounts) -> [String] {
        [decimal(c.precision), decimal(c.recall), decimal(c.f1)]
    }

    /// Rows as columns two spaces apart: the first `leftColumns` left-aligned, the rest right-aligned.
    private static func render(_ rows: [[String]], leftColumns: Int = 1) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var out = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                line += "  " + (index < leftColumns ? cell + padding : padding + cell)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// The report as one JSON object:
    /// `{"records", "errors", "spanRecords", "categories": [...], "entities": [...], "micro", "rules": [...]}`.
    public static func json(_ report: EvaluationReport, pretty: Bool = true) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        writer.beginObject()
        writer.key("records")
        writer.int(report.records)
        writer.key("errors")
        writer.int(report.errors)
        writer.key("spanRecords")
        writer.int(report.spanRecords)
        if !report.groups.isEmpty {
            writer.key("groups")
            writer.beginArray()
            for group in report.groups {
                writer.beginObject()
                writer.key("group")
                writer.string(group.group)
                write(group.metrics, into: &writer)
                writer.key("accuracy")
                number(group.accuracy, into: &writer)
                writer.endObject()
            }
            writer.endArray()
        }
        if !report.bands.isEmpty {
            writer.key("bands")
            writer.beginArray()
            for agreement in report.bands {
                writer.beginObject()
                writer.key("profile")
                if let profile = agreement.profile { writer.string(profile) } else { writer.null() }
                writer.key("posts")
                writer.int(agreement.records)
                writer.key("exact")
                writer.int(agreement.exact)
                writer.key("withinOne")
                writer.int(agreement.withinOne)
                writer.key("lower")
                writer.int(agreement.under)
                writer.key("exactRate")
                number(agreement.exactRate, into: &writer)
                writer.key("withinOneRate")
                number(agreement.withinOneRate, into: &writer)
                writer.key("confusion")
                writer.beginArray()
                for row in agreement.confusion {
                    writer.beginArray()
                    for count in row { writer.int(count) }
                    writer.endArray()
                }
                writer.endArray()
                writer.endObject()
            }
            writer.endArray()
        }
        writer.key("categories")
        writer.beginArray()
        for metrics in report.categories {
            writer.beginObject()
            write(metrics, into: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("entities")
        writer.beginArray()
        for metrics in report.entities { write(metrics, into: &writer) }
        writer.endArray()
        writer.key("micro")
        if let micro = report.micro { write(micro, into: &writer) } else { writer.null() }
        writer.key("rules")
        writer.beginArray()
        for metrics in report.rules {
            writer.beginObject()
            writer.key("rule")
            writer.string(metrics.rule)
            writer.key("category")
            writer.string(metrics.category)
            writer.key("entity")
            if let entity = metrics.entity { writer.string(entity) } else { writer.null() }
            writer.key("posts")
            writer.int(metrics.posts)
            writer.key("labelled")
            writer.int(metrics.labelledPosts)
            writer.key("tp")
            writer.int(metrics.truePositivePosts)
            writer.key("precision")
            number(metrics.precision, into: &writer)
            writer.key("spans")
            writer.int(metrics.spans)
            writer.key("exactMatches")
            writer.int(metrics.exactSpanMatches)
            writer.key("overlapMatches")
            writer.int(metrics.overlapSpanMatches)
            writer.key("exactSpanPrecision")
            number(metrics.exactSpanPrecision, into: &writer)
            writer.key("overlapSpanPrecision")
            number(metrics.overlapSpanPrecision, into: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }

    /// A category's members (inside an object): category, posts, counts, tn.
    private static func write(_ metrics: CategoryMetrics, into writer: inout JSONWriter) {
        writer.key("category")
        writer.string(metrics.category)
        writer.key("posts")
        writer.int(metrics.posts)
        write(metrics.counts, into: &writer)
        writer.key("tn")
        writer.int(metrics.trueNegatives)
    }

    private static func write(_ metrics: EntityMetrics, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("type")
        writer.string(metrics.type)
        writer.key("gold")
        writer.int(metrics.support)
        writer.key("predicted")
        writer.int(metrics.predicted)
        writer.key("exact")
        writer.beginObject()
        write(metrics.exact, into: &writer)
        writer.endObject()
        writer.key("overlap")
        writer.beginObject()
        write(metrics.overlap, into: &writer)
        writer.endObject()
        writer.endObject()
    }

    /// The members `tp, fp, fn, precision, recall, f1, support` of an open object.
    private static func write(_ counts: MatchCounts, into writer: inout JSONWriter) {
        writer.key("tp")
        writer.int(counts.truePositives)
        writer.key("fp")
        writer.int(counts.falsePositives)
        writer.key("fn")
        writer.int(counts.falseNegatives)
        writer.key("precision")
        number(counts.precision, into: &writer)
        writer.key("recall")
        number(counts.recall, into: &writer)
        writer.key("f1")
        number(counts.f1, into: &writer)
        writer.key("support")
        writer.int(counts.support)
    }

    private static func number(_ value: Double?, into writer: inout JSONWriter) {
        if let value { writer.number(value, decimals: 3) } else { writer.null() }
    }
}
