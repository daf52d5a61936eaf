import FootprintText

extension BuiltinDetectors {
    /// Identifiers, accounts and secrets: cards, national ids, IBANs, IP addresses, wallets, keys.
    static let numberDetectors: [String: any TextScanner] = [:]
    /// Validators `pattern` rules can name.
    static let numberValidators: [String: any TextValidator] = [:]
}
