import FootprintText

/// Runs every rule's examples: `match` examples must give exactly the marked spans, `no_match`
/// examples nothing. Each example runs twice, the second time behind an emoji ZWJ sequence, so
/// that an offset bug in any view shows up.
public struct ExampleRunner {
    /// An example that did not behave as written.
    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: String
        public var file: String
        public var line: Int
        public var text: String
        public var expected: [Range<Int>]
        public var found: [Range<Int>]
        public var prefixed: Bool

        public var description: String {
            let which = prefixed ? " (behind an emoji)" : ""
            return
                "\(file):\(line): error: \(rule) example\(which) \(text.debugDescription): expected spans \(expected), found \(found)"
        }
    }

    /// The summary of a run.
    public struct Report: Sendable {
        public var passed = 0
        public var failures: [Failure] = []
        /// Known gaps (`todo_*` examples) that still behave as a gap.
        public var todo = 0
        /// `todo_*` examples that now work: time to promote them.
        public var fixedTodos: [Failure] = []
    }

    static let prefix = "👩\u{200D}👩\u{200D}👧 "

    let engine: RuleEngine
    let analyzer: TextAnalyzer

    public init(engine: RuleEngine) throws {
        self.engine = engine
        self.analyzer = try TextAnalyzer()
    }

    public func run() throws -> Report {
        var report = Report()
        for rule in engine.rules {
            for example in rule.examples {
                var ok = true
                for prefixed in [false, true] {
                    let shift = prefixed ? Self.prefix.unicodeScalars.count : 0
                    let text = try analyzer.analyze((prefixed ? Self.prefix : "") + example.text)
                    let found = try engine.scan(text, only: [rule.id]).map { ($0.start.scalar - shift)..<($0.end.scalar - shift) }
                    let expected = example.spans
                    let behaves = example.shouldMatch ? found == expected : found.isEmpty
                    if !behaves {
                        ok = false
                        let failure = Failure(
                            rule: rule.id, file: rule.file, line: example.line, text: example.text, expected: expected,
                            found: found, prefixed: prefixed)
                        if !example.isTodo { report.failures.append(failure) }
                        break
                    }
                }
                if example.isTodo {
                    if ok {
                        report.fixedTodos.append(
                            Failure(
                                rule: rule.id, file: rule.file, line: example.line, text: example.text, expected: example.spans,
                                found: [], prefixed: false))
                    } else {
                        report.todo += 1
                    }
                } else if ok {
                    report.passed += 1
                }
            }
        }
        return report
    }
}
