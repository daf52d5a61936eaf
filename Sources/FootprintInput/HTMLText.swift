/// Plain text from the small HTML that exports hold (Mastodon's `content`, X's entity-escaped
/// `full_text`): tags dropped, line and paragraph breaks kept as newlines, character references
/// decoded.
public enum HTMLText {
    /// The text of an HTML fragment: `<br>` is a newline, a paragraph end a blank line, other
    /// tags vanish (a link's text stays), references are decoded.
    public static func text(ofHTML html: String) -> String {
        var out = ""
        var tag = ""
        var inTag = false
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    var name = Substring(tag.lowercased())
                    if let end = name.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) { name = name[..<end] }
                    while name.hasSuffix("/") { name = name.dropLast() }
                    if name == "br" { out += "\n" }
                    if name == "/p" { out += "\n\n" }
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                inTag = true
                tag = ""
            } else {
                out.append(character)
            }
        }
        // A '<' that never closed was text, not a tag.
        if inTag { out += "<" + tag }
        while out.hasSuffix("\n") { out.removeLast() }
        return decodeEntities(out)
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, `&#39;`, `&#x1F600;` and the like
    /// decoded; an unknown or malformed reference stays as written.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                out.append(character)
                index = text.index(after: index)
                continue
            }
            let name = text[text.index(after: index)..<semicolon]
            if let decoded = decode(name) {
                out.unicodeScalars.append(decoded)
                index = text.index(after: semicolon)
            } else {
                out.append(character)
                index = text.index(after: index)
            }
        }
        return out
    }

    private static let named: [Substring: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "hellip": "\u{2026}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}",
    ]

    private static func decode(_ name: Substring) -> Unicode.Scalar? {
        if let scalar = named[name] { return scalar }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        // NUL and surrogates are not characters; keep the reference as written.
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return scalar
    }
}

/// Facebook, Instagram and Threads exports store each UTF-8 byte of a text as its own `\u00XX`
/// character ("cafÃ©" for "café"). `repaired` undoes that when, and only when, the text reads as
/// such: every character below U+0100, some at U+0080 or above, and those bytes valid UTF-8.
public enum Mojibake {
    /// The text its characters spell as UTF-8 bytes, or `text` unchanged when it does not read as
    /// mojibake.
    public static func repaired(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        var high = false
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFF else { return text }
            if scalar.value >= 0x80 { high = true }
            bytes.append(UInt8(scalar.value))
        }
        guard high, let decoded = String(validating: bytes, as: UTF8.self) else { return text }
        return decoded
    }
}
