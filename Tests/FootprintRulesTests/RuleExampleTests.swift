import Foundation
import Testing

@testable import Footprint
@testable import FootprintRules

@Suite("Built-in rule packs")
struct RuleExampleTests {
    static let checker: Checker? = try? Checker()

    @Test("the built-in packs load and compile")
    func load() throws {
        let checker = try Checker()
        #expect(Set(checker.packs.map(\.name)).isSuperset(of: ["privacy", "profanity"]))
        #expect(checker.engine.rules.allSatisfy { !$0.examples.isEmpty })
    }

    @Test("every rule's examples behave as written, also behind an emoji")
    func examples() throws {
        let checker = try Checker()
        let report = try ExampleRunner(engine: checker.engine).run()
        for failure in report.failures { Issue.record("\(failure)") }
        for fixed in report.fixedTodos { Issue.record("todo example now passes, promote it: \(fixed)") }
        #expect(report.passed >= 20)
    }

    @Test("every rule has both polarities of examples")
    func polarities() throws {
        let checker = try Checker()
        for rule in checker.engine.rules {
            #expect(rule.examples.contains { $0.shouldMatch && !$0.isTodo }, "\(rule.id)")
            #expect(rule.examples.contains { !$0.shouldMatch && !$0.isTodo }, "\(rule.id)")
        }
    }
}
