import Foundation
import Testing

@Suite("README")
struct ReadmeContractTests {
    @Test("the README's contract example is what footprint prints")
    func contractExample() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = try #require(readme.range(of: "<!-- contract-example -->\n```json\n"))
        let rest = readme[marker.upperBound...]
        let end = try #require(rest.range(of: "\n```"))
        let documented = String(rest[..<end.lowerBound])
        let result = try CLI.run(["check", "--format", "jsonl"], stdin: Data("write to jane.doe@example.com".utf8))
        #expect(result.out == documented + "\n")
    }
}
