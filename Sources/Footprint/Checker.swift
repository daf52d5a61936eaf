import FootprintDetectors
import FootprintInput
import FootprintReporting
import FootprintRules
import FootprintScoring
import FootprintText
import Foundation

/// Checks posts: compiled rule packs and a scorer, shared read-only by every worker. Each worker
/// analyzes through its own `Session`.
public final class Checker: Sendable {
    /// The compiled rules.
    public let engine: RuleEngine
    /// Scores findings for the configured profile.
    public let scorer: Scorer
    /// The packs the rules came from, without the packs and rules the configuration disables.
    public let packs: [RulePack]
    /// The configuration the checker was built with (`Configuration.defaults` unless given).
    public let configuration: Configuration
    /// Words and phrases never flagged, from the configuration.
    public let allowList: AllowList

    /// Loads and compiles every pack under `rulesDirectory` (the built-in packs by default), with
    /// the built-in default configuration.
    public convenience init(rulesDirectory: String? = nil, profile: String = "public") throws {
        var configuration = Configuration.defaults
        configuration.profile = profile
        try self.init(configuration: configuration, rulesDirectory: rulesDirectory)
    }

    /// Loads the packs under `rulesDirectory` (the built-in packs by default) and under each of the
    /// configuration's rule paths, drops the packs and rules it disables, and compiles the rest.
    /// Every problem (a broken rule file, an unknown pack or rule id in a `disable` list, an
    /// unknown profile, a broken scoring file) is a located error. The scoring model is the
    /// rules folder's `scoring.yml`, overridden by the configuration's scoring file.
    public init(configuration: Configuration, rulesDirectory: String? = nil) throws(RuleErrors) {
        guard let directory = rulesDirectory ?? RulesLocator.builtinRulesDirectory() else {
            throw RuleErrors([
                RuleError(file: "Rules", message: "cannot find the built-in rule packs; pass --rules DIR or set FOOTPRINT_RULES")
            ])
        }
        let model = try Self.scoringModel(rulesDirectory: directory, override: configuration.scoringFile)
        guard let profile = model.profiles[configuration.profile] else {
            throw RuleErrors([
                configuration.error(
                    profile:
                        "unknown profile '\(configuration.profile)' (expected one of: \(model.profileNames.joined(separator: ", ")))"
                )
            ])
        }
        let loader = RuleLoader(
            knownDetectors: Set(BuiltinDetectors.all.keys), knownValidators: Set(BuiltinDetectors.validators.keys))
        var loaded: [RulePack] = []
        var errors: [RuleError] = []
        for folder in [directory] + configuration.rulePaths {
            do {
                loaded += try loader.loadPacks(at: folder)
            } catch {
                errors += error.errors
            }
        }
        // NOTE: the loader finds duplicate ids within one folder; these are ids repeated across folders.
        var files: [String: String] = [:]
        for rule in loaded.flatMap(\.rules) {
            if let other = files[rule.id] {
                errors.append(
                    RuleError(file: rule.file, line: 1, column: 1, message: "duplicate rule id '\(rule.id)' (also in \(other))"))
            } else {
                files[rule.id] = rule.file
            }
        }
        guard errors.isEmpty else { throw RuleErrors(errors) }
        let packNames = Set(loaded.map(\.name))
        for name in configuration.disabledPacks where !packNames.contains(name) {
            errors.append(
                configuration.error(
                    disabledPack: name,
                    "unknown pack '\(name)' in packs.disable (loaded: \(packNames.sorted().joined(separator: ", ")))"))
        }
        for id in configuration.disabledRules where files[id] == nil {
            errors.append(configuration.error(disabledRule: id, "unknown rule '\(id)' in rules.disable"))
        }
        guard errors.isEmpty else { throw RuleErrors(errors) }
        let disabledPacks = Set(configuration.disabledPacks)
        let disabledRules = Set(configuration.disabledRules)
        let packs = loaded.filter { !disabledPacks.contains($0.name) }.map { pack in
            var pack = pack
            pack.rules.removeAll { disabledRules.contains($0.id) }
            return pack
        }
        self.packs = packs
        self.configuration = configuration
        self.allowList = AllowList(configuration.allow)
        self.engine = try Self.compile(packs.flatMap(\.rules))
        self.scorer = Scorer(profile: profile, model: model)
    }

    /// The scoring model of a rules folder (its `scoring.yml`, or the built-in folder's when it
    /// has none, as a test fixture's), with `override`'s entries written over it.
    static func scoringModel(rulesDirectory: String, override: String?) throws(RuleErrors) -> ScoringModel {
        var file = rulesDirectory + "/scoring.yml"
        if !FileManager.default.fileExists(atPath: file), let builtin = RulesLocator.builtinRulesDirectory() {
            file = builtin + "/scoring.yml"
        }
        var spec = try ScoringSpec.load(file: file)
        if let override { spec = spec.overridden(by: try ScoringSpec.load(file: override)) }
        return try spec.model()
    }

    /// The scorer for another profile of the same model, or nil when the model has none by that
    /// name (to score a record for the audience it names).
    public func scorer(forProfile name: String) -> Scorer? {
        scorer.model.profiles[name].map { Scorer(profile: $0, model: scorer.model) }
    }

