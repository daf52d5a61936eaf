import FootprintText

/// The Luhn checksum of card and other identification numbers: 12 to 19 digits, spaces and
/// hyphens ignored.
public struct LuhnValidator: TextValidator {
    /// A Luhn validator.
    public init() {}

    /// True when `match` is 12 to 19 ASCII digits, with any spaces and hyphens, and its Luhn check
    /// digit is valid.
    public func isValid(_ match: String) -> Bool {
        var sum = 0
        var count = 0
        for character in match.reversed() {
            if character == " " || character == "-" { continue }
            guard let digit = character.wholeNumberValue, character.isASCII else { return false }
            sum += count % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit
            count += 1
        }
        return (12...19).contains(count) && sum % 10 == 0
    }
}
