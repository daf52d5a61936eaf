import FootprintText

// MARK: - API keys and tokens

/// Credentials for services: vendor formats (AWS access key ids, GitHub, GitLab, Stripe, Slack,
/// Google, OpenAI, Anthropic, SendGrid, Twilio, npm, Hugging Face, DigitalOcean, Shopify,
/// Telegram bot tokens, JWTs), and high-entropy tokens of 20 characters or more, of mixed
/// classes, right after a key word ("key", "token", "secret", "creds", "Schlüssel", "clé"…).
public struct APIKeyDetector: TextScanner {
    /// An API key detector.
    public init() {}

    static let keyWords = NumberWords([
        "key", "keys", "apikey", "api", "token", "tokens", "secret", "secrets", "creds", "cred", "credential",
        "credentials", "bearer", "authorization", "auth", "pat", "access", "aws", "schlüssel", "apischlüssel", "zugangsdaten",
        "clé", "clef", "clave", "llave", "sleutel", "chiave", "jeton", "geheimnis", "client", "private", "committed",
        "pasted", "leaked", "pushed", "exposed",
    ])
    /// Words that make a long token a digest or a public identifier, not a secret.
    static let digestWords = NumberWords([
        "hash", "hashes", "sha", "sha1", "sha256", "sha512", "md5", "checksum", "digest", "commit", "commits", "fingerprint",
        "public", "pubkey", "txid", "tx", "transaction", "block", "uuid", "guid", "isbn", "tracking", "order", "serial",
    ])

