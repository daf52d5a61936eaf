import FootprintText

extension BuiltinDetectors {
    /// People and routines: names, schools, absences.
    static let peopleDetectors: [String: any TextScanner] = [
        "person": PersonDetector(),
        "school": SchoolDetector(),
        "travel-absence": TravelAbsenceDetector(),
        "home-disclosure": HomeDisclosureDetector(),
        "child-disclosure": ChildDisclosureDetector(),
        "other-person": OtherPersonDetector(),
    ]
}
