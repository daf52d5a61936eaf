import ArgumentParser
import Footprint

/// `footprint config`: the configuration in effect, as YAML.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the configuration in effect, as YAML.",
        discussion: """
            Without --config, the configuration is the first .footprint.yml found in the working \
            directory or a folder above it, or the built-in defaults. Its pack and rule ids are \
            checked against the loaded packs; a problem exits with status 2.
            """
    )

    @OptionGroup var source: RuleSourceOptions

    func run() throws {
        let checker = try source.makeChecker()
        var output = Output.standardOutput
        output.write(checker.configuration.yaml)
        output.flush()
    }
}

/// The configuration from `--config FILE`, else the nearest `.footprint.yml`, else the defaults.
/// Prints why it cannot be read and exits 2.
func loadConfiguration(file: String?) throws -> Configuration {
    do {
        if let file { return try Configuration.load(file: file) }
        return try Configuration.discover(from: ".")
    } catch {
        printError("cannot load configuration:\n\(error)")
        throw ExitCode(ExitStatus.badInput)
    }
}