    /// Finds vendor-format keys (confidence 0.95) and random-looking tokens of 20 characters or
    /// more after a key word (confidence 0.8) in runs of token bytes.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        text.bytes.withUnsafeBufferPointer { bytes in
            var from = 0
            // Every key is a run of 20 token bytes or more (with '.' and ':' for JWTs, SendGrid and
            // Telegram); words inside the run are read one by one.
            while let run = NumberSkip.nextRun(bytes, from: from, minLength: 20, Self.isRunByte) {
                from = run.upperBound
                scanRun(text, bytes, run, into: &hits)
            }
        }
    }

    @inline(__always)
    static func isRunByte(_ b: UInt8) -> Bool { isSecretByte(b) || b == 0x2E || b == 0x3A }

    /// Reads the words of one run of token bytes.
    func scanRun(_ text: AnalyzedText, _ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, into hits: inout [ScanHit]) {
        let n = run.upperBound
        var i = run.lowerBound
        while i < n {
            let b = bytes[i]
            // Base64 secrets may start with '+' or '/'.
            let symbolStart = (b == 0x2B || b == 0x2F) && i + 1 < n && NumBytes.isAlnum(bytes[i + 1])
            guard NumBytes.isAlnum(b) || symbolStart else {
                i += 1
                continue
            }
            // A word of [A-Za-z0-9_-].
            var end = i
            while !symbolStart, end < n, NumBytes.isAlnum(bytes[end]) || bytes[end] == 0x5F || bytes[end] == 0x2D {
                end += 1
            }
            guard Self.isLeftBoundary(bytes, i) else {
                i = max(end, i + 1)
                continue
            }
            // Vendor tokens have 20 characters or more, but for SendGrid's "SG.", JWTs and
            // Telegram's "123456789:…".
            let length = end - i
            let mayBeVendor =
                length >= 20 || (length == 2 && b == 0x53 && bytes[i + 1] == 0x47)
                || (length >= 3 && b == 0x65 && bytes[i + 1] == 0x79 && bytes[i + 2] == 0x4A)
                || (length >= 8 && length <= 10 && NumBytes.isDigit(b) && end < n && bytes[end] == 0x3A)
            if !symbolStart, mayBeVendor, let vendorEnd = Self.vendorToken(bytes, i, end) {
                hits.append(ScanHit(range: i..<vendorEnd, entity: "API_KEY", confidence: 0.95))
                i = vendorEnd
                continue
            }
            // A generic secret may also hold '+', '/' and '=' (base64).
            var secretEnd = end
            while secretEnd < n, Self.isSecretByte(bytes[secretEnd]) { secretEnd += 1 }
            if secretEnd - i >= 20, Self.isRightBoundary(bytes, secretEnd), Self.looksRandom(bytes, i..<secretEnd),
                Self.isGenericSecret(text, bytes, i..<secretEnd)
            {
                hits.append(ScanHit(range: i..<secretEnd, entity: "API_KEY", confidence: 0.8))
                i = secretEnd
            } else {
                // "KEY=sk-…": the next candidate may start after '='.
                i = max(end, i + 1)
            }
        }
    }

    @inline(__always)
    static func isSecretByte(_ b: UInt8) -> Bool {
        NumBytes.isAlnum(b) || b == 0x5F || b == 0x2D || b == 0x2B || b == 0x2F || b == 0x3D
    }

    /// Start of text, space, quotes, brackets, ':', '=', ',' or ';' (not a path or a longer word).
    @inline(__always)
    static func isLeftBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let b = bytes[i - 1]
        if b >= 0x80 { return true }
        if NumBytes.isSpace(b) { return true }
        switch b {
        case 0x22, 0x27, 0x60, 0x3A, 0x3D, 0x28, 0x5B, 0x7B, 0x3C, 0x2C, 0x3B, 0x3E, 0x7C: return true
        default: return false
        }
    }

    /// End of text, space, or punctuation that does not continue a token ("abc.def", "a@b").
    @inline(__always)
    static func isRightBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < bytes.count else { return true }
        let b = bytes[i]
        if b >= 0x80 || NumBytes.isSpace(b) { return true }
        switch b {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F:  // . , ; : ! ?
            return i + 1 >= bytes.count || !NumBytes.isAlnum(bytes[i + 1])
        case 0x29, 0x5D, 0x7D, 0x3E, 0x22, 0x27, 0x60, 0x7C, 0x26: return true
        default: return false
        }
    }

    // MARK: Vendor formats

    /// The end of a vendor-format token starting at `start` (the word of [A-Za-z0-9_-] runs to
    /// `end`), or nil.
    static func vendorToken(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let n = bytes.count
        let word = start..<end
        func has(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard word.count >= count else { return false }
            let p = prefix.utf8Start
            for k in 0..<count where bytes[start + k] != p[k] { return false }
            return true
        }
        func count(from offset: Int, _ allowed: (UInt8) -> Bool) -> Int {
            var k = start + offset
            while k < end, allowed(bytes[k]) { k += 1 }
            return k - start - offset
        }
        func bounded(_ e: Int) -> Int? { isRightBoundary(bytes, e) ? e : nil }
        let first = bytes[start]
        let alnum: (UInt8) -> Bool = NumBytes.isAlnum
        let urlSafe: (UInt8) -> Bool = { NumBytes.isAlnum($0) || $0 == 0x5F || $0 == 0x2D }

        switch first {
        case 0x41:  // A: AWS access key ids, Google API keys, Twilio account SIDs
            if word.count == 20,
                has("AKIA") || has("ASIA") || has("AGPA") || has("AIDA") || has("AROA") || has("AIPA")
                    || has("ANPA") || has("ANVA") || has("ABIA") || has("ACCA") || has("APKA"),
                count(from: 4, { NumBytes.isUpper($0) || NumBytes.isDigit($0) }) == 16
            {
                return bounded(end)
            }
            if has("AIza"), word.count == 39, count(from: 4, urlSafe) == 35 { return bounded(end) }
            if has("AC"), word.count == 34, count(from: 2, NumBytes.isHex) == 32 { return bounded(end) }
        case 0x53:  // S: SendGrid, Twilio API key SIDs
            if has("SK"), word.count == 34, count(from: 2, NumBytes.isHex) == 32 { return bounded(end) }
            if word.count == 2, has("SG"), end < n, bytes[end] == 0x2E {
                // SG.<22>.<43>
                var k = end + 1
                let a = k
                while k < n, urlSafe(bytes[k]) { k += 1 }
                guard k - a >= 16, k < n, bytes[k] == 0x2E else { return nil }
                k += 1
                let b = k
                while k < n, urlSafe(bytes[k]) { k += 1 }
                guard k - b >= 30 else { return nil }
                return bounded(k)
            }
        case 0x67:  // g: GitHub, GitLab
            if has("ghp_") || has("gho_") || has("ghu_") || has("ghs_") || has("ghr_") {
                let body = count(from: 4, alnum)
                if body >= 30, 4 + body == word.count { return bounded(end) }
            }
            if has("github_pat_"), word.count - 11 >= 22, count(from: 11, { alnum($0) || $0 == 0x5F }) == word.count - 11 {
                return bounded(end)
            }
            if has("glpat-"), word.count - 6 >= 20 { return bounded(end) }
        case 0x73:  // s: Stripe, OpenAI, Anthropic, Shopify
            if has("sk_live_") || has("sk_test_") || has("rk_live_") || has("rk_test_") {
                if word.count - 8 >= 16, count(from: 8, alnum) == word.count - 8 { return bounded(end) }
            }
            if has("sk-"), word.count >= 23 {
                let body = count(from: 3, urlSafe)
                if body == word.count - 3, mixedClasses(bytes, (start + 3)..<end) >= 2, hasDigit(bytes, (start + 3)..<end) {
                    return bounded(end)
                }
            }
            if has("shpat_") || has("shpss_") || has("shpca_") || has("shppa_"), word.count == 38,
                count(from: 6, NumBytes.isHex) == 32
            {
                return bounded(end)
            }
        case 0x70:  // p: Stripe publishable live keys
            if has("pk_live_"), word.count - 8 >= 16, count(from: 8, alnum) == word.count - 8 { return bounded(end) }
        case 0x77:  // w: Stripe webhook secrets
            if has("whsec_"), word.count - 6 >= 24, count(from: 6, alnum) == word.count - 6 { return bounded(end) }
        case 0x78:  // x: Slack
            if has("xoxb-") || has("xoxp-") || has("xoxa-") || has("xoxo-") || has("xoxr-") || has("xoxs-")
                || has("xoxe-") || has("xapp-"), word.count >= 20
            {
                return bounded(end)
            }
        case 0x6E:  // n: npm
            if has("npm_"), word.count == 40, count(from: 4, alnum) == 36 { return bounded(end) }
        case 0x68:  // h: Hugging Face
            if has("hf_"), word.count >= 34, count(from: 3, NumBytes.isLetter) == word.count - 3 {
                return bounded(end)
            }
        case 0x64:  // d: DigitalOcean
            if has("dop_v1_") || has("doo_v1_") || has("dor_v1_"), word.count == 71, count(from: 7, NumBytes.isHex) == 64 {
                return bounded(end)
            }
        case 0x65:  // e: JSON Web Tokens, header.payload.signature
            if has("eyJ"), end < n, bytes[end] == 0x2E, end + 3 < n, bytes[end + 1] == 0x65, bytes[end + 2] == 0x79 {
                var k = end + 1
                while k < n, urlSafe(bytes[k]) { k += 1 }
                guard k - end > 10, k < n, bytes[k] == 0x2E else { return nil }
                k += 1
                let signature = k
                while k < n, urlSafe(bytes[k]) { k += 1 }
                guard k - signature >= 16 else { return nil }
                return bounded(k)
            }
        default:
            // Telegram bot tokens: 8 to 10 digits, ':', 35 characters.
            if NumBytes.isDigit(first), word.count >= 8, word.count <= 10, count(from: 0, NumBytes.isDigit) == word.count,
                end < n,
                bytes[end] == 0x3A
            {
                var k = end + 1
                while k < n, urlSafe(bytes[k]) { k += 1 }
                if k - end - 1 == 35, bytes[end + 1] == 0x41 { return bounded(k) }
            }
        }
        return nil
    }

    // MARK: Generic secrets

    /// Mixed classes (letters and digits, or both cases and a symbol) and a Shannon entropy of at
    /// least 3.5 bits a character: random, not a word or a number.
    static func looksRandom(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 200 else { return false }
        let classes = mixedClasses(bytes, range)
        var symbols = false
        for i in range where !NumBytes.isAlnum(bytes[i]) { symbols = true }
        guard classes + (symbols ? 1 : 0) >= 3 || (classes >= 2 && hasDigit(bytes, range) && range.count >= 32) else {
            return false
        }
        return entropy(bytes, range) >= 3.5
    }

    /// How many of lowercase, uppercase and digits occur.
    static func mixedClasses(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var lower = false
        var upper = false
        var digit = false
        for i in range {
            let b = bytes[i]
            if NumBytes.isLower(b) {
                lower = true
            } else if NumBytes.isUpper(b) {
                upper = true
            } else if NumBytes.isDigit(b) {
                digit = true
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0)
    }

    static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range where NumBytes.isDigit(bytes[i]) { return true }
        return false
    }

    /// Shannon entropy of the bytes, in bits a character.
    static func entropy(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double {
        var counts = [Int](repeating: 0, count: 128)
        for i in range { counts[Int(bytes[i] & 0x7F)] += 1 }
        let total = Double(range.count)
        var h = 0.0
        for c in counts where c > 0 {
            let p = Double(c) / total
            h -= p * entropyLog2(p)
        }
        return h
    }

    /// The shape of an AWS secret access key, random enough to need no key word: 40 characters
    /// of base64 ('+' and '/', no '='), with lowercase, uppercase and digits, and at least 4.3 bits
    /// a character (hex digests and base64 of text stay below).
    static func isAWSSecretShaped(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count == 40, mixedClasses(bytes, range) == 3 else { return false }
        for i in range where !(NumBytes.isAlnum(bytes[i]) || bytes[i] == 0x2B || bytes[i] == 0x2F) { return false }
        return entropy(bytes, range) >= 4.3
    }

    /// A key word among the three words before, no digest word among the five before, and not
    /// another kind of data (a wallet, an IBAN, a URL or e-mail address).
    static func isGenericSecret(_ text: AnalyzedText, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard NumberContext.before(text, range.lowerBound, within: 3, keyWords) || isAWSSecretShaped(bytes, range),
            !NumberContext.before(text, range.lowerBound, within: 5, digestWords)
        else { return false }
        if CryptoWalletDetector.isAddress(bytes, range) { return false }
        if IBANValidator().isValid(text.text(of: range)) { return false }
        for token in text.socialTokens() where token.range.overlaps(range) && token.kind != .hashtag { return false }
        return true
    }
}

