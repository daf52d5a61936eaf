import FootprintText

/// Runs rules' examples: `match` examples must give exactly the marked spans, `no_match`
/// examples nothing. Each example also runs behind an emoji ZWJ sequence (offsets must shift
/// exactly), and for rules that read obfuscated views, with a zero-width space inside each
/// marked span (the span grows by it).
public struct ExampleRunner {
    /// An example that did not behave as written.
    public struct Failure: Sendable, CustomStringConvertible {
        /// The rule's id, `pack/rule`.
        public var rule: String
        /// The rule file the example is in.
        public var file: String
        /// The example's line in that file, from 1.
        public var line: Int
        /// The text that was scanned, as changed by the variant, without the ⟦ ⟧ marks.
        public var text: String
        /// The spans the example marks, as Unicode-scalar ranges of `text`; empty for a no-match example.
        public var expected: [Range<Int>]
        /// The spans the rule reported, as Unicode-scalar ranges of `text`; empty in `Report.fixedTodos`.
        public var found: [Range<Int>]
        /// Which variant failed: "", "behind an emoji", "with a zero-width space".
        public var variant: String

        /// The failure as a compiler-style error line: `file:line: error: …`.
        public var description: String {
            let which = variant.isEmpty ? "" : " (\(variant))"
            return
                "\(file):\(line): error: \(rule) example\(which) \(text.debugDescription): expected spans \(expected), found \(found)"
        }
    }

    /// The summary of a run.
    public struct Report: Sendable {
        /// Examples (not `todo_*`) that behaved as written.
        public var passed = 0
        /// Examples (not `todo_*`) that did not behave as written.
        public var failures: [Failure] = []
        /// Known gaps (`todo_*` examples) that still behave as a gap.
        public var todo = 0
        /// `todo_*` examples that now work: time to promote them.
        public var fixedTodos: [Failure] = []
    }

    static let prefix = "👩\u{200D}👩\u{200D}👧 "

    let engine: RuleEngine
    let analyzer: TextAnalyzer
    let scratch: EngineScratch

    /// Creates a runner for `engine`'s rules; throws when the text analyzer cannot be created.
    public init(engine: RuleEngine) throws {
        self.engine = engine
        self.analyzer = try TextAnalyzer()
        self.scratch = engine.makeScratch()
    }

    /// Runs every example of every rule, or of the rules whose id starts with `pack + "/"`.
    public func run(pack: String? = nil) throws -> Report {
        var report = Report()
        for rule in engine.rules where pack.map({ rule.id.hasPrefix($0 + "/") }) ?? true {
            for example in rule.examples {
                let failure = try check(rule, example)
                if example.isTodo {
                    if failure == nil {
                        report.fixedTodos.append(
                            Failure(
                                rule: rule.id, file: rule.file, line: example.line, text: example.text, expected: example.spans,
                                found: [], variant: ""))
                    } else {
                        report.todo += 1
                    }
                } else if let failure {
                    report.failures.append(failure)
                } else {
                    report.passed += 1
                }
            }
        }
        return report
    }

    /// Checks one example in every variant; the first failure, or nil when it behaves.
    public func check(_ rule: Rule, _ example: RuleExample) throws -> Failure? {
        var variants: [(name: String, text: String, spans: [Range<Int>])] = [
            ("", example.text, example.spans)
        ]
        let shift = Self.prefix.unicodeScalars.count
        variants.append(
            (
                "behind an emoji", Self.prefix + example.text,
                example.spans.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
            ))
        let obfuscationAware = rule.views.contains { $0 != .folded } && (rule.kind == .lexicon || rule.kind == .proximity)
        if obfuscationAware, example.shouldMatch, let spaced = Self.insertingZeroWidth(example) {
            variants.append(("with a zero-width space", spaced.text, spaced.spans))
        }
        for variant in variants {
            let text = try analyzer.analyze(variant.text)
            var collector = FindingCollector()
            try engine.scan(text, scratch: scratch, only: [rule.id], into: &collector)
            let found = collector.sorted.map { $0.start.scalar..<$0.end.scalar }
            let behaves = example.shouldMatch ? found == variant.spans : found.isEmpty
            if !behaves {
                return Failure(
                    rule: rule.id, file: rule.file, line: example.line, text: variant.text, expected: variant.spans, found: found,
                    variant: variant.name)
            }
        }
        return nil
    }

    /// The example with U+200B after the first character of each marked span (spans of two or
    /// more characters), and the spans it should then give.
    static func insertingZeroWidth(_ example: RuleExample) -> (text: String, spans: [Range<Int>])? {
        var scalars = Array(example.text.unicodeScalars)
        var spans = example.spans
        var inserted = false
        for k in spans.indices.reversed() where spans[k].count >= 2 {
            let at = spans[k].lowerBound + 1
            scalars.insert("\u{200B}", at: at)
            spans[k] = spans[k].lowerBound..<(spans[k].upperBound + 1)
            for j in spans.indices where j > k { spans[j] = (spans[j].lowerBound + 1)..<(spans[j].upperBound + 1) }
            inserted = true
        }
        guard inserted else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return (text, spans)
    }
}
