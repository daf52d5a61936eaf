import ArgumentParser
import Footprint
import FootprintRules

/// `footprint rules show ID`: everything about one rule.
struct RulesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one rule: its file, kind, category, severity, message, description and examples."
    )

    @OptionGroup var source: RuleSourceOptions

    @Argument(help: "The rule's id, pack/rule.")
    var id: String

    func run() throws {
        let checker = try source.makeChecker()
        guard let pack = checker.packs.first(where: { $0.rules.contains { $0.id == id } }),
            let rule = pack.rules.first(where: { $0.id == id })
        else {
            let configuration = checker.configuration
            let pack = id.split(separator: "/").first.map(String.init) ?? id
            if configuration.disabledRules.contains(id) || configuration.disabledPacks.contains(pack) {
                printError("rule '\(id)' is disabled by \(configuration.source ?? "the configuration")")
            } else {
                printError("unknown rule '\(id)' (footprint rules list shows every rule)")
            }
            throw ExitCode(ExitStatus.badInput)
        }
        var output = Output.standardOutput
        output.write(Self.render(rule, pack: pack))
        output.flush()
    }

    /// The rule as labelled lines.
    static func render(_ rule: Rule, pack: RulePack) -> String {
        var fields: [(String, String)] = [
            ("file", rule.file), ("pack", "\(pack.name) (\(pack.title))"), ("kind", rule.kind.rawValue),
        ]
        fields += kindFields(rule)
        fields.append(("category", rule.category.rawValue))
        if let entity = rule.entity { fields.append(("entity", entity)) }
        fields.append(("severity", rule.severity.rawValue))
        fields.append(("confidence", "\(rule.confidence)"))
        fields.append(("message", rule.message))
        if let reason = rule.reason { fields.append(("reason", reason)) }
        if let advice = rule.advice { fields.append(("advice", advice)) }
        fields.append(("description", rule.description.map(oneLine) ?? "(none)"))
        if let context = rule.context {
            var parts = ["\(context.window) tokens"]
            if !context.raise.isEmpty { parts.append("\(counted(context.raise.count, "raising word")) (by \(context.raiseBy))") }
            if !context.lower.isEmpty { parts.append("\(counted(context.lower.count, "lowering word")) (by \(context.lowerBy))") }
            if context.require { parts.append("a raising word required") }
            fields.append(("context", parts.joined(separator: ", ")))
        }
        if !rule.unless.isEmpty { fields.append(("unless", rule.unless.map(\.rawValue).joined(separator: ", "))) }
        let kinds: [(name: String, shouldMatch: Bool, isTodo: Bool)] = [
            ("match", true, false), ("no match", false, false), ("todo match", true, true), ("todo no match", false, true),
        ]
        var counts: [String] = []
        var examples: [(String, String)] = []
        for kind in kinds {
            let chosen = rule.examples.filter { $0.shouldMatch == kind.shouldMatch && $0.isTodo == kind.isTodo }
            if chosen.isEmpty && kind.isTodo { continue }
            counts.append("\(chosen.count) \(kind.name)")
            examples += chosen.map { ("  " + kind.name, marked($0)) }
        }
        fields.append(("examples", counts.joined(separator: ", ")))
        fields += examples
        let width = (fields.map(\.0.count).max() ?? 0) + 2
        var text = rule.id + "\n"
        for (label, value) in fields {
            let head = label + ":"
            text += "  " + head + String(repeating: " ", count: width - head.count) + value + "\n"
        }
        return text
    }

    /// What the rule's kind matches: views and terms, the pattern, the detector, the parts, the
    /// measure.
    static func kindFields(_ rule: Rule) -> [(String, String)] {
        var fields: [(String, String)] = []
        let views = ("views", rule.views.map(\.rawValue).joined(separator: ", "))
        switch rule.kind {
        case .lexicon where rule.target == .domains:
            fields.append(("on", "domains of links"))
            fields.append(("domains", "\(rule.terms.count)"))
        case .lexicon:
            fields.append(views)
            fields.append(("terms", "\(rule.terms.count)"))
            if !rule.exceptions.isEmpty { fields.append(("exceptions", "\(rule.exceptions.count)")) }
        case .detector:
            fields.append(("detector", rule.detector ?? ""))
        case .pattern:
            guard let pattern = rule.pattern else { break }
            fields.append(("pattern", pattern.regex))
            if pattern.caseSensitive { fields.append(("case", "sensitive")) }
            if pattern.group != 0 { fields.append(("group", "\(pattern.group)")) }
            if !pattern.keywords.isEmpty { fields.append(("keywords", pattern.keywords.joined(separator: ", "))) }
            if let validator = pattern.validator { fields.append(("validator", validator)) }
            if !pattern.allowlist.isEmpty { fields.append(("allowlist", "\(pattern.allowlist.count)")) }
        case .proximity:
            guard let proximity = rule.proximity else { break }
            fields.append(views)
            fields.append(("parts", proximity.parts.map { counted($0.count, "term") }.joined(separator: "; ")))
            var within = "\(proximity.within) tokens"
            if proximity.ordered { within += ", in order" }
            if proximity.sameSentence { within += ", in one sentence" }
            fields.append(("within", within))
        case .occurrence:
            guard let occurrence = rule.occurrence else { break }
            fields.append(("measure", occurrence.measure.rawValue))
            if !occurrence.chars.isEmpty { fields.append(("chars", quoted(occurrence.chars))) }
            fields.append(("scope", occurrence.scope.rawValue))
            var minimum = occurrence.min == occurrence.min.rounded() ? "\(Int(occurrence.min))" : "\(occurrence.min)"
            if occurrence.minWords > 0 { minimum += " (of at least \(counted(occurrence.minWords, "word")))" }
            fields.append(("min", minimum))
            if !occurrence.except.isEmpty { fields.append(("except", occurrence.except.joined(separator: ", "))) }
        }
        if let shape = rule.shape { fields.append(("shape", "\(shape.rawValue) only")) }
        if rule.uppercase { fields.append(("uppercase", "only matches written in capitals")) }
        return fields
    }

    /// An example's text with its expected spans marked with ⟦ ⟧, as written in the rule file.
    static func marked(_ example: RuleExample) -> String {
        var result = String.UnicodeScalarView()
        let starts = Set(example.spans.map(\.lowerBound))
        let ends = Set(example.spans.map(\.upperBound))
        var offset = 0
        for scalar in example.text.unicodeScalars {
            if ends.contains(offset) && offset > 0 { result.append("⟧") }
            if starts.contains(offset) { result.append("⟦") }
            result.append(scalar)
            offset += 1
        }
        if ends.contains(offset) { result.append("⟧") }
        return quoted(String(result))
    }

    /// Text in double quotes, with quotes, backslashes, control and format characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": result += "\\" + String(scalar)
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                // NOTE: format characters include bidi controls that reorder a terminal line; the
                // zero-width joiner inside emoji sequences is kept.
                let category = scalar.properties.generalCategory
                if category == .control || (category == .format && scalar != "\u{200D}") {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Text folded onto one line: each run of whitespace as one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
