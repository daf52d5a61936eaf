import Testing

@testable import FootprintText

@Suite("UTF-8 validation")
struct ValidationTests {
    @Test("valid text passes unchanged", arguments: ["", "plain ascii", "café ☕ 👩‍👩‍👧", "\u{0}nul"])
    func validUnchanged(text: String) {
        let v = ValidatedUTF8(Array(text.utf8))
        #expect(v.bytes == Array(text.utf8))
        #expect(v.replacements == 0)
    }

    @Test(
        "invalid sequences become U+FFFD, one per maximal subpart",
        arguments: [
            ([0x61, 0xFF, 0x62], "a\u{FFFD}b", 1),
            ([0xC3], "\u{FFFD}", 1),  // truncated two-byte sequence
            ([0xE2, 0x82], "\u{FFFD}", 1),  // truncated three-byte sequence: one subpart
            ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}", 2),  // overlong
            ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}", 3),  // surrogate
            ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", 4),  // above U+10FFFF
            ([0xF0, 0x9F, 0x98, 0x80, 0x80], "😀\u{FFFD}", 1),  // stray continuation
        ] as [([UInt8], String, Int)])
    func repairs(input: [UInt8], expected: String, count: Int) {
        let v = ValidatedUTF8(input)
        #expect(String(decoding: v.bytes, as: UTF8.self) == expected)
        #expect(v.bytes == Array(expected.utf8))
        #expect(v.replacements == count)
        #expect(v.warnings.first?.hasPrefix("invalid UTF-8") == true)
    }

    @Test("repair agrees with the standard library's decoder on random bytes")
    func randomBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<24, using: &generator)
            let bytes = (0..<length).map { _ in
                [UInt8.random(in: 0...255), UInt8.random(in: 0x80...0xBF), UInt8.random(in: 0x61...0x7A)].randomElement()!
            }
            let v = ValidatedUTF8(bytes)
            #expect(v.bytes == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
        }
    }

    @Test("NUL is allowed and reported")
    func nul() throws {
        let text = try analyze("a\u{0}b")
        #expect(text.bytes == [0x61, 0, 0x62])
        #expect(text.warnings == ["text contains NUL characters"])
    }
}
