import Foundation
import Testing

@Suite("footprint redact")
struct RedactCommandTests {
    private func redact(_ text: String, _ arguments: [String] = []) throws -> CLIResult {
        try CLI.run(["redact"] + arguments, stdin: Data(text.utf8))
    }

    @Test("an e-mail address on stdin becomes [EMAIL], every other byte stays")
    func email() throws {
        let result = try redact("write to jane.doe@example.com today 👩‍👩‍👧\n")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.out == "write to [EMAIL] today 👩‍👩‍👧\n")
    }

    @Test("a card keeps its last four digits; a name and a phone get their masks")
    func cardAndPeople() throws {
        let card = try redact("card 4539 1488 0343 6467 was declined")
        #expect(card.out == "card [CREDIT_CARD ••••6467] was declined")
        let people = try redact("Call Melanie at jane@example.com")
        #expect(people.out == "Call [PERSON] at [EMAIL]")
    }

    @Test("a post without personal data comes back byte for byte, without a newline added")
    func untouched() throws {
        let text = "  nothing to hide here,\r\n\ttabs and CRLF 🏳️‍🌈 stay"
        let result = try redact(text)
        #expect(result.status == 0)
        #expect(result.stdout == Data(text.utf8))
    }

    @Test("reads FILE, and '-' as standard input")
    func file() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-\(UUID().uuidString).txt")
        try Data("mail ops@example.org\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CLI.run(["redact", url.path])
        #expect(result.status == 0)
        #expect(result.out == "mail [EMAIL]\n")
        #expect(try CLI.run(["redact", "-"], stdin: Data("a@example.com".utf8)).out == "[EMAIL]")
    }

    @Test("--rules uses another rule folder: only its rules mask")
    func rules() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("redact-rules-\(UUID().uuidString)")
        let pack = root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("title: Mine\ndescription: test\nlanguages: [en]\nsources: []\n".utf8)
            .write(to: pack.appendingPathComponent("pack.yml"))
        try Data(
            """
            id: mine/secret-word
            kind: lexicon
            category: privacy
            entity: SECRET
            severity: high
            confidence: 0.9
            message: "'{match}'"
            terms: [swordfish]
            examples:
              match: ["the word is ⟦swordfish⟧"]
              no_match: ["fish"]

            """.utf8
        ).write(to: pack.appendingPathComponent("secret-word.yml"))
        let result = try redact("swordfish, mail a@example.com", ["--rules", root.path])
        #expect(result.status == 0)
        #expect(result.out == "[SECRET], mail a@example.com")
    }

    @Test("invalid UTF-8 is repaired, with a warning on stderr")
    func invalidUTF8() throws {
        let result = try CLI.run(["redact"], stdin: Data([0x61, 0xFF, 0x20]) + Data("b@example.com".utf8))
        #expect(result.status == 0)
        #expect(result.out == "a\u{FFFD} [EMAIL]")
        #expect(!result.stderr.isEmpty)
    }

    @Test("exit status 2 for an unreadable file, 64 for a usage error")
    func errors() throws {
        let missing = try CLI.run(["redact", "/nonexistent/post.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read /nonexistent/post.txt"))
        #expect(try CLI.run(["redact", "--colour"]).status == 64)
        #expect(try CLI.run(["redact", "a", "b"]).status == 64)
    }
}
