/// Shapes of a whole text that some rules are limited to.
public enum TextShape: String, Sendable, CaseIterable {
    /// A headline: one line of 3 to 30 words, one sentence, its longer words capitalized ("Title
    /// Case"), as a shared article's title reads. Clickbait cues measured on headlines (second
    /// person, hyperbole) are only cues there: in an ordinary post "you" and "amazing" are not.
    case headline
}

extension AnalyzedText {
    /// True when the text has `shape`.
    public func has(_ shape: TextShape) throws -> Bool {
        switch shape {
        case .headline: try isHeadline()
        }
    }

    private func isHeadline() throws -> Bool {
        if let cached = _headline { return cached }
        let result = try measureHeadline()
        _headline = result
        return result
    }

    private func measureHeadline() throws -> Bool {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        guard end - start <= 400, !bytes[start..<end].contains(0x0A) else { return false }
        // Links, mentions and hashtags around a shared title do not count as its words.
        let social = socialTokens().map(\.range)
        var words = 0
        var long = 0
        var capitalized = 0
        var shouted = 0
        var wordStarts: [Int] = []
        for origin in tokenOrigins() where origin.lowerBound >= start && origin.upperBound <= end {
            if social.contains(where: { $0.overlaps(origin) }) { continue }
            let (letters, upper, firstUpper) = LetterCount.of(bytes, in: origin)
            guard letters > 0 else { continue }
            words += 1
            wordStarts.append(origin.lowerBound)
            guard letters >= 4 else { continue }
            long += 1
            if firstUpper == true { capitalized += 1 }
            if upper == letters { shouted += 1 }
        }
        guard (3...30).contains(words), long >= 2 else { return false }
        // Most longer words capitalized, but not written all in capitals (that is shouting).
        guard Double(capitalized) >= 0.8 * Double(long), Double(shouted) < 0.5 * Double(long) else { return false }
        // One sentence: the counted words all fall in the same one.
        let sentences = try self.sentences()
        guard let first = sentences.firstIndex(where: { $0.contains(wordStarts[0]) }) else { return false }
        return sentences[first].contains(wordStarts[wordStarts.count - 1])
    }
}

/// Letters and capitals counted on UTF-8 bytes: ASCII without decoding, other scalars by their
/// Unicode properties (mathematical capitals count as capitals).
public enum LetterCount {
    /// The letters of `bytes[range]` (valid UTF-8), how many are capitals, and whether the first
    /// letter is one.
    public static func of(_ bytes: [UInt8], in range: Range<Int>) -> (letters: Int, upper: Int, firstUpper: Bool?) {
        var letters = 0
        var upper = 0
        var firstUpper: Bool?
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            let isLetter: Bool
            let isUpper: Bool
            if b < 0x80 {
                isUpper = b >= 0x41 && b <= 0x5A
                isLetter = isUpper || (b >= 0x61 && b <= 0x7A)
                i += 1
            } else {
                let scalar = UTF8Scalars.decode(bytes, at: i)
                i += UTF8Scalars.width(ofLead: b)
                isLetter = scalar.properties.isAlphabetic
                isUpper = isLetter && scalar.properties.isUppercase
            }
            guard isLetter else { continue }
            letters += 1
            if isUpper { upper += 1 }
            if firstUpper == nil { firstUpper = isUpper }
        }
        return (letters, upper, firstUpper)
    }
}
