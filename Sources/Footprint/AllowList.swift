import FootprintRules

/// Words and phrases never flagged (`allow` in `.footprint.yml`).
///
/// A finding is dropped when its matched text equals an entry, or when its span lies inside an
/// occurrence of a multi-word entry in the post: with "Dick Van Dyke" allowed, "Dick" in "Dick Van
/// Dyke" is not flagged, while "Dick" elsewhere still is. Both sides are compared folded:
/// lowercased, with every run of whitespace read as one space and none at either end. A phrase
/// occurs only as whole words (not inside "Dick Van Dykes").
public struct AllowList: Sendable {
    /// The entries as written.
    public let entries: [String]
    /// Every entry, folded.
    private let folded: Set<String>
    /// The multi-word entries, folded, as scalars.
    private let phrases: [[Unicode.Scalar]]

    /// Creates the list of `entries`, as written in the configuration.
    public init(_ entries: [String]) {
        self.entries = entries
        let folded = entries.map(Self.fold).filter { !$0.isEmpty }
        self.folded = Set(folded)
        self.phrases = Set(folded.filter { $0.contains(" ") }).sorted().map { Array($0.unicodeScalars) }
    }

    /// True when nothing is allowed, so filtering can be skipped.
    public var isEmpty: Bool { folded.isEmpty }

    /// `text` lowercased, with each run of whitespace as one space and none at either end.
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        FoldedScalar.fold(Array(text.utf8)) { result.append($0.scalar) }
        return String(result)
    }

    /// The findings that no entry allows. `text` is the post the findings' byte ranges index
    /// (valid UTF-8, as `AnalyzedText.bytes`).
    public func filter(_ findings: [Finding], text: [UInt8]) -> [Finding] {
        guard !isEmpty, !findings.isEmpty else { return findings }
        var occurrences: [Range<Int>]?
        return findings.filter { finding in
            if folded.contains(Self.fold(finding.match)) { return false }
            guard !phrases.isEmpty else { return true }
            let found = occurrences ?? phraseOccurrences(in: text)
            occurrences = found
            return !found.contains { $0.lowerBound <= finding.range.lowerBound && finding.range.upperBound <= $0.upperBound }
        }
    }

    /// Byte ranges of `text` (valid UTF-8) where a multi-word entry occurs as whole words, in order.
    public func phraseOccurrences(in text: [UInt8]) -> [Range<Int>] {
        guard let longest = phrases.map(\.count).max() else { return [] }
        // NOTE: the folded text streams through a window of the longest phrase and one unit before
        // it, so that memory stays flat however long the post is.
        var window: [FoldedScalar] = []
        window.reserveCapacity(longest + 1)
        var result: [Range<Int>] = []
        func matchEnding(before next: Unicode.Scalar?) {
            guard let last = window.last else { return }
            for phrase in phrases where phrase.count <= window.count && phrase.last == last.scalar {
                let start = window.count - phrase.count
                guard zip(window[start...], phrase).allSatisfy({ $0.scalar == $1 }) else { continue }
                if start > 0, let first = phrase.first, FoldedScalar.isWordScalar(first),
                    FoldedScalar.isWordScalar(window[start - 1].scalar)
                {
                    continue
                }
                if let next, FoldedScalar.isWordScalar(last.scalar), FoldedScalar.isWordScalar(next) { continue }
                result.append(window[start].source.lowerBound..<last.source.upperBound)
            }
        }
        FoldedScalar.fold(text) { unit in
            matchEnding(before: unit.scalar)
            if window.count == longest + 1 { window.removeFirst() }
            window.append(unit)
        }
        matchEnding(before: nil)
        return result.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }
}

/// One scalar of folded text and the bytes of the original it came from.
private struct FoldedScalar {
    var scalar: Unicode.Scalar
    var source: Range<Int>

    /// Lowercases valid UTF-8 scalar by scalar and reads each run of whitespace as one space
    /// (none at either end), passing on every output scalar with its origin.
    static func fold(_ bytes: [UInt8], _ body: (FoldedScalar) -> Void) {
        var offset = 0
        var pendingSpace: Range<Int>?
        var started = false
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let value): scalar = value
            case .error: scalar = "\u{FFFD}"
            case .emptyInput: return
            }
            let width = UTF8.width(scalar)
            let source = offset..<(offset + width)
            offset += width
            if scalar.properties.isWhitespace {
                if pendingSpace == nil { pendingSpace = source }
                continue
            }
            if let space = pendingSpace {
                if started { body(FoldedScalar(scalar: " ", source: space)) }
                pendingSpace = nil
            }
            started = true
            if scalar.isASCII {
                let value = scalar.value
                body(
                    FoldedScalar(
                        scalar: (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar, source: source))
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    body(FoldedScalar(scalar: lower, source: source))
                }
            }
        }
    }

    /// Letters, marks and digits: what may not touch a phrase occurrence on either side.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
