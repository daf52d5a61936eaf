import Footprint
import FootprintDetectors
import FootprintInput
import FootprintReporting
import FootprintRules
import FootprintScoring
import FootprintText
import Foundation

/// The fuzz targets, chosen by `FOOTPRINT_FUZZ_TARGET` (Fuzz/run.sh sets it). Each takes any bytes
/// and must neither crash nor hang, and checks what must hold for every input: findings are spans
/// of the text, a reader gives the same records whole as in small blocks.
enum FuzzTarget: String, CaseIterable {
    /// A post through the whole check: analysis, every built-in rule, scoring, JSON, redaction.
    case text
    /// The JSON parser, and the streaming array reader in 1-byte to 7-byte blocks against whole.
    case json
    /// CSV rows, streamed in small blocks against whole.
    case csv
    /// A Bluesky repository (CAR of CBOR blocks) and a lone CBOR value.
    case car
    /// A zip archive: its directory and every entry inflated.
    case zip
    /// Every export format's reader on the same bytes (the first byte picks the block size).
    case export
    /// A rule file: loaded, and when it loads, compiled and run on a post.
    case rules

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FOOTPRINT_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            fatalError("set FOOTPRINT_FUZZ_TARGET to one of: \(names)")
        }
        return target
    }()
}

/// What must hold, or the fuzzer stops with this input.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(message())") }
}

/// libFuzzer's driver, run from `main` (SwiftPM links executables with their own entry point, so
/// libFuzzer's `main` cannot be the program's).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
enum FuzzMain {
    static func main() {
        // Built before the first input, so that loading the packs is not timed as that input's run.
        switch FuzzTarget.current {
        case .text: _ = builtinSession
        case .rules: _ = ruleAnalyzer
        default: break
        }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    switch FuzzTarget.current {
    case .text: fuzzText(bytes)
    case .json: fuzzJSON(bytes)
    case .csv: fuzzCSV(bytes)
    case .car: fuzzCAR(bytes)
    case .zip: fuzzZip(bytes)
    case .export: fuzzExport(bytes)
    case .rules: fuzzRules(bytes)
    }
    return 0
}

// MARK: - Text

nonisolated(unsafe) let builtinSession: Session = {
    do {
        return try Checker().makeSession()
    } catch {
        fatalError("cannot load the built-in rules: \(error)")
    }
}()

func fuzzText(_ bytes: [UInt8]) {
    let (assessment, text): (Assessment, [UInt8])
    do {
        (assessment, text) = try builtinSession.checkPost(bytes)
    } catch {
        return
    }
    require((0...100).contains(assessment.score), "score \(assessment.score)")
    let scalars = String(decoding: text, as: UTF8.self).unicodeScalars.count
    for finding in assessment.findings {
        require(
            finding.range.lowerBound >= 0 && finding.range.upperBound <= text.count,
            "\(finding.rule): bytes \(finding.range) outside \(text.count)")
        require(
            finding.start.byte == finding.range.lowerBound && finding.end.byte == finding.range.upperBound,
            "\(finding.rule): positions and range disagree")
        require(finding.start.scalar <= finding.end.scalar && finding.end.scalar <= scalars, "\(finding.rule): scalars")
        require(finding.start.line >= 1 && finding.start.column >= 1, "\(finding.rule): line and column")
    }
    var writer = JSONWriter()
    AssessmentJSON.write(assessment, metadata: nil, options: ReportOptions(), into: &writer)
    require((try? JSONParser().parse(writer.bytes)) != nil, "the JSON written does not parse")
    _ = Redactor.redact(text: text, findings: assessment.findings)
}

// MARK: - Readers

/// The block size for a streamed read, taken from the input's first byte: 1 to 8 bytes.
func blockSize(_ bytes: [UInt8]) -> Int { Int(bytes.first ?? 0) % 8 + 1 }

func fuzzJSON(_ bytes: [UInt8]) {
    _ = try? JSONParser().parse(bytes)
    func elements(_ source: ByteSource) -> (elements: [[UInt8]], failed: Bool) {
        var elements: [[UInt8]] = []
        do {
            try JSONStream.forEachElement(in: source, member: "items") { element, _ in elements.append(Array(element)) }
            return (elements, false)
        } catch {
            return (elements, true)
        }
    }
    let whole = elements(ByteSource(bytes: bytes))
    let blocks = elements(ByteSource(bytes: bytes, blockSize: blockSize(bytes)))
    require(whole.elements == blocks.elements && whole.failed == blocks.failed, "JSON stream differs in blocks")
}

func fuzzCSV(_ bytes: [UInt8]) {
    let whole = try? CSVTable.rows(bytes)
    var rows: [CSVRow] = []
    let streamed =
        (try? CSVTable.forEachRow(in: ByteSource(bytes: bytes, blockSize: blockSize(bytes))) { rows.append($0) }) != nil
    require((whole != nil) == streamed, "CSV: whole \(whole != nil), streamed \(streamed)")
    if let whole { require(whole == rows, "CSV rows differ in blocks") }
}

func fuzzCAR(_ bytes: [UInt8]) {
    _ = try? BlueskyRepository.posts(from: bytes)
    _ = try? CBORDecoder.decode(bytes)
}

func fuzzZip(_ bytes: [UInt8]) {
    guard let archive = try? ZipArchive(bytes) else { return }
    for entry in archive.entries {
        if let data = try? archive.data(of: entry) {
            require(data.count == entry.size, "\(entry.name): \(data.count) bytes, directory says \(entry.size)")
        }
    }
}

func fuzzExport(_ bytes: [UInt8]) {
    for format in ExportFormat.allCases {
        var events = 0
        let reader = ExportReader(format: format)
        do {
            try reader.read(ByteSource(bytes: bytes, blockSize: blockSize(bytes)), as: format, name: "fuzz") { _ in
                events += 1
            }
        } catch {
            fatalError("\(format): the reader threw instead of giving an error event: \(error)")
        }
    }
}

// MARK: - Rules

let ruleFolder: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("footprint-fuzz-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}()

nonisolated(unsafe) let ruleAnalyzer: TextAnalyzer = {
    do { return try TextAnalyzer() } catch { fatalError("cannot make an analyzer: \(error)") }
}()
let rulePost = "Mail me at jane@example.com, you idiot; card 4111 1111 1111 1111, flying to Oslo tomorrow"

func fuzzRules(_ bytes: [UInt8]) {
    let file = ruleFolder + "/rule.yml"
    guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else { return }
    let loader = RuleLoader(
        knownDetectors: Set(BuiltinDetectors.all.keys), knownValidators: Set(BuiltinDetectors.validators.keys))
    guard let rule = try? loader.loadRule(file: file, expectedID: nil) else { return }
    guard let engine = try? Checker.compile([rule]), let text = try? ruleAnalyzer.analyze(rulePost) else { return }
    _ = try? engine.scan(text)
}
