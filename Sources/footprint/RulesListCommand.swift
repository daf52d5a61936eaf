import ArgumentParser
import Footprint
import FootprintReporting

/// Output formats of `rules list`.
enum RulesListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `footprint rules list`: every rule that `check` runs.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the rules: id, kind, category and severity."
    )

    @OptionGroup var source: RuleSourceOptions

    @Option(help: "Output format: text (a table) or json.")
    var format: RulesListFormat = .text

    func run() throws {
        let checker = try source.makeChecker()
        let rules = checker.packs.flatMap(\.rules)
        var output = Output.standardOutput
        switch format {
        case .text:
            let rows =
                [["ID", "KIND", "CATEGORY", "SEVERITY"]]
                + rules.map { [$0.id, $0.kind.rawValue, $0.category.rawValue, $0.severity.rawValue] }
            let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                let cells = row.enumerated().map { column, cell in
                    column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
                }
                output.write(cells.joined(separator: "  ") + "\n")
            }
        case .json:
            var writer = JSONWriter(pretty: true)
            writer.beginArray()
            for rule in rules {
                writer.beginObject()
                writer.key("id")
                writer.string(rule.id)
                writer.key("kind")
                writer.string(rule.kind.rawValue)
                writer.key("category")
                writer.string(rule.category.rawValue)
                writer.key("severity")
                writer.string(rule.severity.rawValue)
                writer.key("confidence")
                writer.number(rule.confidence)
                writer.endObject()
            }
            writer.endArray()
            output.write(writer.bytes)
            output.write("\n")
        }
        output.flush()
    }
}
