import FootprintText

extension BuiltinDetectors {
    /// People and routines: names, schools, absences.
    static let peopleDetectors: [String: any TextScanner] = [:]
}
