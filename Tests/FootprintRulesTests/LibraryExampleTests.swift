import Footprint
import Foundation
import Testing

/// README's library example, run: the lines between the markers are README's code block, line for
/// line (the test checks that too), so the example cannot stop compiling or working unnoticed.
@Suite("library example")
struct LibraryExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("README's example checks a draft and streams an export")
    func example() throws {
        let projectFolder = FileManager.default.currentDirectoryPath
        let exportPath = Self.root.appendingPathComponent("Tests/Fixtures/bad-input/archive.zip").path
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }

        // README library example: begin
        // Rules and configuration: the built-in packs, and the .footprint.yml that applies here.
        let configuration = try Configuration.discover(from: projectFolder)
        let checker = try Checker(configuration: configuration)  // compiled once; Sendable, share it
        let session = try checker.makeSession()  // one per thread

        // A draft, e.g. in a compose screen.
        let assessment = try session.check("Away till the 12th, the house at 12 Oak Street is empty")
        print(assessment.score, assessment.band, assessment.summary)
        for finding in assessment.findings {
            print(finding.rule, finding.severity, finding.start.scalar..<finding.end.scalar, finding.message)
        }

        // Past posts: an export is streamed one post at a time, whatever its size.
        try ExportReader().read(paths: [exportPath]) { source, event, _ in
            switch event {
            case .post(let post): print(post.id ?? "-", try session.check(post.text).band)
            case .error(let message): print("\(source): \(message)")
            }
        }
        // README library example: end

        #expect(assessment.band >= .high, "\(printed)")
        #expect(assessment.findings.contains { $0.category == .privacy })
        #expect(printed.count == 1 + assessment.findings.count + 40)
        #expect(printed.last == "39 low")
    }

    @Test("README shows the example exactly")
    func readmeShowsIt() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(lines.firstIndex { $0.contains("README library example: begin") })
        let end = try #require(lines.firstIndex { $0.contains("README library example: end") })
        let code = lines[(begin + 1)..<end].map { $0.hasPrefix("        ") ? $0.dropFirst(8) : $0 }.joined(separator: "\n")
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(
            readme.contains("```swift\nimport Footprint\n\n" + code + "\n```"), "README's library example differs from:\n\(code)")
    }
}
