import FootprintText

extension BuiltinDetectors {
    /// Contact and whereabouts: phones, addresses, coordinates, dates of birth, documents, plates, trips.
    static let placeDetectors: [String: any TextScanner] = [
        "phone": PhoneDetector(),
        "street-address": StreetAddressDetector(),
        "gps-coordinates": GPSCoordinateDetector(),
        "date-of-birth": DateOfBirthDetector(),
        "passport": DocumentDetector(.passport),
        "driver-license": DocumentDetector(.driverLicense),
        "license-plate": DocumentDetector(.licensePlate),
        "booking-reference": DocumentDetector(.bookingReference),
        "boarding-pass": BoardingPassDetector(),
    ]
}
