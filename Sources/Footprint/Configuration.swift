import FootprintRules
import FootprintText
import Foundation
import Yams

/// Settings from a `.footprint.yml`: the audience profile, packs and rules turned off, extra rule
/// folders and words never flagged.
///
/// ```yaml
/// profile: professional
/// scoring: my-scoring.yml
/// packs: {disable: [profanity]}
/// rules:
///   paths: [my-rules]
///   disable: [privacy/email-address]
/// allow: [scunthorpe, "Dick Van Dyke"]
/// ```
///
/// Reading is strict: an unknown key, a wrong type, an unknown profile or a missing rules folder
/// is a `RuleError` located at its line and column. Pack and rule ids in the `disable` lists are
/// checked against the loaded packs by `Checker`.
public struct Configuration: Sendable, Equatable {
    /// The name of the file `discover(from:)` looks for.
    public static let fileName = ".footprint.yml"

    /// The built-in profiles' names (a scoring file may add more).
    public static let profileNames = [
        "private", "public", "professional", "healthcare", "education", "public-sector", "legal",
    ]

    /// Built-in defaults: the public profile, every pack and rule, nothing allowed.
    public static let defaults = Configuration()

    /// The audience profile's name: a built-in profile or one the scoring file defines.
    public var profile: String
    /// The absolute path of a scoring file whose weights, cut points and profiles override the
    /// built-in `Rules/scoring.yml`; nil for none.
    public var scoringFile: String?
    /// Names of packs not to run.
    public var disabledPacks: [String]
    /// Absolute paths of extra folders of rule packs, loaded after the built-in packs.
    public var rulePaths: [String]
    /// Ids (`pack/rule`) of rules not to run.
    public var disabledRules: [String]
    /// Words and phrases never flagged; see `AllowList`.
    public var allow: [String]
    /// The absolute path of the file this configuration came from; nil for built-in defaults.
    public var source: String?

    /// Where an entry was written in `source` (line and column from 1).
    struct Location: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    /// Where each disabled pack, disabled rule and the profile were written, for errors found
    /// after the file was read.
    var packLocations: [String: Location] = [:]
    var ruleLocations: [String: Location] = [:]
    var profileLocation: Location?

    /// A configuration built in code.
    public init(
        profile: String = "public", disabledPacks: [String] = [], rulePaths: [String] = [], disabledRules: [String] = [],
        allow: [String] = [], source: String? = nil
    ) {
        self.profile = profile
        self.disabledPacks = disabledPacks
        self.rulePaths = rulePaths
        self.disabledRules = disabledRules
        self.allow = allow
        self.source = source
    }

    // MARK: Finding and reading the file

    /// The configuration that applies in `directory`: the first `.footprint.yml` found there or
    /// in a folder above it, up to the filesystem root; the built-in defaults when there is none.
    public static func discover(from directory: String) throws(RuleErrors) -> Configuration {
        guard let file = find(from: directory) else { return .defaults }
        return try load(file: file)
    }

    /// The path of the first `.footprint.yml` in `directory` or a folder above it, or nil.
    public static func find(from directory: String) -> String? {
        var folder = absolutePath(directory)
        while true {
            let candidate = folder == "/" ? "/" + fileName : folder + "/" + fileName
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// Reads and checks one configuration file. Relative rule paths are resolved against the
    /// file's folder. An empty file (or one holding only comments) gives the defaults.
    public static func load(file: String) throws(RuleErrors) -> Configuration {
        let path = absolutePath(file)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw RuleErrors([RuleError(file: path, message: "is a folder, not a configuration file")])
        }
        return try parse(try readText(path, kind: "configuration file"), file: path)
    }

    /// A YAML file's text; an unreadable file or invalid UTF-8 is an error naming `kind`.
    static func readText(_ path: String, kind: String) throws(RuleErrors) -> String {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw RuleErrors([RuleError(file: path, message: "cannot read \(kind): \(error)")])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw RuleErrors([RuleError(file: path, message: "file is not valid UTF-8")])
        }
        return text
    }