/// log2 without Foundation: ln(x) from the significand by the atanh series, over ln 2.
func entropyLog2(_ x: Double) -> Double {
    guard x > 0 else { return -.infinity }
    let m = x.significand  // in [1, 2)
    let y = (m - 1) / (m + 1)
    let y2 = y * y
    var term = y
    var sum = 0.0
    var k = 1.0
    while k < 40 {
        sum += term / k
        term *= y2
        k += 2
    }
    return Double(x.exponent) + 2 * sum / 0.693_147_180_559_945_3
}

// MARK: - Passwords

/// The value after a password word and "is", ':' or '=' ("my password is hunter2", "pw: x7!k",
/// "Passwort lautet …", "mot de passe : …", "wachtwoord is …", "contraseña es …"): one token,
/// quotes and closing punctuation left out. Ordinary words ("password is wrong", "is too long")
/// are not passwords.
public struct PasswordDetector: TextScanner {
    /// A password detector.
    public init() {}

    /// Words that name a password; compounds ending in one count too ("wifipasswort").
    static let passwordWords = NumberWords(
        [
            "password", "passwords", "passwd", "passwort", "kennwort", "wachtwoord", "contraseña", "contrasena",
            "passcode", "passphrase", "senha", "motdepasse", "wifipass", "wlanpass", "wifi-pass", "mdp", "pwd", "pw",
            "pass", "passw", "pword", "paswoord", "password's", "password’s",
        ],
        suffixes: ["password", "passwort", "kennwort", "wachtwoord", "passwd"])
    /// Short forms that need ':' or '=' after them ("pass: …", not "pass is …").
    static let shortWords = NumberWords(["pass", "passw"])
    /// Words that join the password word to its value.
    static let joinWords = NumberWords([
        "is", "was", "ist", "lautet", "war", "est", "c'est", "c’est", "es", "era", "is", "was", "são", "é", "e", "be",
        "isch", "are", "sind", "zijn",
    ])
    /// Words that may stand between the password word and "is" ("password for the wifi is").
    static let qualifierWords = NumberWords([
        "for", "to", "of", "on", "für", "fürs", "zum", "zur", "vom", "von", "pour", "du", "de", "des", "la", "le", "voor",
        "van", "het", "para", "del", "da", "do", "the", "our", "my", "wifi", "wi-fi", "wlan", "router", "guest",
        "guests", "network", "account", "laptop", "phone", "email", "mail", "netflix", "admin", "new", "old", "current",
        "nieuwe", "neue", "neues", "nouveau", "nuevo", "nueva", "mijn", "mein", "meine", "mon", "ma", "mi", "unser",
        "unsere", "notre", "nuestra", "ons", "onze",
    ])
    /// Words that may stand after the joining word ("is now …", "ist jetzt …").
    static let fillerWords = NumberWords([
        "now", "still", "just", "simply", "literally", "actually", "currently", "jetzt", "nun", "noch", "immer",
        "maintenant", "toujours", "nu", "nog", "steeds", "ahora", "todavía",
    ])
    /// Words that follow "password is" without being a password.
    static let ordinaryWords: Set<String> = [
        "wrong", "incorrect", "invalid", "correct", "right", "too", "very", "so", "not", "no", "the", "a", "an", "my",
        "your", "his", "her", "their", "our", "same", "different", "weak", "strong", "long", "short", "easy", "hard",
        "simple", "secure", "safe", "unsafe", "required", "needed", "expired", "reset", "changed", "saved", "stored",
        "hashed", "encrypted", "hidden", "visible", "case", "sensitive", "missing", "empty", "blank", "none", "null",
        "n/a", "na", "tbd", "unknown", "below", "above", "attached", "here", "there", "this", "that", "it", "what",
        "something", "nothing", "anything", "everything", "secret", "private", "known", "leaked", "compromised",
        "forgotten", "forgot", "lost", "wrong!", "in", "on", "at", "for", "with", "without", "and", "or", "but", "if",
        "when", "like", "as", "also", "still", "now", "just", "really", "being", "been", "getting", "going", "set",
        "sent", "written", "same!", "falsch", "richtig", "zu", "nicht", "kein", "keine", "geheim", "faux", "trop",
        "pas", "incorrecte", "fout", "te", "niet", "geen", "incorrecta", "muy", "demasiado", "mal", "ok", "okay", "fine",
        "good", "bad", "terrible", "awful", "great", "dumb", "stupid", "obvious", "ridiculous", "123456", "password",
        "passwort", "*****", "xxxx", "xxxxx", "xxxxxx", "xxxxxxxx", "••••••", "********", "of", "to", "by", "from",
        "is", "was", "are", "be", "mine", "yours", "changeme", "mandatory", "optional", "updated", "protected",
    ]

