/// Something a Swift detector found: a span of the original text.
public struct ScanHit: Sendable, Equatable {
    /// Byte range in the original text.
    public var range: Range<Int>
    /// The kind of data found, when the detector knows better than its rule (PHONE vs EMAIL).
    public var entity: String?
    /// The detector's own confidence, when it has one (a checksum passed: high).
    public var confidence: Double?

    /// A hit at byte `range` of the original text, with the detector's entity and confidence when
    /// it has them.
    public init(range: Range<Int>, entity: String? = nil, confidence: Double? = nil) {
        self.range = range
        self.entity = entity
        self.confidence = confidence
    }
}

/// A detector written in Swift, found by name from a rule of kind `detector`.
public protocol TextScanner: Sendable {
    /// Appends what it finds in `text` to `hits`.
    func scan(_ text: AnalyzedText, into hits: inout [ScanHit])
}

/// A check a `pattern` rule's match must pass, found by name (a checksum, a plausible date…).
public protocol TextValidator: Sendable {
    /// True when `match` (the matched text of the original) is valid.
    func isValid(_ match: String) -> Bool
}
