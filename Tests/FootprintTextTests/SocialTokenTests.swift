import Testing

@testable import FootprintText

@Suite("Social tokens")
struct SocialTokenTests {
    private func scan(_ text: String) -> [(SocialToken.Kind, String, String?)] {
        let bytes = Array(text.utf8)
        return SocialTokenScanner.scan(bytes).map {
            ($0.kind, String(decoding: bytes[$0.range], as: UTF8.self), $0.registrableDomain)
        }
    }

    @Test("URLs with host and registrable domain, trailing punctuation left out")
    func urls() {
        let found = scan("see https://news.bbc.co.uk/story?id=1. and (http://example.com/a_(b)) or www.Example.org!")
        #expect(found.map(\.0) == [.url, .url, .url])
        #expect(found.map(\.1) == ["https://news.bbc.co.uk/story?id=1", "http://example.com/a_(b)", "www.Example.org"])
        #expect(found.map(\.2) == ["bbc.co.uk", "example.com", "example.org"])
    }

    @Test("bare domains with a prose TLD, not file names")
    func bareDomains() {
        #expect(scan("read infowars.com/x today").map(\.1) == ["infowars.com/x"])
        #expect(scan("edit main.py and README.md, pi is 3.14").isEmpty)
    }

    @Test("e-mail addresses, mentions, fediverse handles and hashtags")
    func others() {
        let found = scan("mail jane.doe@example.com or @bob_1, @alice@mastodon.social #TBT #2024 #café")
        #expect(found.map(\.0) == [.email, .mention, .mention, .hashtag, .hashtag])
        #expect(found.map(\.1) == ["jane.doe@example.com", "@bob_1", "@alice@mastodon.social", "#TBT", "#café"])
    }

    @Test(
        "registrable domains",
        arguments: [
            ("a.b.example.com", "example.com"), ("user.github.io", "user.github.io"), ("x.co.jp", "x.co.jp" as String?),
            ("www.x.co.jp", "x.co.jp"), ("192.168.0.1", nil), ("localhost", nil),
        ])
    func registrable(host: String, expected: String?) {
        #expect(PublicSuffixes.registrableDomain(of: host) == expected)
    }
}