    /// Finds the password-like value (4 to 64 bytes) after each password word and "is", ':' or '=';
    /// short forms ("pass") need ':' or '='.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        let tokens = text.tokens
        let folded = text.folded.bytes
        guard !tokens.isEmpty, Self.mayHavePassword(folded) else { return }
        var t = 0
        while t < tokens.count {
            defer { t += 1 }
            let token = tokens[t]
            guard token.kind == .word else { continue }
            // Password words start with p, w, k, c, s or m, or end a compound in 'd' or 't'
            // ("wlanpasswort"): a cheap test before the word lists.
            let first = folded[token.range.lowerBound]
            let last = folded[token.range.upperBound - 1]
            guard
                first == 0x70 || first == 0x77 || first == 0x6B || first == 0x63 || first == 0x73 || first == 0x6D
                    || (token.range.count > 8 && (last == 0x64 || last == 0x74))
            else { continue }
            let isMotDePasse = Self.isMotDePasse(text, t)
            guard isMotDePasse || Self.passwordWords.matches(folded, token.range) else { continue }
            let keyEnd = isMotDePasse ? t + 2 : t
            let short = !isMotDePasse && Self.shortWords.matches(folded, token.range)
            if let hit = Self.value(text, after: keyEnd, short: short) {
                hits.append(hit)
            }
        }
    }

    /// A prefilter on the folded bytes: "pass", "pw", "wort", "woord", "mdp" or "ñ"
    /// ("contraseña") somewhere.
    static func mayHavePassword(_ folded: [UInt8]) -> Bool {
        folded.withUnsafeBufferPointer { hasPasswordStem($0, from: 0, to: $0.count) }
    }

    /// True when a password stem starts in `from..<to`.
    static func hasPasswordStem(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let n = b.count
        var i = from
        while i < to, i + 1 < n {
            switch b[i] {
            case 0x70:  // pw, pass
                if b[i + 1] == 0x77 || (i + 3 < n && b[i + 1] == 0x61 && b[i + 2] == 0x73 && b[i + 3] == 0x73) { return true }
            case 0x77:  // wort, woord
                if i + 3 < n, b[i + 1] == 0x6F, b[i + 2] == 0x72 || b[i + 2] == 0x6F, b[i + 3] == 0x74 || b[i + 3] == 0x72 {
                    return true
                }
            case 0x6D:  // mdp
                if i + 2 < n, b[i + 1] == 0x64, b[i + 2] == 0x70 { return true }
            case 0xC3:  // ñ
                if b[i + 1] == 0xB1 { return true }
            default: break
            }
            i += 1
        }
        return false
    }

    /// True when tokens t, t+1, t+2 read "mot de passe".
    static func isMotDePasse(_ text: AnalyzedText, _ t: Int) -> Bool {
        let tokens = text.tokens
        guard t + 2 < tokens.count else { return false }
        let f = text.folded.bytes
        return f[tokens[t].range].elementsEqual("mot".utf8) && f[tokens[t + 1].range].elementsEqual("de".utf8)
            && f[tokens[t + 2].range].elementsEqual("passe".utf8)
    }

    /// The password after the key word ending at token `key`: through qualifiers, a joining word
    /// or ':'/'=', then one value.
    static func value(_ text: AnalyzedText, after key: Int, short: Bool) -> ScanHit? {
        let tokens = text.tokens
        let folded = text.folded.bytes
        let origins = text.tokenOrigins()
        let bytes = text.bytes
        var t = key + 1
        var joined = false  // by a word
        var marked = false  // by ':' or '='
        var qualifiers = 0
        // "password's …" joins in the key token itself.
        let keyRange = tokens[key].range
        if keyRange.count > 2, folded[keyRange.upperBound - 1] == 0x73,
            folded[keyRange.upperBound - 2] == 0x27 || (keyRange.count > 4 && folded[keyRange.upperBound - 4] == 0xE2)
        {
            joined = !short
        }
        while !joined && !marked && t < tokens.count {
            let token = tokens[t]
            let range = token.range
            if token.kind == .punctuation || token.kind == .emoji {
                let b = folded[range.lowerBound]
                if b == 0x3A || b == 0x3D || b == 0x3E || (range.count == 3 && folded[range].elementsEqual("：".utf8))
                    || (range.count == 3 && folded[range].elementsEqual("→".utf8))
                {
                    marked = true
                } else if b == 0x28 || b == 0x29 || b == 0x2D {
                    // "(wifi)", "password - …"
                    if b == 0x2D && qualifiers == 0 { marked = true }
                } else {
                    return nil
                }
            } else if !short && joinWords.matches(folded, range) {
                joined = true
            } else if qualifiers < 4 && qualifierWords.matches(folded, range) || (qualifiers > 0 && qualifiers < 4) {
                qualifiers += 1
            } else {
                return nil
            }
            t += 1
        }
        guard joined || marked else { return nil }
        // After "is": an optional filler word and an optional ':'.
        var valueStart = t < tokens.count ? origins[t].lowerBound : bytes.count
        if t > 0 { valueStart = origins[t - 1].upperBound }
        if joined, t < tokens.count, fillerWords.matches(folded, tokens[t].range) {
            valueStart = origins[t].upperBound
        }
        var i = valueStart
        while i < bytes.count, NumBytes.isSpace(bytes[i]) || bytes[i] == 0x3A { i += 1 }
        guard i < bytes.count else { return nil }
        // An opening quote ends the value at its closing quote.
        let quote = openingQuote(bytes, at: i)
        let start = i + quote.count
        var end = start
        if quote.count > 0 {
            while end < bytes.count, !NumBytes.isSpace(bytes[end]), !isClosingQuote(bytes, at: end) { end += 1 }
        } else {
            while end < bytes.count, !NumBytes.isSpace(bytes[end]) { end += 1 }
            // Closing punctuation and quotes are not part of it; "!", "?", "#" and brackets may be.
            var trimmed = true
            while trimmed, end > start {
                trimmed = false
                if ".,;:\"'`".utf8.contains(bytes[end - 1]) {
                    end -= 1
                    trimmed = true
                } else if end - start >= 3, isClosingQuote(bytes, at: end - 3) {
                    end -= 3
                    trimmed = true
                } else if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xBB {  // »
                    end -= 2
                    trimmed = true
                } else if let open = opening(of: bytes[end - 1]), closesOutside(bytes, start..<end, open, before: key, in: text) {
                    end -= 1
                    trimmed = true
                }
            }
        }
        guard end - start >= 4, end - start <= 64 else { return nil }
        guard isPasswordLike(bytes, start..<end, joined: joined) else { return nil }
        return ScanHit(range: start..<end, entity: "PASSWORD")
    }

    /// The opening bracket of a closing one.
    static func opening(of b: UInt8) -> UInt8? {
        switch b {
        case 0x29: return 0x28
        case 0x5D: return 0x5B
        case 0x7D: return 0x7B
        default: return nil
        }
    }

    /// True when the closing bracket ending `value` closes a bracket opened before the password
    /// word on its line ("(wifi password: x7Kq!)"), not one inside the value ("pa(ss)").
    static func closesOutside(_ bytes: [UInt8], _ value: Range<Int>, _ open: UInt8, before key: Int, in text: AnalyzedText)
        -> Bool
    {
        let close = bytes[value.upperBound - 1]
        var depth = 0
        for i in value {
            if bytes[i] == open { depth += 1 } else if bytes[i] == close { depth -= 1 }
        }
        guard depth < 0 else { return false }
        var i = text.tokenOrigins()[key].lowerBound - 1
        let limit = max(0, i - 120)
        var balance = 0
        while i >= limit, bytes[i] != 0x0A {
            if bytes[i] == close {
                balance += 1
            } else if bytes[i] == open {
                if balance == 0 { return true }
                balance -= 1
            }
            i -= 1
        }
        return false
    }

    static func openingQuote(_ bytes: [UInt8], at i: Int) -> [UInt8] {
        let b = bytes[i]
        if b == 0x22 || b == 0x27 || b == 0x60 { return [b] }
        if i + 2 < bytes.count, b == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98 {
            return Array(bytes[i..<(i + 3)])
        }
        if i + 1 < bytes.count, b == 0xC2, bytes[i + 1] == 0xAB { return [0xC2, 0xAB] }  // «
        return []
    }

    static func isClosingQuote(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x22 || b == 0x60 { return true }
        if b == 0x27 { return i + 1 >= bytes.count || !NumBytes.isAlnum(bytes[i + 1]) }
        if i + 2 < bytes.count, b == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99 { return true }
        if i + 1 < bytes.count, b == 0xC2, bytes[i + 1] == 0xBB { return true }
        return false
    }

    /// Not an ordinary word: after a joining word ("is"), a value of letters only, lowercase or
    /// capitalized, reads as a word ("wrong", "Geheim"); after ':' or '=' only listed words do.
    static func isPasswordLike(_ bytes: [UInt8], _ range: Range<Int>, joined: Bool) -> Bool {
        let value = String(decoding: bytes[range], as: UTF8.self)
        if ordinaryWords.contains(value.lowercased()) { return false }
        var lettersOnly = true
        var upperAfterFirst = false
        var maskOnly = true
        for (k, b) in bytes[range].enumerated() {
            if !NumBytes.isLetter(b) && b < 0x80 && b != 0x27 { lettersOnly = false }
            if k > 0, NumBytes.isUpper(b) { upperAfterFirst = true }
            if b != 0x2A && b != 0x78 && b != 0x58 && b != 0x2E { maskOnly = false }
        }
        if maskOnly { return false }
        // A URL or an e-mail address is not the password itself.
        if value.contains("://") || looksLikeEmail(bytes, range) { return false }
        if lettersOnly && !upperAfterFirst { return !joined && range.count >= 6 }
        return true
    }

    /// Something '@' a domain with a dot ("me@example.com").
    static func looksLikeEmail(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let at = bytes[range].firstIndex(of: 0x40), at > range.lowerBound,
            let dot = bytes[range].lastIndex(of: 0x2E), dot > at + 1, range.upperBound - dot > 2
        else { return false }
        return bytes[(dot + 1)..<range.upperBound].allSatisfy(NumBytes.isLetter)
    }
}
