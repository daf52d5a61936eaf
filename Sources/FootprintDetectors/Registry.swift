import FootprintText

/// The detectors Footprint ships, by the name rules use.
public enum BuiltinDetectors {
    /// Every detector, by name.
    public static let all: [String: any TextScanner] =
        ["email": EmailDetector()]
        .merging(numberDetectors) { a, _ in a }
        .merging(placeDetectors) { a, _ in a }
        .merging(peopleDetectors) { a, _ in a }

    /// The validators `pattern` rules can name.
    public static let validators: [String: any TextValidator] =
        ["luhn": LuhnValidator()]
        .merging(numberValidators) { a, _ in a }
}

/// E-mail addresses, from the text layer's social-token scanner.
public struct EmailDetector: TextScanner {
    /// An e-mail address detector.
    public init() {}

    /// Finds e-mail addresses among the text's social tokens.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        for token in text.socialTokens() where token.kind == .email {
            hits.append(ScanHit(range: token.range, entity: "EMAIL"))
        }
    }
}
