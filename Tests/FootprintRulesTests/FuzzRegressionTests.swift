import Foundation
import Testing

@testable import Footprint

/// Every input the fuzzers (Fuzz/run.sh) found a crash with, replayed: kept in
/// Tests/Fixtures/fuzz/TARGET/, each must now give a result whose findings are spans of the text.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    static func inputs(_ target: String) -> [URL] {
        let files = try? FileManager.default.contentsOfDirectory(
            at: folder.appendingPathComponent(target), includingPropertiesForKeys: nil)
        return (files ?? []).sorted { $0.path < $1.path }
    }

    @Test("text: each crashing post is checked, its findings inside the text")
    func text() throws {
        let inputs = Self.inputs("text")
        #expect(!inputs.isEmpty)
        let session = try Checker().makeSession()
        for input in inputs {
            let (assessment, text) = try session.checkPost(Array(try Data(contentsOf: input)))
            for finding in assessment.findings {
                #expect(finding.range.upperBound <= text.count, "\(input.lastPathComponent): \(finding.rule)")
            }
        }
    }
}
