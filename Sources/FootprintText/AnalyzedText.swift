/// A post analyzed once into views that all map back to the original text.
///
/// The folded view and its tokens are built up front; the skeleton and de-obfuscated views,
/// sentences and social tokens on first use, so rules that do not need them cost nothing. Not
/// thread-safe (it shares its analyzer's ICU iterators).
public final class AnalyzedText {
    /// The original text, validated and repaired, as UTF-8. Every reported span indexes this.
    public let bytes: [UInt8]
    /// What validation found (replacements, NUL characters).
    public let validation: ValidatedUTF8
    /// NFKC_Casefold with default-ignorables removed.
    public let folded: TextView
    /// Word-break tokens of the folded view.
    public let tokens: [Token]

    private let analyzer: TextAnalyzer
    private var _skeleton: (view: TextView, tokens: [Token])?
    private var _deobfuscated: (view: TextView, tokens: [Token])?
    private var _social: [SocialToken]?
    private var _lines: LineIndex?
    private var _tokenOrigins: [Range<Int>]?
    private var _sentences: [Range<Int>]?
    /// Whether the text is shaped like a headline (see `TextShape`).
    var _headline: Bool?

    init(validated: ValidatedUTF8, folded: TextView, tokens: [Token], analyzer: TextAnalyzer) {
        self.bytes = validated.bytes
        self.validation = validated
        self.folded = folded
        self.tokens = tokens
        self.analyzer = analyzer
    }

    /// The original text as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// True when the original text is pure ASCII.
    public var isASCII: Bool { validation.isASCII }

    /// Warnings about the input itself (repaired UTF-8, NUL characters).
    public var warnings: [String] { validation.warnings }

    // MARK: Views

    /// The named view and its tokens.
    public func view(_ kind: ViewKind) throws -> (view: TextView, tokens: [Token]) {
        switch kind {
        case .folded: return (folded, tokens)
        case .skeleton: return try skeleton()
        case .deobfuscated: return try deobfuscated()
        }
    }

    /// The folded view with confusable look-alikes mapped to their prototypes. ASCII stays as it
    /// is; every other scalar takes its UTS #39 skeleton, lowercased, without combining marks.
    public func skeleton() throws -> (view: TextView, tokens: [Token]) {
        if let cached = _skeleton { return cached }
        let result: (view: TextView, tokens: [Token])
        if folded.isASCII {
            result = (folded, tokens)
        } else {
            // Built against the folded view, then composed with its map to the original.
            var out: [UInt8] = []
            out.reserveCapacity(folded.bytes.count)
            var builder = OffsetMapBuilder()
            var ascii = true
            let source = folded.bytes
            var i = 0
            while i < source.count {
                if source[i] < 0x80 {
                    let start = i
                    while i < source.count, source[i] < 0x80 { i += 1 }
                    out.append(contentsOf: source[start..<i])
                    builder.append(viewLength: i - start, origin: start..<i, exact: true)
                    continue
                }
                let end = min(i + UTF8Scalars.width(ofLead: source[i]), source.count)
                let scalar = UTF8Scalars.decode(source, at: i)
                let skeleton = analyzer.skeletons.skeleton(of: scalar)
                out.append(contentsOf: skeleton)
                if skeleton.contains(where: { $0 >= 0x80 }) { ascii = false }
                builder.append(viewLength: skeleton.count, origin: i..<end, exact: false)
                i = end
            }
            let map = builder.build(originLength: source.count).composed(with: folded.map)
            let view = TextView(bytes: out, map: map, isASCII: ascii)
            result = (view, try analyzer.tokenize(view))
        }
        _skeleton = result
        return result
    }

    /// The folded view with leetspeak, stretched letters and split letters undone.
    public func deobfuscated() throws -> (view: TextView, tokens: [Token]) {
        if let cached = _deobfuscated { return cached }
        let view = Deobfuscator.deobfuscate(folded)
        let result = (view, try analyzer.tokenize(view))
        _deobfuscated = result
        return result
    }

    // MARK: Segments

    /// Sentences of the original text (ICU sentence break), as byte ranges.
    public func sentences() throws -> [Range<Int>] {
        if let cached = _sentences { return cached }
        var result: [Range<Int>] = []
        var start = 0
        try bytes.withUnsafeBufferPointer { buffer in
            try analyzer.sentences.segment(buffer) { end, _ in
                result.append(start..<end)
                start = end
            }
        }
        _sentences = result
        return result
    }

    /// URLs, e-mail addresses, @mentions and #hashtags of the original text.
    public func socialTokens() -> [SocialToken] {
        if let cached = _social { return cached }
        let result = SocialTokenScanner.scan(bytes)
        _social = result
        return result
    }

    /// Original byte range of each token of the folded view (`tokens`).
    public func tokenOrigins() -> [Range<Int>] {
        if let cached = _tokenOrigins { return cached }
        let result = tokens.map { folded.originalRange(of: $0.range) }
        _tokenOrigins = result
        return result
    }

    /// Indices of the folded-view tokens that overlap an original byte range (empty when none).
    public func tokenIndices(overlapping range: Range<Int>) -> Range<Int> {
        let origins = tokenOrigins()
        var low = 0
        var high = origins.count
        while low < high {  // first token ending after range.lowerBound
            let mid = (low + high) / 2
            if origins[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < origins.count, origins[end].lowerBound < max(range.upperBound, range.lowerBound + 1) { end += 1 }
        return low..<end
    }

    /// Index of the sentence holding an original byte offset.
    public func sentenceIndex(ofByte offset: Int) throws -> Int {
        let sentences = try sentences()
        var low = 0
        var high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    // MARK: Positions

    /// The position of a byte offset of the original text.
    public func position(ofByte offset: Int) -> TextPosition {
        let lines = _lines ?? LineIndex(bytes)
        _lines = lines
        return lines.position(ofByte: offset, in: bytes)
    }

    /// The original text of a byte range.
    public func text(of range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// The text of a token of a view.
    public func text(of token: Token, in view: TextView) -> String {
        String(decoding: view.bytes[token.range], as: UTF8.self)
    }
}
