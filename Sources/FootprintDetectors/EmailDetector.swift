import FootprintText

/// E-mail addresses, from the text layer's social-token scanner.
public struct EmailDetector: TextScanner {
    public init() {}

    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        for token in text.socialTokens() where token.kind == .email {
            hits.append(ScanHit(range: token.range, entity: "EMAIL"))
        }
    }
}

/// The detectors Footprint ships, by the name rules use.
public enum BuiltinDetectors {
    public static let all: [String: any TextScanner] = [
        "email": EmailDetector()
    ]

    /// The validators `pattern` rules can name.
    public static let validators: [String: any TextValidator] = [
        "luhn": LuhnValidator()
    ]
}
