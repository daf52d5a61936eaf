import FootprintText
import Foundation
import Testing

@testable import FootprintRules

/// The words a regex cannot match without, used to skip it on posts that hold none of them.
@Suite("Regex literal prefilter")
struct RegexLiteralsTests {
    @Test("the rarest mandatory word of each alternative, joined over alternatives")
    func sets() {
        #expect(RegexLiterals.required(in: #"\bpassword\s*[:=]\s*\S+"#) == ["password"])
        #expect(RegexLiterals.required(in: #"(?:home|house)\s+alone"#) == ["alone"])
        #expect(RegexLiterals.required(in: #"(?x) (?: boarding \s+ pass | flight \s+ \d+ )"#) == ["boarding", "flight"])
        // An optional letter ends a run: every "colour chart" and "color chart" holds "colo"
        // and "r chart", the longer.
        #expect(RegexLiterals.required(in: "colou?r chart") == ["r chart"])
        #expect(RegexLiterals.required(in: "colou?r") == ["colo"])
        // Rare words beat common ones; common ones still serve when nothing else does.
        #expect(RegexLiterals.required(in: #"(?x) \b you \s+ won't \s+ believe"#) == ["believe"])
        #expect(RegexLiterals.required(in: #"\byou\b"#) == ["you"])
        // In free-spacing mode spaces and comments are not text; escaped characters are.
        #expect(RegexLiterals.required(in: "(?x) s e c r e t  # a comment with words\n \\. txt") == ["secret.txt"])
        #expect(RegexLiterals.required(in: #"top\ secret"#) == ["top secret"])
    }

    @Test("no set when some alternative can match without a literal, or the pattern is not understood")
    func none() {
        #expect(RegexLiterals.required(in: #"\d{3}-\d{4}"#) == nil)
        #expect(RegexLiterals.required(in: #"secret|\w+@\w+"#) == nil)
        #expect(RegexLiterals.required(in: "(?:secret)?") == nil)
        #expect(RegexLiterals.required(in: "(?:secret)*x") == nil)
        #expect(RegexLiterals.required(in: "[secret]+") == nil)
        #expect(RegexLiterals.required(in: "(?=secret)") == nil)
        #expect(RegexLiterals.required(in: "(?<!secret)x") == nil)
        #expect(RegexLiterals.required(in: "(unclosed") == nil)
        #expect(RegexLiterals.required(in: "a") == nil)
    }

    @Test("groups of every kind, quantifiers, classes and escapes are read, not taken as text")
    func syntax() {
        #expect(RegexLiterals.required(in: #"(?<name>alpha)[\]x]{2,}(?i:beta)+"#) == ["alpha"])
        #expect(RegexLiterals.required(in: #"(?P<n>alpha|gamma)\p{L}+"#) == ["alpha", "gamma"])
        #expect(RegexLiterals.required(in: #"ab{0,3}cde"#) == ["cde"])
        #expect(RegexLiterals.required(in: #"\Qsecret\E"#) == nil)
        #expect(RegexLiterals.required(in: #"[[a-z]&&[^q]]+word"#) == ["word"])
        #expect(RegexLiterals.required(in: "(?#note)delta") == ["delta"])
    }

    @Test("every built-in pattern either gets a set that its own examples pass, or none")
    func builtins() throws {
        var checked = 0
        for rule in Fixtures.rules {
            guard let spec = rule.pattern, !spec.caseSensitive else { continue }
            guard let words = RegexLiterals.required(in: spec.regex) else { continue }
            for example in rule.examples where example.shouldMatch && !example.isTodo {
                let text = example.text.lowercased()
                #expect(
                    words.contains { word in text.contains(word.lowercased()) },
                    "\(rule.id): \(example.text) holds none of \(words)")
                checked += 1
            }
        }
        #expect(checked > 10)
    }
}

@Suite("Term cutting shortcut")
struct PlainWordsTests {
    @Test("plain lower-case terms are cut as the analyzer's folded view cuts them, for every built-in term")
    func sameAsAnalyzer() throws {
        let analyzer = try TextAnalyzer()
        var compared = 0
        var terms = Set(Fixtures.rules.flatMap { $0.terms.map(\.text) })
        terms.formUnion(["stab those", "a", "hello world"])
        for term in terms {
            guard let fast = TermIndex.plainWords(term) else { continue }
            let (view, tokens) = try analyzer.analyze(term).view(.folded)
            #expect(fast == tokens.map { Array(view.bytes[$0.range]) }, "\(term)")
            compared += 1
        }
        #expect(compared > 1_000)
        #expect(TermIndex.plainWords("Hello") == nil)
        #expect(TermIndex.plainWords("a  b") == nil)
        #expect(TermIndex.plainWords("don't") == nil)
        #expect(TermIndex.plainWords("") == nil)
    }
}
