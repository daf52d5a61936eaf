import FootprintText

/// The terms of a lexicon rule with `on: domains`, looked up by host: "example.com" matches a
/// link to example.com or any of its subdomains; "example.com/page" only links under that path
/// (one site on a shared host such as a social network). "!sub.example.com" keeps a subdomain
/// from matching its listed parent.
struct DomainTable: Sendable {
    struct Entry: Sendable {
        /// Lowercased path without its leading '/', nil for the whole host.
        var path: String?
        var severity: Severity?
        /// A "!" entry: links here are not reported, whatever their parent domain.
        var excluded: Bool
    }

    private var byHost: [String: [Entry]] = [:]

    /// The table of `terms`, or the terms that are not domain names.
    init(terms: [Term]) throws(DomainTermErrors) {
        var invalid: [String] = []
        for term in terms {
            guard let (host, path, excluded) = Self.split(term.text) else {
                invalid.append(term.text)
                continue
            }
            byHost[host, default: []].append(Entry(path: path, severity: term.severity, excluded: excluded))
        }
        guard invalid.isEmpty else { throw DomainTermErrors(terms: invalid) }
    }

    /// A term's host and path: "https://www.Example.com/Page/" is ("example.com", "page"); a
    /// leading "!" marks an exclusion.
    static func split(_ term: String) -> (host: String, path: String?, excluded: Bool)? {
        var utf8 = Array(term.utf8)
        if utf8.allSatisfy({ $0 < 0x80 }) { return splitASCII(&utf8) }
        var text = Substring(term.lowercased())
        let excluded = text.hasPrefix("!")
        if excluded { text = text.dropFirst() }
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        if text.hasPrefix("www.") { text = text.dropFirst(4) }
        while text.hasSuffix("/") { text = text.dropLast() }
        let slash = text.firstIndex(of: "/")
        let host = slash.map { text[..<$0] } ?? text
        let path = slash.map { String(text[text.index(after: $0)...]) }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2,
            labels.allSatisfy({ label in
                !label.isEmpty && label.first != "-" && label.last != "-"
                    && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            })
        else { return nil }
        if let path, path.isEmpty || path.contains(where: { $0 == " " || $0 == "?" || $0 == "#" }) { return nil }
        return (String(host), path, excluded)
    }

    /// `split` for an ASCII term, on its bytes (lists hold thousands of domains).
    private static func splitASCII(_ b: inout [UInt8]) -> (host: String, path: String?, excluded: Bool)? {
        for k in b.indices where b[k] &- 0x41 < 26 { b[k] |= 0x20 }
        var start = 0
        var end = b.count
        let excluded = b.first == UInt8(ascii: "!")
        if excluded { start += 1 }
        func has(_ prefix: String) -> Bool { b[start..<end].starts(with: prefix.utf8) }
        for prefix in ["https://", "http://"] where has(prefix) { start += prefix.utf8.count }
        if has("www.") { start += 4 }
        while end > start, b[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let slash = b[start..<end].firstIndex(of: UInt8(ascii: "/"))
        let hostEnd = slash ?? end
        let host = b[start..<hostEnd]
        var labels = 0
        var labelStart = start
        for k in start...hostEnd {
            guard k == hostEnd || b[k] == UInt8(ascii: ".") else {
                let c = b[k]
                guard c &- 0x61 < 26 || c &- 0x30 < 10 || c == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard k > labelStart, b[labelStart] != UInt8(ascii: "-"), b[k - 1] != UInt8(ascii: "-") else { return nil }
            labels += 1
            labelStart = k + 1
        }
        guard labels >= 2 else { return nil }
        var path: String?
        if let slash {
            let rest = b[(slash + 1)..<end]
            if rest.isEmpty || rest.contains(where: { $0 == 0x20 || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
                return nil
            }
            path = String(decoding: rest, as: UTF8.self)
        }
        return (String(decoding: host, as: UTF8.self), path, excluded)
    }

    /// Links of `text` to a listed domain: the span of the host (and the listed path), with the
    /// term's severity. The most specific entry wins: a listed path, then the longest host.
    func matches(in text: AnalyzedText) -> [(range: Range<Int>, severity: Severity?)] {
        var found: [(range: Range<Int>, severity: Severity?)] = []
        for token in text.socialTokens() where token.kind == .url {
            guard let host = token.host, let link = Self.locate(host: host, in: text.bytes, token.range) else { continue }
            var name = Substring(host)
            if name.hasPrefix("www.") { name = name.dropFirst(4) }
            var best: (range: Range<Int>, severity: Severity?)?
            var settled = false
            search: while name.contains(".") {
                if let entries = byHost[String(name)] {
                    let nameStart = link.host.upperBound - name.utf8.count
                    for entry in entries where entry.path != nil {
                        guard let path = entry.path, let end = Self.pathEnd(path, link.path, in: text.bytes) else { continue }
                        if !entry.excluded { best = (nameStart..<end, entry.severity) }
                        break search
                    }
                    if !settled, let whole = entries.first(where: { $0.path == nil }) {
                        // The most specific host decides; a listed path below it still may match.
                        if !whole.excluded { best = (nameStart..<link.host.upperBound, whole.severity) }
                        settled = true
                    }
                }
                guard let dot = name.firstIndex(of: ".") else { break }
                name = name[name.index(after: dot)...]
            }
            if let best { found.append(best) }
        }
        return found
    }

    /// Where a URL token's host and path stand in the text.
    private static func locate(host: String, in bytes: [UInt8], _ range: Range<Int>) -> (host: Range<Int>, path: Range<Int>)? {
        var i = range.lowerBound
        // Scheme and user info end at the last '@' or "//" before the host.
        if let slashes = (i..<min(range.upperBound, i + 10)).first(where: {
            $0 + 1 < range.upperBound && bytes[$0] == UInt8(ascii: "/") && bytes[$0 + 1] == UInt8(ascii: "/")
        }) {
            i = slashes + 2
        }
        var authorityEnd = i
        while authorityEnd < range.upperBound,
            ![UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[authorityEnd])
        {
            authorityEnd += 1
        }
        if let at = bytes[i..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) { i = at + 1 }
        let hostEnd = i + host.utf8.count
        guard hostEnd <= authorityEnd else { return nil }
        return (i..<hostEnd, authorityEnd..<range.upperBound)
    }

    /// The end of `path` when the link's path starts with it on a segment boundary.
    private static func pathEnd(_ path: String, _ link: Range<Int>, in bytes: [UInt8]) -> Int? {
        let wanted = Array(path.utf8)
        guard link.count > wanted.count, bytes[link.lowerBound] == UInt8(ascii: "/") else { return nil }
        let start = link.lowerBound + 1
        for (k, byte) in wanted.enumerated() {
            let b = bytes[start + k]
            guard (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == byte else { return nil }
        }
        let end = start + wanted.count
        guard end == link.upperBound || [UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[end]) else {
            return nil
        }
        return end
    }
}

/// Terms of an `on: domains` rule that are not domain names.
struct DomainTermErrors: Error {
    var terms: [String]
}