    /// YAML text's root node (nil for an empty file), or a located error.
    static func compose(_ text: String, file: String) throws(RuleErrors) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw RuleErrors([RuleLoader.locate(error, file: file)])
        } catch {
            throw RuleErrors([RuleError(file: file, message: "invalid YAML: \(error)")])
        }
    }

    /// Reads configuration text as if it came from `file` (an absolute path).
    static func parse(_ text: String, file: String) throws(RuleErrors) -> Configuration {
        var configuration = Configuration(source: file)
        guard let root = try compose(text, file: file) else { return configuration }
        let folder = (file as NSString).deletingLastPathComponent
        var reader = ConfigurationReader(node: root, file: file)
        if let (path, node) = reader.string("scoring") {
            let resolved = absolutePath(path, relativeTo: folder)
            if FileManager.default.fileExists(atPath: resolved) {
                configuration.scoringFile = resolved
            } else {
                reader.report(node, "scoring file '\(path)' not found (looked for \(resolved))")
            }
        }
        // The built-in profiles and those the scoring file adds (`Checker` checks again against
        // the model it builds; a broken scoring file is reported there).
        if let (name, node) = reader.string("profile") {
            let known =
                profileNames
                + ((try? configuration.scoringFile.map { try ScoringSpec.load(file: $0) })??.profiles.map(\.name) ?? [])
            if known.contains(name) {
                configuration.profile = name
                configuration.profileLocation = Location(node)
            } else {
                reader.report(node, "unknown profile '\(name)' (expected one of: \(known.joined(separator: ", ")))")
            }
        }
        reader.section("packs") { packs in
            for (name, node) in packs.strings("disable") ?? [] {
                configuration.disabledPacks.append(name)
                configuration.packLocations[name] = configuration.packLocations[name] ?? Location(node)
            }
            packs.rejectUnknownKeys()
        }
        reader.section("rules") { rules in
            for (path, node) in rules.strings("paths") ?? [] {
                let resolved = absolutePath(path, relativeTo: folder)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue {
                    configuration.rulePaths.append(resolved)
                } else {
                    rules.report(node, "rules folder '\(path)' not found (looked for \(resolved))")
                }
            }
            for (id, node) in rules.strings("disable") ?? [] {
                configuration.disabledRules.append(id)
                configuration.ruleLocations[id] = configuration.ruleLocations[id] ?? Location(node)
            }
            rules.rejectUnknownKeys()
        }
        configuration.allow = (reader.strings("allow") ?? []).map(\.value)
        reader.rejectUnknownKeys()
        guard reader.errors.isEmpty else { throw RuleErrors(reader.errors) }
        return configuration
    }

    // MARK: Errors found later

    /// An error about a disabled pack, located where the file names it.
    func error(disabledPack name: String, _ message: String) -> RuleError {
        located(packLocations[name], message)
    }

    /// An error about a disabled rule, located where the file names it.
    func error(disabledRule id: String, _ message: String) -> RuleError {
        located(ruleLocations[id], message)
    }

    /// An error about the profile, located where the file names it.
    func error(profile message: String) -> RuleError {
        located(profileLocation, message)
    }

    private func located(_ location: Location?, _ message: String) -> RuleError {
        RuleError(file: source ?? "<configuration>", line: location?.line ?? 0, column: location?.column ?? 0, message: message)
    }

    // MARK: Writing

    /// The configuration as YAML that `load(file:)` reads back, after a comment line saying
    /// where it came from.
    public var yaml: String {
        var lines = ["# " + (source.map { "from \($0)" } ?? "built-in defaults")]
        lines.append("profile: " + Self.scalar(profile))
        if let scoringFile { lines.append("scoring: " + Self.scalar(scoringFile)) }
        lines.append("packs:")
        lines.append("  disable: " + Self.list(disabledPacks))
        lines.append("rules:")
        lines.append("  paths: " + Self.list(rulePaths))
        lines.append("  disable: " + Self.list(disabledRules))
        lines.append("allow: " + Self.list(allow))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// A string as a YAML flow scalar: plain when it reads back as the same string, else
    /// double-quoted with JSON-style escapes (which YAML accepts).
    static func scalar(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./".unicodeScalars.contains($0)
            }
            && (text.first?.isLetter == true || text.first == "/")
            && !["yes", "no", "true", "false", "on", "off", "null", "y", "n"].contains(text.lowercased())
        if plain { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    // MARK: Helpers

    /// `path` made absolute against `base` (the working directory by default), with `~/`
    /// expanded and `.` and `..` removed.
    static func absolutePath(_ path: String, relativeTo base: String? = nil) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/") { path = NSHomeDirectory() + path.dropFirst() }
        let base = base ?? FileManager.default.currentDirectoryPath
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: base).appendingPathComponent(path)
        let standardized = url.standardizedFileURL.path
        return standardized.count > 1 && standardized.hasSuffix("/") ? String(standardized.dropLast()) : standardized
    }
}

