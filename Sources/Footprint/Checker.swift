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
    public let scorer: Scorer
    /// The packs the rules came from.
    public let packs: [RulePack]

    /// Loads and compiles every pack under `rulesDirectory` (the built-in packs by default).
    public init(rulesDirectory: String? = nil, profile: Profile = .public) throws {
        guard let directory = rulesDirectory ?? RulesLocator.builtinRulesDirectory() else {
            throw RuleErrors([
                RuleError(file: "Rules", message: "cannot find the built-in rule packs; pass --rules DIR or set FOOTPRINT_RULES")
            ])
        }
        let loader = RuleLoader(knownDetectors: Set(BuiltinDetectors.all.keys))
        let packs = try loader.loadPacks(at: directory)
        self.packs = packs
        self.engine = try RuleEngine(rules: packs.flatMap(\.rules), detectors: BuiltinDetectors.all)
        self.scorer = Scorer(profile: profile)
    }

    /// A worker's analyzer and the shared rules. Not thread-safe: one per worker.
    public func makeSession() throws -> Session { try Session(checker: self) }
}

/// One worker's view of a `Checker`: its own ICU iterators and caches.
public final class Session {
    public let checker: Checker
    private let analyzer: TextAnalyzer

    init(checker: Checker) throws {
        self.checker = checker
        self.analyzer = try TextAnalyzer()
    }

    /// Analyzes a post (raw bytes; invalid UTF-8 is repaired with a warning) and assesses it.
    public func check(_ bytes: [UInt8], id: String? = nil) throws -> Assessment {
        try checkPost(bytes, id: id).assessment
    }

    /// Like `check`, and also returns the text the findings' offsets index: the input with any
    /// invalid UTF-8 repaired.
    public func checkPost(_ bytes: [UInt8], id: String? = nil) throws -> (assessment: Assessment, text: [UInt8]) {
        let text = try analyzer.analyze(bytes: bytes)
        let findings = try checker.engine.scan(text)
        return (checker.scorer.assess(id: id, findings: findings, warnings: text.warnings), text.bytes)
    }

    /// Analyzes and assesses a string.
    public func check(_ text: String, id: String? = nil) throws -> Assessment {
        try check(Array(text.utf8), id: id)
    }
}

/// Finds the built-in rule packs: `FOOTPRINT_RULES`, then a `Rules` folder beside or above the
/// executable (a build inside the source tree), then `share/footprint/Rules` of an install
/// prefix, then the source tree this library was built from.
public enum RulesLocator {
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
