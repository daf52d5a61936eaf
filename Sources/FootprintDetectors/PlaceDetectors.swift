import FootprintText

extension BuiltinDetectors {
    /// Contact and whereabouts: phones, addresses, coordinates, dates of birth, documents, plates, trips.
    static let placeDetectors: [String: any TextScanner] = [:]
}
