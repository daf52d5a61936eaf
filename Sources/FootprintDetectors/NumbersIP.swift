import FootprintText

/// IP addresses: IPv4 dotted quads with octets up to 255 (no leading zeros), not part of a longer
/// dotted run and not a version string ("version 1.2.10.4", "v1.2.3.4", "iOS 5.9.1.2"); IPv6 in
/// full (eight groups) and compressed ("::") forms, with an embedded IPv4 tail.
public struct IPAddressDetector: TextScanner {
    /// An IP address detector.
    public init() {}

    /// Words that make a dotted quad a version, build or section number.
    static let versionWords = NumberWords([
        "version", "versions", "ver", "v", "vers", "build", "builds", "release", "released", "firmware", "fw", "update",
        "updated", "updating", "upgrade", "upgraded", "upgrading", "downgrade", "downgraded", "patch", "patched", "ios",
        "ipados", "macos", "osx", "android", "windows", "win", "kernel", "linux", "chrome", "chromium", "firefox",
        "safari", "driver", "drivers", "bios", "uefi", "rev", "revision", "section", "chapter", "clause", "sdk", "apk",
        "python", "java", "runtime", "npm", "pip", "gradle", "plugin", "beta", "alpha", "rc", "changelog", "hotfix",
        "versie", "versión", "versao", "versão", "versione", "fassung", "jour", "actualización", "aktualisiert",
        "bijgewerkt", "paragraph", "§", "article", "art",
    ])

    /// Words that make it an address even next to a version word.
    static let addressWords = NumberWords([
        "ip", "ips", "ipv4", "ipv6", "address", "addr", "server", "host", "hostname", "ping", "ssh", "router", "vpn",
        "dns", "gateway", "proxy", "connect", "connected", "connecting", "adresse", "adres", "dirección", "direccion",
        "lan", "wan", "subnet", "nas", "rdp", "vnc", "telnet", "ftp", "sftp", "endpoint", "whitelist", "allowlist",
        "blocklist", "blacklist", "firewall", "static",
    ])

    /// Finds IPv4 and IPv6 addresses that stand alone; a dotted quad after a version word ("v",
    /// "build", "iOS") counts only when an address word stands nearer.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        text.bytes.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = 0
            // Every address holds a digit or a ':': go from one to the next.
            while i < n {
                i = NumberSkip.firstDigit(bytes, or: 0x3A, from: i)
                guard i < n else { break }
                // Back to the start of its group of up to four hex digits, or of a leading "::".
                var start = i
                while start > 0, i - start < 4, NumBytes.isHex(bytes[start - 1]) { start -= 1 }
                if start == i, bytes[i] == 0x3A, i > 0, bytes[i - 1] == 0x3A { start -= 1 }
                var end = i + 1
                while end < n, NumBytes.isAlnum(bytes[end]) { end += 1 }
                i = end
                guard
                    start == 0 || !(NumBytes.isWordByte(bytes[start - 1]) || bytes[start - 1] == 0x3A || bytes[start - 1] == 0x2E)
                else { continue }
                if let ipEnd = Self.ipv6(bytes, at: start) {
                    hits.append(ScanHit(range: start..<ipEnd, entity: "IP_ADDRESS"))
                    i = max(i, ipEnd)
                } else if NumBytes.isDigit(bytes[start]), let ipEnd = Self.ipv4(bytes, at: start),
                    NumberBoundary.clearAfter(bytes, ipEnd, joiners: .dot)
                {
                    if !isVersion(text, start) { hits.append(ScanHit(range: start..<ipEnd, entity: "IP_ADDRESS")) }
                    i = max(i, ipEnd)
                }
            }
        }
    }

    /// True when the words just before `start` make a dotted quad a version number.
    func isVersion(_ text: AnalyzedText, _ start: Int) -> Bool {
        guard let versionAt = NumberContext.wordBefore(text, start, within: 3, Self.versionWords) else { return false }
        guard let addressAt = NumberContext.wordBefore(text, start, within: 3, Self.addressWords) else { return true }
        return versionAt > addressAt  // the nearer word decides
    }

    /// The end of a dotted quad starting at `start`, or nil.
    static func ipv4(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let n = bytes.count
        var i = start
        for part in 0..<4 {
            if part > 0 {
                guard i < n, bytes[i] == 0x2E else { return nil }
                i += 1
            }
            let first = i
            var value = 0
            while i < n, NumBytes.isDigit(bytes[i]), i - first < 4 {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            let digits = i - first
            guard digits >= 1, digits <= 3, value <= 255, digits == 1 || bytes[first] != 0x30 else { return nil }
        }
        if i < n, NumBytes.isWordByte(bytes[i]) { return nil }
        return i
    }

    /// The end of an IPv6 address starting at `start`, or nil.
    static func ipv6(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let n = bytes.count
        var i = start
        var groups = 0
        var compressed = false
        var hexDigits = 0
        var hasDecimal = false
        if i + 1 < n, bytes[i] == 0x3A, bytes[i + 1] == 0x3A {
            compressed = true
            i += 2
        } else if bytes[i] == 0x3A {
            return nil
        }
        while i < n {
            let first = i
            while i < n, NumBytes.isHex(bytes[i]), i - first < 5 { i += 1 }
            let length = i - first
            if length == 0 { break }
            if i < n, bytes[i] == 0x2E, groups <= 6 {
                // An IPv4 tail ("::ffff:192.0.2.1") takes the place of two groups.
                guard groups >= 1 || compressed, let end = ipv4(bytes, at: first) else { return nil }
                groups += 2
                hasDecimal = true
                hexDigits += 4
                i = end
                break
            }
            guard length <= 4 else { return nil }
            for k in first..<i where NumBytes.isDigit(bytes[k]) { hasDecimal = true }
            hexDigits += length
            groups += 1
            guard i + 1 < n, bytes[i] == 0x3A else { break }
            if bytes[i + 1] == 0x3A {
                if compressed { return nil }
                compressed = true
                i += 2
                if i >= n || !NumBytes.isHex(bytes[i]) { break }
            } else if NumBytes.isHex(bytes[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        if i < n, NumBytes.isWordByte(bytes[i]) || bytes[i] == 0x3A && i + 1 < n && NumBytes.isHex(bytes[i + 1]) { return nil }
        if compressed {
            // "::1" and "a::b" are too little to be anyone's address; "dead::beef" is a word game.
            guard groups >= 2, groups <= 7, hexDigits >= 5, hasDecimal else { return nil }
        } else {
            guard groups == 8 else { return nil }
        }
        return i
    }
}

/// An IP address (`pattern` rules): IPv4 (four octets up to 255 without leading zeros) or IPv6.
public struct IPAddressValidator: TextValidator {
    /// An IP address validator.
    public init() {}

    /// True when the whole of `match` is an IPv4 address or an IPv6 address.
    public func isValid(_ match: String) -> Bool {
        let bytes = Array(match.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            if let end = IPAddressDetector.ipv4(buffer, at: 0), end == buffer.count { return true }
            if let end = IPAddressDetector.ipv6(buffer, at: 0), end == buffer.count { return true }
            return false
        }
    }
}
