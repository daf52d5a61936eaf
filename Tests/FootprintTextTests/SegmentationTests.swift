import Testing

@testable import FootprintText

@Suite("Segmentation")
struct SegmentationTests {
    @Test("word tokens carry their kind")
    func kinds() throws {
        let text = try analyze("I paid $20, ok? 👍")
        let view = text.folded
        let pairs = text.tokens.map { (text.text(of: $0, in: view), $0.kind) }
        #expect(pairs.map(\.0) == ["i", "paid", "$", "20", ",", "ok", "?", "👍"])
        #expect(pairs.map(\.1) == [.word, .word, .punctuation, .number, .punctuation, .word, .punctuation, .emoji])
    }

    @Test("an emoji ZWJ sequence and a flag stay one token each")
    func emojiSequences() throws {
        let family = "👩\u{200D}👩\u{200D}👧"
        let text = try analyze("us \(family) 🇫🇷 done")
        let emoji = text.tokens.filter { $0.kind == .emoji }
        #expect(emoji.count == 2)
        #expect(emoji.map { text.text(of: text.folded.originalRange(of: $0.range)) } == [family, "🇫🇷"])
    }

    @Test("Thai is split into words with ICU's dictionary")
    func thai() throws {
        let thai = "สวัสดีครับผมชื่อสมชาย"
        let words = try analyze(thai).words()
        #expect(words.count >= 3)
        #expect(words.joined() == thai)
    }

    @Test("Japanese is split into words with ICU's dictionary")
    func japanese() throws {
        let words = try analyze("私は東京に住んでいます").words()
        #expect(words.contains("東京"))
        #expect(words.joined() == "私は東京に住んでいます")
    }

    @Test("sentences come from ICU sentence break on the original text")
    func sentences() throws {
        let text = try analyze("Mr. Smith left. He came back! Did he? yes.")
        let sentences = try text.sentences().map { text.text(of: $0) }
        #expect(sentences == ["Mr. Smith left. ", "He came back! ", "Did he? ", "yes."])
    }

    @Test("the ASCII word breaker agrees with ICU on random ASCII text")
    func asciiBreakerMatchesICU() throws {
        let alphabet = Array("aZ09 .,'_:;!?@#$-\n\r\t\u{B}/()\"ab c1".utf8)
        let breaker = try ICUBreaker(sentences: false)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let length = Int.random(in: 1..<20, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            var ours: [(Int, Int32)] = []
            var icu: [(Int, Int32)] = []
            bytes.withUnsafeBufferPointer { buffer in
                ASCIIWordBreaker.segment(buffer) { ours.append(($0, $1)) }
            }
            try bytes.withUnsafeBufferPointer { buffer in
                try breaker.segment(buffer) { icu.append(($0, $1)) }
            }
            let same = ours.count == icu.count && zip(ours, icu).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            #expect(same, "\(String(decoding: bytes, as: UTF8.self).debugDescription): ours \(ours) icu \(icu)")
            if !same { break }
        }
    }

    @Test("mixed ASCII and non-ASCII text tokenizes like ICU over the whole text")
    func hybridMatchesICU() throws {
        let samples = [
            "hello wörld, this is a test 👍🏽 ok", "ok 東京 and more", "a\u{301} b c", "über cool 123 ünd 4,5",
            "שלום world עולם 42", "mix 😀😀 done", " leading space and trailing ", "tab\there ñ",
        ]
        let analyzer = try TextAnalyzer()
        let breaker = try ICUBreaker(sentences: false)
        for sample in samples {
            let text = try analyzer.analyze(sample)
            var icu: [Range<Int>] = []
            var start = 0
            try text.folded.bytes.withUnsafeBufferPointer { buffer in
                try breaker.segment(buffer) { end, _ in
                    icu.append(start..<end)
                    start = end
                }
            }
            let kept = Set(text.tokens.map(\.range))
            #expect(kept.isSubset(of: Set(icu)), "\(sample)")
        }
    }
}
