import CICUShim

/// A URL, e-mail address, @mention or #hashtag found in a post.
public struct SocialToken: Sendable, Equatable {
    /// What the token is.
    public enum Kind: String, Sendable {
        case url, email, mention, hashtag
    }

    /// Whether it is a URL, an e-mail address, a mention or a hashtag.
    public var kind: Kind
    /// Byte range in the original text.
    public var range: Range<Int>
    /// Lowercased host of a URL, domain of an e-mail address, instance of a fediverse mention.
    public var host: String?
    /// The host's registrable domain (public suffix plus one label): "bbc.co.uk" for
    /// "news.bbc.co.uk". Nil for IP addresses.
    public var registrableDomain: String?

    /// A token of `kind` at byte `range` of the original text, with its host and registrable domain
    /// when it has them.
    public init(kind: Kind, range: Range<Int>, host: String? = nil, registrableDomain: String? = nil) {
        self.kind = kind
        self.range = range
        self.host = host
        self.registrableDomain = registrableDomain
    }
}

/// Finds social tokens with one pass of a byte scanner over UTF-8.
public enum SocialTokenScanner {
    private static let a = UInt8(ascii: "a"), z = UInt8(ascii: "z")
    private static let A = UInt8(ascii: "A"), Z = UInt8(ascii: "Z")
    private static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= a && b <= z) || (b >= A && b <= Z) || (b >= zero && b <= nine)
    }
    @inline(__always) static func isLocalPart(_ b: UInt8) -> Bool {
        isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }
    @inline(__always) static func isHandle(_ b: UInt8) -> Bool { isAlnum(b) || b == UInt8(ascii: "_") }
    @inline(__always) static func isHostByte(_ b: UInt8) -> Bool {
        isAlnum(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    /// Scans `bytes` (valid UTF-8) for URLs, e-mail addresses, mentions and hashtags, in order.
    public static func scan(_ bytes: [UInt8]) -> [SocialToken] {
        var tokens: [SocialToken] = []
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            let atBoundary = i == 0 || !isLocalPart(bytes[i - 1])
            if b == UInt8(ascii: "#") {
                if let end = hashtagEnd(bytes, from: i), i == 0 || (!isAlnum(bytes[i - 1]) && bytes[i - 1] != UInt8(ascii: "&")) {
                    tokens.append(SocialToken(kind: .hashtag, range: i..<end))
                    i = end
                    continue
                }
                i += 1
                continue
            }
            if b == UInt8(ascii: "@") {
                if atBoundary, let token = mention(bytes, at: i) {
                    tokens.append(token)
                    i = token.range.upperBound
                    continue
                }
                i += 1
                continue
            }
            guard atBoundary, isLocalPart(b) else {
                i += 1
                continue
            }
            if let url = url(bytes, at: i) {
                tokens.append(url)
                i = url.range.upperBound
                continue
            }
            // A run of local-part characters: an e-mail address, a bare domain, or a plain word.
            var end = i
            while end < n, isLocalPart(bytes[end]) { end += 1 }
            if end < n, bytes[end] == UInt8(ascii: "@"), let email = email(bytes, localStart: i, at: end) {
                tokens.append(email)
                i = email.range.upperBound
                continue
            }
            if let bare = bareDomain(bytes, from: i, runEnd: end) {
                tokens.append(bare)
                i = bare.range.upperBound
                continue
            }
            i = end
        }
        return tokens
    }

    // MARK: Hashtags and mentions

    private static func hashtagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start + 1
        var sawNonDigit = false
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                guard isHandle(b) else { break }
                if !(b >= zero && b <= nine) { sawNonDigit = true }
                i += 1
                continue
            }
            // A non-ASCII scalar: letters, marks and digits of any script continue the tag.
            let width = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
            guard i + width <= n,
                let scalar = String(decoding: bytes[i..<(i + width)], as: UTF8.self).unicodeScalars.first
            else { break }
            let p = scalar.properties
            let isMark = p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            guard p.isAlphabetic || isMark || p.numericType != nil else { break }
            if p.isAlphabetic { sawNonDigit = true }
            i += width
        }
        return (i > start + 1 && sawNonDigit) ? i : nil
    }

    private static func mention(_ bytes: [UInt8], at start: Int) -> SocialToken? {
        var i = start + 1
        let n = bytes.count
        while i < n, isHandle(bytes[i]) { i += 1 }
        let length = i - start - 1
        guard length >= 1, length <= 64 else { return nil }
        // A fediverse handle: @user@instance.social
        if i < n, bytes[i] == UInt8(ascii: "@"), let (hostEnd, host) = domain(bytes, from: i + 1), host.contains(".") {
            return SocialToken(
                kind: .mention, range: start..<hostEnd, host: host, registrableDomain: PublicSuffixes.registrableDomain(of: host))
        }
        return SocialToken(kind: .mention, range: start..<i)
    }

    // MARK: E-mail addresses

    private static func email(_ bytes: [UInt8], localStart: Int, at atSign: Int) -> SocialToken? {
        var start = localStart
        // The local part may not start or end with a dot.
        while start < atSign, bytes[start] == UInt8(ascii: ".") { start += 1 }
        guard start < atSign, bytes[atSign - 1] != UInt8(ascii: ".") else { return nil }
        guard let (end, host) = domain(bytes, from: atSign + 1), host.contains(".") else { return nil }
        return SocialToken(
            kind: .email, range: start..<end, host: host, registrableDomain: PublicSuffixes.registrableDomain(of: host))
    }

    /// A DNS name starting at `start`: labels of letters, digits and hyphens joined by dots, the
    /// last one (the TLD) of two or more letters. Returns its end and lowercased text.
    private static func domain(_ bytes: [UInt8], from start: Int) -> (Int, String)? {
        let n = bytes.count
        let hyphen = UInt8(ascii: "-")
        var labels: [Range<Int>] = []
        var i = start
        while i < n {
            let labelStart = i
            while i < n, isAlnum(bytes[i]) || bytes[i] == hyphen { i += 1 }
            guard i > labelStart, bytes[labelStart] != hyphen, bytes[i - 1] != hyphen, i - labelStart <= 63 else { break }
            labels.append(labelStart..<i)
            guard i + 1 < n, bytes[i] == UInt8(ascii: "."), isAlnum(bytes[i + 1]) else { break }
            i += 1
        }
        // Drop trailing labels that cannot be a TLD ("host.example.c0m" ends at "example").
        while let last = labels.last,
            !(last.count >= 2 && bytes[last].allSatisfy({ ($0 >= a && $0 <= z) || ($0 >= A && $0 <= Z) }))
        {
            labels.removeLast()
        }
        guard let last = labels.last else { return nil }
        return (last.upperBound, lowercased(bytes[start..<last.upperBound]))
    }

    private static func lowercased(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice.map { ($0 >= A && $0 <= Z) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    // MARK: URLs

    private static func hasPrefix(_ bytes: [UInt8], _ i: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { p in
            for k in 0..<count where bytes[i + k] | 0x20 != p[k] | 0x20 { return false }
            return true
        }
    }

    private static func url(_ bytes: [UInt8], at start: Int) -> SocialToken? {
        let first = bytes[start] | 0x20
        var hostStart: Int
        if first == UInt8(ascii: "h"), hasPrefix(bytes, start, "https://") {
            hostStart = start + 8
        } else if first == UInt8(ascii: "h"), hasPrefix(bytes, start, "http://") {
            hostStart = start + 7
        } else if first == UInt8(ascii: "w"), hasPrefix(bytes, start, "www.") {
            hostStart = start
        } else {
            return nil
        }
        let end = urlEnd(bytes, from: hostStart)
        guard end > hostStart else { return nil }
        // The authority: up to the first '/', '?' or '#'; drop user info and port.
        var authorityEnd = hostStart
        while authorityEnd < end, ![UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[authorityEnd]) {
            authorityEnd += 1
        }
        if let at = bytes[hostStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
        var hostEnd = authorityEnd
        if hostStart < authorityEnd, bytes[hostStart] != UInt8(ascii: "["),
            let colon = bytes[hostStart..<authorityEnd].firstIndex(of: UInt8(ascii: ":"))
        {
            hostEnd = colon
        }
        var host = lowercased(bytes[hostStart..<hostEnd])
        while host.hasSuffix(".") { host.removeLast() }
        guard !host.isEmpty else { return nil }
        return SocialToken(
            kind: .url, range: start..<end, host: host, registrableDomain: PublicSuffixes.registrableDomain(of: host))
    }

    /// End of a URL starting at `start`: up to white space or a character URLs do not hold,
    /// less trailing punctuation and unbalanced closing brackets.
    private static func urlEnd(_ bytes: [UInt8], from start: Int) -> Int {
        let n = bytes.count
        var i = start
        while i < n {
            let b = bytes[i]
            if b <= 0x20 || b == 0x7F || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"")
                || b == UInt8(ascii: "`") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
            {
                break
            }
            if b >= 0x80 {
                let width = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
                guard i + width <= n, let scalar = String(decoding: bytes[i..<(i + width)], as: UTF8.self).unicodeScalars.first,
                    !scalar.properties.isWhitespace, !scalar.properties.isDefaultIgnorableCodePoint,
                    !isEmoji(scalar)
                else { break }
                i += width
                continue
            }
            i += 1
        }
        // Trim trailing punctuation that belongs to the sentence.
        var end = i
        while end > start {
            let last = bytes[end - 1]
            if [
                UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"),
                UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"),
            ].contains(last) {
                end -= 1
                continue
            }
            if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
                let open: UInt8 = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
                let opens = bytes[start..<end].filter { $0 == open }.count
                let closes = bytes[start..<end].filter { $0 == last }.count
                if closes > opens { end -= 1; continue }
                break
            }
            if last >= 0x80 {
                // A closing quote or other punctuation from another script: ” ’ » 」 。
                var k = end - 1
                while k > start, bytes[k] & 0xC0 == 0x80 { k -= 1 }
                if let scalar = String(decoding: bytes[k..<end], as: UTF8.self).unicodeScalars.first,
                    isPunctuation(scalar.properties.generalCategory)
                {
                    end = k
                    continue
                }
            }
            break
        }
        return end
    }

    private static func isPunctuation(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    // MARK: Bare domains

    /// "example.com" or "news.example.co.uk/path" without a scheme: only with a TLD that is
    /// common in prose links (not file extensions such as .py or .md).
    private static func bareDomain(_ bytes: [UInt8], from start: Int, runEnd: Int) -> SocialToken? {
        guard bytes[start..<runEnd].contains(UInt8(ascii: ".")) else { return nil }
        guard let (hostEnd, host) = domain(bytes, from: start), host.contains(".") else { return nil }
        guard let dot = host.lastIndex(of: "."), PublicSuffixes.proseTLDs.contains(String(host[host.index(after: dot)...])) else {
            return nil
        }
        // Not followed by more word characters ("file.com2") or an '@'.
        if hostEnd < bytes.count,
            isAlnum(bytes[hostEnd]) || bytes[hostEnd] == UInt8(ascii: "@") || bytes[hostEnd] == UInt8(ascii: "_")
        {
            return nil
        }
        var end = hostEnd
        if end < bytes.count, bytes[end] == UInt8(ascii: "/") { end = max(end, urlEnd(bytes, from: end)) }
        return SocialToken(
            kind: .url, range: start..<end, host: host, registrableDomain: PublicSuffixes.registrableDomain(of: host))
    }
}
