import Testing

@testable import FootprintText

@Suite("Text views")
struct ViewTests {
    @Test("folded view: case, width, mathematical alphanumerics and ligatures folded")
    func folded() throws {
        #expect(try analyze("HeLLo").folded.string == "hello")
        #expect(try analyze("ＦＵＬＬ width").folded.string == "full width")
        #expect(try analyze("𝗪𝗛𝗔𝗧 is this").folded.string == "what is this")
        #expect(try analyze("ﬁne Straße").folded.string == "fine strasse")
    }

    @Test("zero-width characters are removed from the folded view and do not split words")
    func zeroWidth() throws {
        let text = try analyze("id\u{200B}iot and sh\u{00AD}it and b\u{2060}ad")
        #expect(text.folded.string == "idiot and shit and bad")
        #expect(try text.words() == ["idiot", "and", "shit", "and", "bad"])
        // The folded word maps back to the original span, zero-width character included.
        #expect(try text.original(of: "idiot", in: .folded) == "id\u{200B}iot")
    }

    @Test("combining marks compose, and the map covers the whole cluster")
    func combiningMarks() throws {
        let text = try analyze("Cafe\u{301} noir")
        #expect(text.folded.string == "café noir")
        #expect(try text.words() == ["café", "noir"])
        #expect(try text.original(of: "café", in: .folded) == "Cafe\u{301}")
    }

    @Test("homoglyphs: Cyrillic and Greek look-alikes fold to Latin in the skeleton view")
    func homoglyphs() throws {
        // Cyrillic а, о; Greek ο; Cyrillic ѕ һ і
        let text = try analyze("b\u{430}d w\u{43E}rd, g\u{3BF}od, \u{455}\u{4BB}\u{456}t")
        #expect(try text.skeleton().view.string == "bad word, good, shit")
        #expect(try text.words(.skeleton) == ["bad", "word", "good", "shit"])
        #expect(try text.original(of: "shit", in: .skeleton) == "\u{455}\u{4BB}\u{456}t")
        // Plain ASCII is left alone ("rn" is not read as "m").
        #expect(try analyze("burn").skeleton().view.string == "burn")
    }

    @Test("accents do not hide a word in the skeleton view")
    func accents() throws {
        #expect(try analyze("fück").skeleton().view.string == "fuck")
    }

    @Test(
        "de-obfuscated view undoes leetspeak, stretching and splitting",
        arguments: [
            ("sh1t happens", "shit happens"),
            ("h3ll0 there", "hello there"),
            ("what a $h!t show", "what a shit show"),
            ("@$$hole", "asshole"),
            ("fuuuuck this", "fuck this"),
            ("f u c k you", "fuck you"),
            ("f.u.c.k you", "fuck you"),
            ("f-u-c-k", "fuck"),
            ("good feet", "good feet"),
            ("call me at 555 1234", "call me at 555 1234"),
            ("score 3-2 in 2024!", "score 3-2 in 2024!"),
            ("hi! @bob", "hi! @bob"),
            // Found by the text fuzzer: one-letter words, then spaces at the very end (was a crash).
            ("so a b ", "so a b "),
            ("x a b ", "xab "),
            ("so f u c k\r", "so fuck\r"),
            ("j\r\r\rv\r", "j\r\r\rv\r"),
        ])
    func deobfuscated(input: String, expected: String) throws {
        #expect(try analyze(input).deobfuscated().view.string == expected)
    }

    @Test("de-obfuscated spans map back to the obfuscated original")
    func deobfuscatedMap() throws {
        let text = try analyze("you are a f . u . c . k and a sh1t")
        #expect(try text.original(of: "shit", in: .deobfuscated) == "sh1t")
        let spaced = try analyze("so f u c k it")
        #expect(try spaced.original(of: "fuck", in: .deobfuscated) == "f u c k")
    }

    @Test("mathematical bold shouting folds to plain words")
    func mathematicalBold() throws {
        let text = try analyze("𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆: 𝘀𝗵𝗮𝗿𝗲 now")
        #expect(try text.words() == ["breaking", "share", "now"])
        #expect(try text.original(of: "share", in: .folded) == "𝘀𝗵𝗮𝗿𝗲")
    }
}

@Suite("Offset maps")
struct OffsetMapTests {
    @Test("a character folded into several never splits: 'ß' → 'ss' maps either 's' to the whole 'ß'")
    func expansion() throws {
        let text = try analyze("Straße")
        #expect(text.folded.string == "strasse")
        #expect(text.text(of: text.folded.originalRange(of: 4..<5)) == "ß")
        #expect(text.text(of: text.folded.originalRange(of: 0..<5)) == "Straß")
    }

    @Test("de-obfuscated spans map through the folded view to the original")
    func composed() throws {
        let text = try analyze("ＳＨ1Ｔ and Ｆ.Ｕ.Ｃ.Ｋ")
        #expect(try text.deobfuscated().view.string == "shit and fuck")
        #expect(try text.original(of: "shit", in: .deobfuscated) == "ＳＨ1Ｔ")
        #expect(try text.original(of: "fuck", in: .deobfuscated) == "Ｆ.Ｕ.Ｃ.Ｋ")
    }

    @Test("composition agrees with mapping twice, on random runs")
    func compositionProperty() {
        for _ in 0..<300 {
            var inner = OffsetMapBuilder()
            var origin = 0
            for _ in 0..<Int.random(in: 1...8) {
                let length = Int.random(in: 1...4)
                let exact = Bool.random()
                let originLength = exact ? length : Int.random(in: 0...4)
                inner.append(viewLength: length, origin: origin..<(origin + originLength), exact: exact)
                origin += originLength
            }
            let innerMap = inner.build(originLength: origin)
            var outer = OffsetMapBuilder()
            var middle = 0
            while middle < inner.viewLength {
                let length = min(Int.random(in: 1...3), inner.viewLength - middle)
                let exact = Bool.random()
                outer.append(viewLength: exact ? length : Int.random(in: 1...3), origin: middle..<(middle + length), exact: exact)
                middle += length
            }
            let outerMap = outer.build(originLength: inner.viewLength)
            let composed = outerMap.composed(with: innerMap)
            for a in 0..<outer.viewLength {
                for b in (a + 1)...outer.viewLength {
                    let twice = innerMap.originalRange(of: outerMap.originalRange(of: a..<b))
                    #expect(composed.originalRange(of: a..<b) == twice)
                }
            }
        }
    }
}
