/// Analyzes posts into `AnalyzedText`. Holds the ICU iterators and caches, so it is not
/// thread-safe: make one per worker and reuse it for every post.
public final class TextAnalyzer {
    let words: ICUBreaker
    let sentences: ICUBreaker
    let folder: ICUFolder
    let skeletons: ICUSkeletons

    /// Opens the ICU word and sentence break iterators, normalizer and spoof checker; throws
    /// `ICUError` when ICU cannot open one.
    public init() throws {
        words = try ICUBreaker(sentences: false)
        sentences = try ICUBreaker(sentences: true)
        folder = try ICUFolder()
        skeletons = try ICUSkeletons()
    }

    /// Analyzes raw bytes: validates UTF-8 (repairing it) and builds the folded view and tokens.
    /// Other views are built on first use.
    public func analyze(bytes: [UInt8]) throws -> AnalyzedText {
        let validated = ValidatedUTF8(bytes)
        let folded: TextView
        if validated.isASCII {
            folded = TextView(
                bytes: Self.asciiLowercased(validated.bytes), map: .identity(length: validated.bytes.count), isASCII: true)
        } else {
            folded = try folder.fold(validated.bytes)
        }
        let tokens = try tokenize(folded)
        return AnalyzedText(validated: validated, folded: folded, tokens: tokens, analyzer: self)
    }

    /// Analyzes a Swift string.
    public func analyze(_ text: String) throws -> AnalyzedText {
        try analyze(bytes: Array(text.utf8))
    }

    static func asciiLowercased(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        out.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices where buffer[i] &- 65 < 26 { buffer[i] |= 0x20 }
        }
        return out
    }

    // MARK: Tokens

    /// Word-break segments of a view, whitespace dropped. Stretches of pure ASCII between
    /// whitespace go through `ASCIIWordBreaker`; the rest goes through ICU (dictionary-based for
    /// Thai, Japanese, Chinese…).
    func tokenize(_ view: TextView) throws -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(view.bytes.count / 5 + 1)
        try view.bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            guard n > 0 else { return }
            if view.isASCII {
                Self.appendSegments(ASCII: buffer, offset: 0, into: &tokens)
                return
            }
            // Split at ASCII whitespace into chunks; a chunk with any non-ASCII byte goes to ICU
            // together with its non-ASCII neighbours.
            var regionStart = 0
            var regionIsASCII = true
            var chunkStart = 0
            var chunkIsASCII = true
            var i = 0
            func flush(_ end: Int) throws {
                guard end > regionStart else { return }
                let slice = UnsafeBufferPointer(rebasing: buffer[regionStart..<end])
                if regionIsASCII {
                    Self.appendSegments(ASCII: slice, offset: regionStart, into: &tokens)
                } else {
                    try appendSegments(ICU: slice, offset: regionStart, into: &tokens)
                }
            }
            while i <= n {
                let atEnd = i == n
                let b: UInt8 = atEnd ? 0x20 : buffer[i]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || atEnd {
                    if chunkStart < i {
                        // A chunk ended: if its kind differs from the region's, start a new region.
                        if chunkIsASCII != regionIsASCII {
                            try flush(chunkStart)
                            regionStart = chunkStart
                            regionIsASCII = chunkIsASCII
                        }
                    }
                    chunkStart = i + 1
                    chunkIsASCII = true
                } else if b >= 0x80 {
                    chunkIsASCII = false
                }
                i += 1
            }
            try flush(n)
        }
        return tokens
    }

    private static func appendSegments(ASCII slice: UnsafeBufferPointer<UInt8>, offset: Int, into tokens: inout [Token]) {
        var start = 0
        ASCIIWordBreaker.segment(slice) { end, status in
            if let kind = tokenKind(slice, start, end, status) {
                tokens.append(Token(range: (offset + start)..<(offset + end), kind: kind))
            }
            start = end
        }
    }

    private func appendSegments(ICU slice: UnsafeBufferPointer<UInt8>, offset: Int, into tokens: inout [Token]) throws {
        var start = 0
        try words.segment(slice) { end, status in
            if let kind = Self.tokenKind(slice, start, end, status) {
                tokens.append(Token(range: (offset + start)..<(offset + end), kind: kind))
            }
            start = end
        }
    }

    /// Classifies a segment by ICU rule status; nil for whitespace.
    private static func tokenKind(_ slice: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ status: Int32) -> TokenKind? {
        if status >= 200 { return .word }
        if status >= 100 {
            // NOTE: ICU gives "covid19" a number status (its last rule was letter × digit).
            for k in start..<end where slice[k] >= 0x80 || (slice[k] | 0x20) &- 0x61 < 26 { return .word }
            return .number
        }
        let first = slice[start]
        if first < 0x80 {
            if first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D || first == 0x0B || first == 0x0C {
                return nil
            }
            return .punctuation
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: slice[start..<end]), as: UTF8.self)
        var sawSpace = true
        for scalar in text.unicodeScalars {
            let p = scalar.properties
            if isEmoji(scalar) {
                return .emoji
            }
            if !p.isWhitespace { sawSpace = false }
        }
        return sawSpace ? nil : .punctuation
    }
}