    /// Compiles rules with the built-in detectors and validators (to run a subset of the packs,
    /// such as one pack's examples).
    public static func compile(_ rules: [Rule]) throws(RuleErrors) -> RuleEngine {
        try RuleEngine(rules: rules, detectors: BuiltinDetectors.all, validators: BuiltinDetectors.validators)
    }

    /// A worker's analyzer and the shared rules. Not thread-safe: one per worker.
    public func makeSession() throws -> Session { try Session(checker: self) }
}

/// One worker's view of a `Checker`: its own ICU iterators and caches.
public final class Session {
    /// The checker whose rules this session runs.
    public let checker: Checker
    private let analyzer: TextAnalyzer
    private let scratch: EngineScratch
    /// The largest post checked, in UTF-8 bytes; a longer one throws `PostTooLarge` at once. No
    /// platform allows a post near the default (1 MiB), so a longer one is a broken or hostile
    /// record, and checking it would hold a worker for seconds.
    public var maxPostBytes = Session.defaultMaxPostBytes
    /// 1 MiB.
    public static let defaultMaxPostBytes = 1 << 20

    init(checker: Checker) throws {
        self.checker = checker
        self.analyzer = try TextAnalyzer()
        self.scratch = checker.engine.makeScratch()
    }

    /// Analyzes a post (raw bytes; invalid UTF-8 is repaired with a warning) and assesses it.
    public func check(_ bytes: [UInt8], id: String? = nil) throws -> Assessment {
        try checkPost(bytes, id: id).assessment
    }

    /// Like `check`, and also returns the text the findings' offsets index: the input with any
    /// invalid UTF-8 repaired.
    public func checkPost(_ bytes: [UInt8], id: String? = nil) throws -> (assessment: Assessment, text: [UInt8]) {
        guard bytes.count <= maxPostBytes else { throw PostTooLarge(bytes: bytes.count, limit: maxPostBytes) }
        // An empty post (a repost or an image post has no text) has nothing to find.
        if bytes.isEmpty { return (checker.scorer.assess(id: id, findings: []), []) }
        let text = try analyzer.analyze(bytes: bytes)
        var collector = FindingCollector()
        try checker.engine.scan(text, scratch: scratch, into: &collector)
        var findings = collector.sorted
        if !checker.allowList.isEmpty { findings = checker.allowList.filter(findings, text: text.bytes) }
        let warnings = text.warnings + collector.warnings
        return (checker.scorer.assess(id: id, findings: findings, warnings: warnings), text.bytes)
    }

    /// Analyzes and assesses a string.
    public func check(_ text: String, id: String? = nil) throws -> Assessment {
        try check(Array(text.utf8), id: id)
    }
}

/// A post longer than `Session.maxPostBytes`: not checked.
public struct PostTooLarge: Error, CustomStringConvertible {
    /// The post's length in UTF-8 bytes.
    public let bytes: Int
    /// The limit it is over.
    public let limit: Int
    /// "the post is N bytes, over the L-byte limit".
    public var description: String {
        "the post is \(bytes) bytes, over the \(limit)-byte limit"
    }
}

/// Finds the built-in rule packs: `FOOTPRINT_RULES`, then a `Rules` folder beside or above the
/// executable (a build inside the source tree), then `share/footprint/Rules` of an install
/// prefix, then the source tree this library was built from.
public enum RulesLocator {
    /// The first of those folders that holds the packs (a `privacy/pack.yml`); nil when none does.
    public static func builtinRulesDirectory() -> String? {
        let fm = FileManager.default
        func isRules(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if let env = ProcessInfo.processInfo.environment["FOOTPRINT_RULES"], !env.isEmpty { return env }
        var candidates: [String] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Rules").path)
            candidates.append(folder.appendingPathComponent("share/footprint/Rules").path)
            folder = folder.deletingLastPathComponent()
        }
        // Sources/Footprint/Checker.swift → the package root.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Rules").path)
        return candidates.first { isRules($0) && fm.fileExists(atPath: $0 + "/privacy/pack.yml") }
    }
}

/// JSON encoding of metadata carried from input to output.
public enum MetadataJSON {
    /// Encodes the fields of a record other than id and text as one JSON object, or nil if none.
    public static func encode(_ fields: [(key: String, value: JSONValue)]) -> [UInt8]? {
        guard !fields.isEmpty else { return nil }
        var writer = JSONWriter()
        writer.beginObject()
        for (key, value) in fields {
            writer.key(key)
            write(value, into: &writer)
        }
        writer.endObject()
        return writer.bytes
    }

    static func write(_ value: JSONValue, into writer: inout JSONWriter) {
        switch value {
        case .null: writer.null()
        case .bool(let b): writer.bool(b)
        case .number(let text): writer.raw(Array(text.utf8))
        case .string(let s): writer.string(s)
        case .array(let items):
            writer.beginArray()
            for item in items { write(item, into: &writer) }
            writer.endArray()
        case .object(let pairs):
            writer.beginObject()
            for (key, item) in pairs {
                writer.key(key)
                write(item, into: &writer)
            }
            writer.endObject()
        }
    }
}

/// Footprint's version, as `footprint --version` prints it.
public let footprintVersion = "0.1.0"
