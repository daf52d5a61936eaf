import Foundation
import Testing

/// Every public declaration of the library has a documentation comment (`///`), so that DocC and
/// Quick Help have something to show for everything an app can call.
@Suite("public API documentation")
struct DocumentationTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// `file:line: declaration` of each public declaration without a `///` line above it (above
    /// its attributes).
    static func undocumented(in module: String, under root: URL = sources) throws -> [String] {
        let folder = root.appendingPathComponent(module)
        let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        var missing: [String] = []
        for file in files.sorted() where file.hasSuffix(".swift") {
            let lines = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() {
                let code = line.drop { $0 == " " }
                let words = code.split(separator: " ")
                guard let first = words.firstIndex(where: { !$0.hasPrefix("@") }),
                    words[first] == "public" || words[first] == "open",
                    words.count > first + 1, words[first + 1] != "import"
                else { continue }
                var above = i - 1
                while above >= 0, lines[above].drop(while: { $0 == " " }).hasPrefix("@") { above -= 1 }
                if above < 0 || !lines[above].drop(while: { $0 == " " }).hasPrefix("///") {
                    missing.append("\(module)/\(file):\(i + 1): \(code.prefix(80))")
                }
            }
        }
        return missing
    }

    @Test(
        "every public declaration has a documentation comment",
        arguments: [
            "Footprint", "FootprintText", "FootprintRules", "FootprintDetectors", "FootprintScoring", "FootprintInput",
            "FootprintReporting",
        ])
    func documented(module: String) throws {
        let missing = try Self.undocumented(in: module)
        #expect(missing.isEmpty, "\(missing.count) undocumented:\n\(missing.joined(separator: "\n"))")
    }

    @Test("the check finds an undocumented declaration")
    func findsMissing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("docs-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("FootprintDocumentationProbe")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "/// Documented.\npublic struct A {}\n\n@inlinable\npublic func b() {}\n".write(
            to: folder.appendingPathComponent("Probe.swift"), atomically: true, encoding: .utf8)
        #expect(
            try Self.undocumented(in: "FootprintDocumentationProbe", under: root) == [
                "FootprintDocumentationProbe/Probe.swift:5: public func b() {}"
            ])
    }
}
