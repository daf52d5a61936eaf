import FootprintText
import Foundation
import Yams

/// Loads rule packs from `Rules/<pack>/pack.yml` and `Rules/<pack>/<rule>.yml`, one rule a
/// file, with strict checking: every problem is reported with its file, line and column, and a
/// malformed file never crashes the loader.
public struct RuleLoader: Sendable {
    /// Names a `detector` rule may use.
    public var knownDetectors: Set<String>
    /// Names a `pattern` rule's `validator` may use.
    public var knownValidators: Set<String>
    /// Known-word files read so far: each is read once however many rules name it.
    private let knownWords = KnownWordsCache()

    /// Creates a loader that accepts these detector and validator names.
    public init(knownDetectors: Set<String>, knownValidators: Set<String> = []) {
        self.knownDetectors = knownDetectors
        self.knownValidators = knownValidators
    }

    /// Loads every pack under `root` (a folder holding pack folders). Throws all errors found.
    public func loadPacks(at root: String) throws(RuleErrors) -> [RulePack] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleErrors([RuleError(file: root, message: "no rules folder here")])
        }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: root).sorted()
        } catch {
            throw RuleErrors([RuleError(file: root, message: "cannot read folder: \(error.localizedDescription)")])
        }
        var packs: [RulePack] = []
        var errors: [RuleError] = []
        var seen: [String: String] = [:]
        for name in names where !name.hasPrefix(".") {
            let folder = root + "/" + name
            guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let (pack, packErrors) = loadPack(named: name, at: folder)
            errors += packErrors
            guard let pack else { continue }
            for rule in pack.rules {
                if let other = seen[rule.id] {
                    errors.append(
                        RuleError(
                            file: rule.file, line: 1, column: 1, message: "duplicate rule id '\(rule.id)' (also in \(other))"))
                }
                seen[rule.id] = rule.file
            }
            packs.append(pack)
        }
        guard errors.isEmpty else { throw RuleErrors(errors) }
        return packs
    }

    /// Loads one pack folder: its pack.yml and every other .yml file in it.
    public func loadPack(named name: String, at folder: String) -> (RulePack?, [RuleError]) {
        let fm = FileManager.default
        var errors: [RuleError] = []
        let manifestPath = folder + "/pack.yml"
        var title = name
        var description = ""
        var languages: [String] = []
        var sources: [String] = []
        if fm.fileExists(atPath: manifestPath) {
            do {
                let node = try parse(file: manifestPath)
                var reader = MappingReader(node: node, file: manifestPath)
                title = reader.string("title", required: true) ?? name
                description = reader.string("description", required: true) ?? ""
                languages = reader.strings("languages") ?? []
                sources = reader.strings("sources") ?? []
                reader.rejectUnknownKeys()
                errors += reader.errors
            } catch {
                errors.append(error)
            }
        } else {
            errors.append(RuleError(file: manifestPath, message: "missing pack.yml (title and description of the pack)"))
        }
        let files = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter {
            ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && $0 != "pack.yml"
        }.sorted()
        var rules: [Rule] = []
        for file in files {
            let path = folder + "/" + file
            let stem = file.hasSuffix(".yaml") ? String(file.dropLast(5)) : String(file.dropLast(4))
            do {
                rules.append(try loadRule(file: path, expectedID: name + "/" + stem))
            } catch {
                errors += error.errors
            }
        }
        return (
            RulePack(name: name, title: title, description: description, languages: languages, sources: sources, rules: rules),
            errors
        )
    }

    /// Loads and checks one rule file.
    public func loadRule(file: String, expectedID: String?) throws(RuleErrors) -> Rule {
        var errors: [RuleError] = []
        let node: Node
        do {
            node = try parse(file: file)
        } catch {
            throw RuleErrors([error])
        }
        var reader = MappingReader(node: node, file: file)
        let id = reader.string("id", required: true) ?? ""
        if let expectedID, !id.isEmpty, id != expectedID {
            reader.error(at: "id", "rule id '\(id)' must equal its path '\(expectedID)'")
        }
        let kindName = reader.string("kind", required: true)
        var kind: RuleKind?
        if let kindName {
            kind = RuleKind(rawValue: kindName)
            if kind == nil {
                reader.error(
                    at: "kind",
                    "unknown kind '\(kindName)' (expected one of: \(RuleKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        let category = reader.string("category", required: true).map(Category.init(rawValue:))
        let severity = reader.severity("severity", required: true)
        let confidence = reader.double("confidence", required: true, in: 0...1)
        let message = reader.string("message", required: true)
        let entity = reader.string("entity")
        let description = reader.string("description")
        let reason = reader.string("reason")
        let advice = reader.string("advice")
        let folder = (file as NSString).deletingLastPathComponent
        var views: [ViewKind] = [.folded]
        var terms: [Term] = []
        var exceptions: [String] = []
        var detector: String?
        var pattern: PatternSpec?
        var proximity: ProximitySpec?
        var occurrence: OccurrenceSpec?
        var target = LexiconTarget.words
        switch kind {
        case .lexicon:
            views = reader.views("views") ?? [.folded]
            terms = reader.terms("terms") + reader.termFiles("term_files", folder: folder)
            if terms.isEmpty {
                reader.error(at: "terms", "a lexicon rule needs terms or term_files", missing: reader.value("terms") == nil)
            }
            exceptions = reader.strings("exceptions") ?? []
            if let name = reader.string("on") {
                if let value = LexiconTarget(rawValue: name) {
                    target = value
                } else {
                    reader.error(
                        at: "on",
                        "unknown target '\(name)' (expected one of: \(LexiconTarget.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
            }
            if target == .domains {
                let invalid = terms.filter { DomainTable.split($0.text) == nil }.map(\.text)
                if !invalid.isEmpty {
                    let shown = invalid.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
                    reader.error(
                        at: "terms",
                        "\(invalid.count) terms are not domain names (such as example.com or example.com/page): \(shown)")
                }
            }
        case .detector:
            detector = reader.string("detector", required: true)
            if let name = detector, !knownDetectors.contains(name) {
                reader.error(
                    at: "detector", "unknown detector '\(name)' (known: \(knownDetectors.sorted().joined(separator: ", ")))")
            }
        case .pattern:
            if let regex = reader.string("pattern", required: true) {
                let validator = reader.string("validator")
                if let validator, !knownValidators.contains(validator) {
                    reader.error(
                        at: "validator",
                        "unknown validator '\(validator)' (known: \(knownValidators.sorted().joined(separator: ", ")))")
                }
                pattern = PatternSpec(
                    regex: regex, keywords: reader.strings("keywords") ?? [],
                    caseSensitive: reader.bool("case_sensitive") ?? false, group: reader.int("group", in: 0...99) ?? 0,
                    validator: validator, allowlist: reader.strings("allowlist") ?? [])
            }
        case .proximity:
            views = reader.views("views") ?? [.folded]
            let parts = reader.parts("parts", folder: folder)
            if parts.count < 2 {
                reader.error(at: "parts", "a proximity rule needs two or more parts", missing: reader.value("parts") == nil)
            }
            let within = reader.int("within", in: 0...50)
            if within == nil, reader.value("within") == nil {
                reader.error(at: "within", "missing required key 'within'", missing: true)
            }
            proximity = ProximitySpec(
                parts: parts, within: within ?? 0, ordered: reader.bool("ordered") ?? false,
                sameSentence: reader.bool("same_sentence") ?? true,
                referBack: reader.termSource("refer_back", folder: folder) ?? [])
            exceptions = reader.strings("exceptions") ?? []
        case .occurrence:
            let measureName = reader.string("measure", required: true)
            let measure = measureName.flatMap(OccurrenceSpec.Measure.init(rawValue:))
            if let measureName, measure == nil {
                reader.error(
                    at: "measure",
                    "unknown measure '\(measureName)' (expected one of: \(OccurrenceSpec.Measure.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            let scopeName = reader.string("scope") ?? "post"
            let scope = OccurrenceSpec.Scope(rawValue: scopeName)
            if scope == nil { reader.error(at: "scope", "unknown scope '\(scopeName)' (expected post or sentence)") }
            let minimum = reader.double("min", required: true, in: 0...1_000_000)
            let chars = reader.string("chars") ?? ""
            if measure == .charRun && chars.isEmpty { reader.error(at: "measure", "a char-run measure needs 'chars'") }
            if let measure, let scope, let minimum {
                occurrence = OccurrenceSpec(
                    measure: measure, scope: scope, min: minimum, minWords: reader.int("min_words", in: 0...10_000) ?? 0,
                    chars: chars, except: reader.strings("except") ?? [])
            }
        case nil:
            break
        }
        let context = reader.context("context", folder: folder)
        let unless = reader.unless("unless")
        let unlessLists = UnlessLists(
            negation: reader.termSource("negation", folder: folder) ?? [],
            notNegation: reader.termSource("not_negation", folder: folder) ?? [],
            counterBefore: reader.termSource("counter_before", folder: folder) ?? [],
            counterAfter: reader.termSource("counter_after", folder: folder) ?? [],
            negationAfter: reader.int("negation_after", in: 0...10) ?? 0)
        var fuzzy: FuzzySpec?
        if kind == .lexicon || kind == .proximity {
            fuzzy = reader.fuzzy("fuzzy", folder: folder, cache: knownWords)
        }
        let language = reader.string("language")
        if let language, !EngineLists.languages.contains(language) {
            reader.error(
                at: "language",
                "unknown language '\(language)' (known: \(EngineLists.languages.sorted().joined(separator: ", ")))")
        }
        var shape: TextShape?
        if let name = reader.string("shape") {
            shape = TextShape(rawValue: name)
            if shape == nil {
                reader.error(
                    at: "shape",
                    "unknown shape '\(name)' (expected one of: \(TextShape.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        let uppercase = reader.bool("uppercase") ?? false
        let examples = reader.examples("examples")
        reader.rejectUnknownKeys()
        errors += reader.errors
        guard errors.isEmpty, let kind, let category, let severity, let confidence, let message else {
            throw RuleErrors(errors)
        }
        var rule = Rule(
            id: id, kind: kind, category: category, severity: severity, confidence: confidence, message: message,
            entity: entity, description: description, views: views, terms: terms, exceptions: exceptions, target: target,
            shape: shape, uppercase: uppercase, detector: detector, pattern: pattern, proximity: proximity,
            occurrence: occurrence, context: context,
            unless: unless, unlessLists: unlessLists, fuzzy: fuzzy, language: language, examples: examples, file: file,
            locations: reader.locations)
        rule.reason = reason
        rule.advice = advice
        return rule
    }

    private func parse(file: String) throws(RuleError) -> Node {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(file)
        } catch {
            throw RuleError(file: file, message: "cannot read file: \(error)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw RuleError(file: file, message: "file is not valid UTF-8")
        }
        do {
            // NOTE: the basic resolver and an explicit encoding: rule files read every scalar as a
            // string, and the default resolver runs a regex per scalar.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                throw RuleError(file: file, line: 1, column: 1, message: "empty file")
            }
            return node
        } catch let error as RuleError {
            throw error
        } catch let error as YamlError {
            throw Self.locate(error, file: file)
        } catch {
            throw RuleError(file: file, message: "invalid YAML: \(error)")
        }
    }

    /// A YAML parser error as a located rule error (also used for configuration files).
    public static func locate(_ error: YamlError, file: String) -> RuleError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return RuleError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return RuleError(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return RuleError(file: file, message: "invalid YAML: \(error)")
        }
    }
}

/// Reads a YAML mapping key by key, recording typed, located errors.
struct MappingReader {
    let file: String
    private(set) var errors: [RuleError] = []
    private var pairs: [(key: String, keyNode: Node, value: Node)] = []
    private var used: Set<String> = []
    private let node: Node

    init(node: Node, file: String) {
        self.node = node
        self.file = file
        if case .mapping(let mapping) = node {
            var seen: Set<String> = []
            for (key, value) in mapping {
                guard let name = key.string else {
                    self.errors.append(located(key, "keys must be plain words"))
                    continue
                }
                if !seen.insert(name).inserted {
                    self.errors.append(located(key, "duplicate key '\(name)'"))
                }
                pairs.append((name, key, value))
            }
        } else {
            self.errors.append(located(node, "expected a mapping of keys to values"))
        }
    }

    func located(_ node: Node, _ message: String) -> RuleError {
        RuleError(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }

    func value(_ key: String) -> Node? { pairs.last { $0.key == key }?.value }

    /// Where each key stands, for errors found after loading (an invalid regex).
    var locations: [String: SourceLocation] {
        var result: [String: SourceLocation] = [:]
        for pair in pairs {
            if let mark = pair.value.mark { result[pair.key] = SourceLocation(line: mark.line, column: mark.column) }
        }
        return result
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = fetch(key, required: false) else { return nil }
        guard case .scalar(let scalar) = value, let flag = Bool(scalar.string) else {
            errors.append(located(value, "'\(key)' must be true or false"))
            return nil
        }
        return flag
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = fetch(key, required: false) else { return nil }
        guard case .scalar(let scalar) = value, let number = Int(scalar.string), range.contains(number) else {
            errors.append(located(value, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        return number
    }

    mutating func views(_ key: String) -> [ViewKind]? {
        guard let names = strings(key) else { return nil }
        var views: [ViewKind] = []
        for name in names {
            if let view = ViewKind(rawValue: name) {
                views.append(view)
            } else {
                error(at: key, "unknown view '\(name)' (expected folded, skeleton or deobfuscated)")
            }
        }
        return views
    }

    /// Term files: one term a line, `term | severity` for a term's own severity, `#` comments.
    mutating func termFiles(_ key: String, folder: String) -> [Term] {
        guard let names = strings(key) else { return [] }
        var result: [Term] = []
        for name in names {
            let path = name.hasPrefix("/") ? name : folder + "/" + name
            guard let data = try? FileBytes.read(path) else {
                error(at: key, "cannot read term file '\(name)'")
                continue
            }
            switch TermFiles.parse(data, path: path) {
            case .success(let parsed):
                result += parsed.terms
                errors += parsed.errors
            case .failure:
                error(at: key, "term file '\(name)' is not valid UTF-8")
            }
        }
        return result
    }

    /// A list of terms, or a mapping `{terms: […], term_files: […]}`; nil when the key is absent.
    mutating func termSource(_ key: String, folder: String) -> [Term]? {
        guard let value = fetch(key, required: false) else { return nil }
        var sub = MappingReader(node: .mapping(.init([(Node("terms"), value)])), file: file)
        var terms: [Term]
        if case .mapping = value {
            sub = MappingReader(node: value, file: file)
            terms = sub.terms("terms") + sub.termFiles("term_files", folder: folder)
            sub.rejectUnknownKeys()
        } else {
            terms = sub.terms("terms")
        }
        errors += sub.errors
        if terms.isEmpty { errors.append(located(value, "'\(key)' needs terms")) }
        return terms
    }

    /// `fuzzy: true`, or `fuzzy: {known_words: [FILE…], typos: BOOL}`.
    mutating func fuzzy(_ key: String, folder: String, cache: KnownWordsCache) -> FuzzySpec? {
        guard let value = fetch(key, required: false) else { return nil }
        if case .scalar(let scalar) = value {
            guard let flag = Bool(scalar.string) else {
                errors.append(located(value, "'\(key)' must be true, false or {known_words: [FILE…], typos: BOOL}"))
                return nil
            }
            return flag ? FuzzySpec() : nil
        }
        var sub = MappingReader(node: value, file: file)
        var spec = FuzzySpec()
        if let names = sub.strings("known_words") {
            var lists: [KnownWords] = []
            for name in names {
                do {
                    lists.append(try cache.words(at: name.hasPrefix("/") ? name : folder + "/" + name))
                } catch {
                    sub.error(at: "known_words", "cannot read known-word file '\(name)': \(error.message)")
                }
            }
            spec.knownWords = lists.count == 1 ? lists[0] : cache.merged(lists)
        }
        spec.typos = sub.bool("typos") ?? true
        sub.rejectUnknownKeys()
        errors += sub.errors
        return spec
    }

    /// Proximity parts: each a list of terms, or a mapping `{terms: […], term_files: […]}`.
    mutating func parts(_ key: String, folder: String) -> [[Term]] {
        guard let value = fetch(key, required: false) else { return [] }
        guard case .sequence(let sequence) = value else {
            errors.append(located(value, "'\(key)' must be a list of parts, each a list of terms"))
            return []
        }
        var result: [[Term]] = []
        for item in sequence {
            var sub = MappingReader(node: .mapping(.init([(Node("terms"), item)])), file: file)
            if case .mapping = item {
                sub = MappingReader(node: item, file: file)
                let terms = sub.terms("terms") + sub.termFiles("term_files", folder: folder)
                sub.rejectUnknownKeys()
                errors += sub.errors
                if terms.isEmpty { errors.append(located(item, "a part needs terms")) }
                result.append(terms)
            } else {
                let terms = sub.terms("terms")
                errors += sub.errors
                if terms.isEmpty { errors.append(located(item, "a part needs terms")) }
                result.append(terms)
            }
        }
        return result
    }

    mutating func context(_ key: String, folder: String) -> ContextSpec? {
        guard let value = fetch(key, required: false) else { return nil }
        var sub = MappingReader(node: value, file: file)
        let window = sub.int("window", in: 1...50) ?? 5
        let raise = sub.terms("raise")
        let lower = sub.terms("lower")
        let raiseBy = sub.double("raise_by", required: false, in: 0...1) ?? 0.5
        let lowerBy = sub.double("lower_by", required: false, in: 0...1) ?? 0.5
        let require = sub.bool("require") ?? false
        sub.rejectUnknownKeys()
        errors += sub.errors
        if raise.isEmpty && lower.isEmpty { errors.append(located(value, "a context needs 'raise' or 'lower' words")) }
        if require && raise.isEmpty { errors.append(located(value, "'require: true' needs 'raise' words")) }
        return ContextSpec(window: window, raise: raise, lower: lower, raiseBy: raiseBy, lowerBy: lowerBy, require: require)
    }

    mutating func unless(_ key: String) -> [UnlessCondition] {
        guard let names = strings(key) else { return [] }
        var result: [UnlessCondition] = []
        for name in names {
            if let condition = UnlessCondition(rawValue: name) {
                result.append(condition)
            } else {
                error(
                    at: key,
                    "unknown condition '\(name)' (expected one of: \(UnlessCondition.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
        }
        return result
    }

    mutating func error(at key: String, _ message: String, missing: Bool = false) {
        if !missing, let pair = pairs.last(where: { $0.key == key }) {
            errors.append(located(pair.value, message))
        } else {
            errors.append(located(node, message))
        }
    }

    private mutating func fetch(_ key: String, required: Bool) -> Node? {
        used.insert(key)
        guard let value = value(key) else {
            if required { errors.append(located(node, "missing required key '\(key)'")) }
            return nil
        }
        return value
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = fetch(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, !scalar.string.isEmpty else {
            errors.append(located(value, "'\(key)' must be a non-empty string"))
            return nil
        }
        return scalar.string
    }

    mutating func strings(_ key: String) -> [String]? {
        guard let value = fetch(key, required: false) else { return nil }
        guard case .sequence(let sequence) = value else {
            errors.append(located(value, "'\(key)' must be a list of strings"))
            return nil
        }
        var result: [String] = []
        for item in sequence {
            if case .scalar(let scalar) = item {
                result.append(scalar.string)
            } else {
                errors.append(located(item, "'\(key)' items must be strings"))
            }
        }
        return result
    }

    mutating func double(_ key: String, required: Bool, in range: ClosedRange<Double>) -> Double? {
        guard let value = fetch(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, let number = Double(scalar.string), range.contains(number) else {
            errors.append(located(value, "'\(key)' must be a number from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        return number
    }

    mutating func severity(_ key: String, required: Bool) -> Severity? {
        guard let value = fetch(key, required: required) else { return nil }
        return parseSeverity(value, key: key)
    }

    private mutating func parseSeverity(_ value: Node, key: String) -> Severity? {
        guard case .scalar(let scalar) = value, let severity = Severity(rawValue: scalar.string) else {
            errors.append(located(value, "'\(key)' must be one of: low, medium, high, critical"))
            return nil
        }
        return severity
    }

    /// Terms: plain strings, or mappings `{term: …, severity: …}`.
    mutating func terms(_ key: String) -> [Term] {
        guard let value = fetch(key, required: false) else { return [] }
        guard case .sequence(let sequence) = value else {
            errors.append(located(value, "'\(key)' must be a list of terms"))
            return []
        }
        var result: [Term] = []
        for item in sequence {
            switch item {
            case .scalar(let scalar) where !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty:
                result.append(Term(text: scalar.string))
            case .mapping:
                var reader = MappingReader(node: item, file: file)
                let text = reader.string("term", required: true)
                let severity = reader.severity("severity", required: false)
                reader.rejectUnknownKeys()
                errors += reader.errors
                if let text { result.append(Term(text: text, severity: severity)) }
            default:
                errors.append(located(item, "a term must be a non-empty string or {term: …, severity: …}"))
            }
        }
        return result
    }

    /// `examples: {match: […], no_match: […], todo_match: […], todo_no_match: […]}`.
    mutating func examples(_ key: String) -> [RuleExample] {
        guard let value = fetch(key, required: true) else { return [] }
        var reader = MappingReader(node: value, file: file)
        var result: [RuleExample] = []
        for (name, shouldMatch, isTodo) in [
            ("match", true, false), ("no_match", false, false), ("todo_match", true, true), ("todo_no_match", false, true),
        ] {
            guard let list = reader.fetch(name, required: !isTodo) else { continue }
            guard case .sequence(let sequence) = list, !sequence.isEmpty else {
                reader.errors.append(reader.located(list, "'\(name)' must be a non-empty list of example texts"))
                continue
            }
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    reader.errors.append(reader.located(item, "an example must be a string"))
                    continue
                }
                let line = item.mark?.line ?? 0
                if shouldMatch {
                    guard let (text, spans) = RuleExample.parseMarked(scalar.string), !spans.isEmpty else {
                        reader.errors.append(reader.located(item, "a match example must mark its span with ⟦ ⟧"))
                        continue
                    }
                    result.append(RuleExample(text: text, spans: spans, shouldMatch: true, isTodo: isTodo, line: line))
                } else {
                    result.append(RuleExample(text: scalar.string, spans: [], shouldMatch: false, isTodo: isTodo, line: line))
                }
            }
        }
        reader.rejectUnknownKeys()
        errors += reader.errors
        return result
    }

    mutating func rejectUnknownKeys() {
        for pair in pairs where !used.contains(pair.key) {
            let known = used.sorted().joined(separator: ", ")
            errors.append(located(pair.keyNode, "unknown key '\(pair.key)' (expected: \(known))"))
        }
    }
}

/// Known-word files, read once per loader.
final class KnownWordsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: KnownWords] = [:]

    struct ReadError: Error {
        var message: String
    }

    /// Several lists as one, merged once.
    func merged(_ lists: [KnownWords]) -> KnownWords {
        let key = lists.map(\.path).joined(separator: "\n")
        lock.lock()
        defer { lock.unlock() }
        if let cached = loaded[key] { return cached }
        let words = KnownWords(path: key, hashes: lists.flatMap(\.hashes))
        loaded[key] = words
        return words
    }

    /// The words of a file: one a line, lower case (ASCII capitals are lowered here), `#` comments.
    func words(at path: String) throws(ReadError) -> KnownWords {
        lock.lock()
        defer { lock.unlock() }
        if let cached = loaded[path] { return cached }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw ReadError(message: "cannot read it: \(error)")
        }
        guard ValidatedUTF8(bytes).firstInvalidOffset == nil else { throw ReadError(message: "not valid UTF-8") }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(bytes.count / 8)
        var word: [UInt8] = []
        word.reserveCapacity(64)
        func finish() {
            while let last = word.last, last == 0x20 || last == 0x09 || last == 0x0D { word.removeLast() }
            if let first = word.first, first != UInt8(ascii: "#") { hashes.append(TermIndex.hash(word[...])) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            if byte == 0x0A {
                finish()
            } else if !(word.isEmpty && (byte == 0x20 || byte == 0x09)) {
                word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        finish()
        let words = KnownWords(path: path, hashes: hashes)
        loaded[path] = words
        return words
    }
}

/// Term files parsed once per process: many rules share a list (every hate rule names its
/// language's identity terms), and a file is parsed again only when its contents change.
enum TermFiles {
    struct Parsed: Sendable {
        var data: [UInt8]
        var terms: [Term]
        var errors: [RuleError]
    }

    struct NotUTF8: Error {}

    private static let lock = NSLock()
    nonisolated(unsafe) private static var parsed: [String: Parsed] = [:]

    /// One term a line, `term | severity` for a term's own severity, `#` comments.
    static func parse(_ bytes: [UInt8], path: String) -> Result<Parsed, NotUTF8> {
        lock.lock()
        // NOTE: compared with memcmp; `==` on arrays compares element by element.
        if let cached = parsed[path], cached.data.count == bytes.count,
            bytes.isEmpty
                || cached.data.withUnsafeBytes({ a in
                    bytes.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
                })
        {
            lock.unlock()
            return .success(cached)
        }
        lock.unlock()
        guard ValidatedUTF8(bytes).firstInvalidOffset == nil else { return .failure(NotUTF8()) }
        var terms: [Term] = []
        var errors: [RuleError] = []
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var low = slice.startIndex
            var high = slice.endIndex
            while low < high, isBlank(slice[low]) { low += 1 }
            while high > low, isBlank(slice[high - 1]) { high -= 1 }
            return slice[low..<high]
        }
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            let line = trimmed(bytes[start..<end])
            defer { start = end + 1 }
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            var severity: Severity?
            var termBytes = line
            if let bar = line.firstIndex(of: UInt8(ascii: "|")) {
                termBytes = trimmed(line[line.startIndex..<bar])
                let word = trimmed(line[(bar + 1)...])
                severity = Severity(rawValue: String(decoding: word, as: UTF8.self))
                if severity == nil {
                    let column = String(decoding: bytes[start..<word.startIndex], as: UTF8.self).unicodeScalars.count + 1
                    errors.append(
                        RuleError(
                            file: path, line: lineNumber, column: column,
                            message:
                                "unknown severity '\(String(decoding: word, as: UTF8.self))' (expected low, medium, high or critical)"
                        ))
                    continue
                }
            }
            terms.append(Term(text: String(decoding: termBytes, as: UTF8.self), severity: severity))
        }
        let result = Parsed(data: bytes, terms: terms, errors: errors)
        lock.lock()
        parsed[path] = result
        lock.unlock()
        return .success(result)
    }
}
