import Testing

@testable import FootprintText

@Suite("Positions")
struct PositionTests {
    @Test("an emoji before a match shifts its column by one grapheme and its byte offset by the emoji's bytes")
    func emojiPrefix() throws {
        let plain = try analyze("mail me")
        let emoji = "👩\u{200D}👩\u{200D}👧"
        let shifted = try analyze(emoji + "mail me")
        let a = plain.position(ofByte: 5)
        let b = shifted.position(ofByte: 5 + emoji.utf8.count)
        #expect(b.column == a.column + 1)
        #expect(b.byte == a.byte + emoji.utf8.count)
        #expect(b.scalar == a.scalar + emoji.unicodeScalars.count)
        #expect(b.line == 1)
    }

    @Test("lines end at LF, CRLF and CR; columns count graphemes")
    func lines() throws {
        let text = try analyze("one\ntwo\r\nthree\rfou\u{301}r x")
        let x = text.bytes.lastIndex(of: UInt8(ascii: "x"))!
        let p = text.position(ofByte: x)
        #expect(p.line == 4)
        #expect(p.column == 6)
        #expect(p.scalar == text.string.unicodeScalars.count - 1)
    }

    @Test("right-to-left text keeps logical offsets")
    func rightToLeft() throws {
        let text = try analyze("שלום jane@example.com")
        let token = try #require(text.socialTokens().first)
        #expect(text.text(of: token.range) == "jane@example.com")
        let p = text.position(ofByte: token.range.lowerBound)
        #expect(p.scalar == 5)
        #expect(p.column == 6)
        #expect(p.byte == 9)
    }
}
