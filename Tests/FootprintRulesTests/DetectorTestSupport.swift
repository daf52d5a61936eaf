import FootprintText
import Testing

/// What a detector finds in `text`, as the original text of each hit, in order.
func scanned(_ scanner: some TextScanner, _ text: String) throws -> [String] {
    let analyzed = try TextAnalyzer().analyze(text)
    var hits: [ScanHit] = []
    scanner.scan(analyzed, into: &hits)
    return hits.map { analyzed.text(of: $0.range) }
}

/// A post and what a detector should find in it.
struct DetectorCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]

    init(_ text: String, _ expected: String...) {
        self.text = text
        self.expected = expected
    }

    var testDescription: String { text.debugDescription }
}