extension Configuration.Location {
    init(_ node: Node) {
        self.init(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }
}

/// Reads one YAML mapping key by key, recording located errors (configuration and scoring
/// files).
struct ConfigurationReader {
    let file: String
    private(set) var errors: [RuleError] = []
    private var pairs: [(key: String, keyNode: Node, value: Node)] = []
    private var used: Set<String> = []
    private let known: [String]

    /// `known`: every key this mapping may hold, for the unknown-key message.
    init(node: Node, file: String, known: [String] = ["profile", "scoring", "packs", "rules", "allow"]) {
        self.file = file
        self.known = known
        guard case .mapping(let mapping) = node else {
            errors.append(Self.located(node, file: file, "expected a mapping of keys to values"))
            return
        }
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                errors.append(Self.located(key, file: file, "keys must be plain words"))
                continue
            }
            pairs.append((scalar.string, key, value))
        }
    }

    private static func located(_ node: Node, file: String, _ message: String) -> RuleError {
        RuleError(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }

    mutating func report(_ node: Node, _ message: String) {
        errors.append(Self.located(node, file: file, message))
    }

    private mutating func value(_ key: String) -> Node? {
        used.insert(key)
        return pairs.last { $0.key == key }?.value
    }

    /// A non-empty string and its node.
    mutating func string(_ key: String) -> (value: String, node: Node)? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            report(node, "'\(key)' must be a non-empty string")
            return nil
        }
        return (scalar.string, node)
    }

    /// A list of non-empty strings and their nodes.
    mutating func strings(_ key: String) -> [(value: String, node: Node)]? {
        guard let node = value(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            report(node, "'\(key)' must be a list of strings")
            return nil
        }
        var result: [(value: String, node: Node)] = []
        for item in sequence {
            if case .scalar(let scalar) = item, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
                result.append((scalar.string, item))
            } else {
                report(item, "'\(key)' items must be non-empty strings")
            }
        }
        return result
    }

    /// A number in `range` and its node.
    mutating func double(_ key: String, in range: ClosedRange<Double>) -> (value: Double, node: Node)? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, let number = Double(scalar.string), range.contains(number) else {
            report(node, "'\(key)' must be a number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return (number, node)
    }

    /// The keys of a mapping whose values are numbers in `range`, with their nodes.
    mutating func numbers(_ key: String, in range: ClosedRange<Double>) -> [(key: String, value: Double, node: Node)]? {
        guard let node = value(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            report(node, "'\(key)' must be a mapping of names to numbers")
            return nil
        }
        var result: [(key: String, value: Double, node: Node)] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let name) = keyNode, !name.string.isEmpty else {
                report(keyNode, "keys of '\(key)' must be plain words")
                continue
            }
            guard case .scalar(let scalar) = valueNode, let number = Double(scalar.string), range.contains(number) else {
                report(valueNode, "'\(key).\(name.string)' must be a number from \(range.lowerBound) to \(range.upperBound)")
                continue
            }
            result.append((name.string, number, keyNode))
        }
        return result
    }

    /// The entries of a mapping whose values are mappings, each with its own reader.
    mutating func entries(_ key: String, known: [String], _ body: (String, Node, inout ConfigurationReader) -> Void) {
        guard let node = value(key) else { return }
        guard case .mapping(let mapping) = node else {
            report(node, "'\(key)' must be a mapping")
            return
        }
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let name) = keyNode, !name.string.isEmpty else {
                report(keyNode, "keys of '\(key)' must be plain words")
                continue
            }
            var reader = ConfigurationReader(node: valueNode, file: file, known: known)
            body(name.string, keyNode, &reader)
            reader.rejectUnknownKeys()
            errors += reader.errors
        }
    }

    /// Reads a nested mapping (`packs`, `rules`) with its own reader; its errors become this one's.
    mutating func section(_ key: String, _ body: (inout ConfigurationReader) -> Void) {
        guard let node = value(key) else { return }
        let keys: [String] =
            switch key {
            case "packs": ["disable"]
            case "rules": ["paths", "disable"]
            default: []
            }
        guard case .mapping = node else {
            report(node, "'\(key)' must be a mapping with \(keys.map { "'\($0)'" }.joined(separator: " and "))")
            return
        }
        var reader = ConfigurationReader(node: node, file: file, known: keys)
        body(&reader)
        errors += reader.errors
    }

    mutating func rejectUnknownKeys() {
        var seen: Set<String> = []
        for pair in pairs {
            if !seen.insert(pair.key).inserted {
                report(pair.keyNode, "duplicate key '\(pair.key)'")
            } else if !used.contains(pair.key) {
                report(pair.keyNode, "unknown key '\(pair.key)' (expected: \(known.joined(separator: ", ")))")
            }
        }
    }
}
