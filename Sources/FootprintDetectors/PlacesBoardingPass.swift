import FootprintText

/// IATA bar-coded boarding pass strings (Resolution 792, BCBP type M): format code 'M', the number
/// of legs, the passenger name with '/', the e-ticket indicator, the PNR, from and to airports,
/// the carrier, the flight number, the Julian date of the flight (001–366), the compartment, the
/// seat, the check-in sequence and the passenger status, then the size of the conditional section.
/// Fields may be padded with spaces as in the bar code or written with single spaces.
public struct BoardingPassDetector: TextScanner {
    /// A boarding pass detector.
    public init() {}

    /// Finds boarding pass strings: "M1" to "M4" and a capital letter, not after a word character,
    /// that parse through the passenger status and the conditional section.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        let bytes = text.bytes
        var i = 0
        let n = bytes.count
        while i + 2 < n {
            if bytes[i] == 0x4D, (0x31...0x34).contains(bytes[i + 1]), PlaceBytes.isUpper(bytes[i + 2]),
                !PlaceBytes.wordCharBefore(bytes, i), let end = Self.parse(bytes, at: i)
            {
                hits.append(ScanHit(range: i..<end, entity: "BOARDING_PASS"))
                i = end
                continue
            }
            i += 1
        }
    }

    /// The end of a boarding-pass string that starts at `start` ("M1…"), or nil.
    public static func parse(_ bytes: [UInt8], at start: Int) -> Int? {
        var p = start + 2
        // Surname, '/', given names: at most 20 characters in the bar code.
        let surname = upperRun(bytes, p, extra: true)
        guard surname > 0 else { return nil }
        p += surname
        guard PlaceBytes.at(bytes, p) == 0x2F else { return nil }
        p += 1
        p += upperRun(bytes, p, extra: true)
        var nameEnd = p
        for _ in 0..<4 {
            let q = PlaceBytes.skipSpaces(bytes, nameEnd)
            guard q > nameEnd || nameEnd - start >= 22 else { return nil }
            if let end = afterName(bytes, q) { return end }
            // One more given name ("VAN DER BERG/ANNA MARIE").
            let word = upperRun(bytes, q, extra: false)
            guard word > 0, q + word - start <= 24 else { return nil }
            nameEnd = q + word
        }
        return nil
    }

    /// Uppercase letters (with '-', '.', '\'' when `extra`).
    static func upperRun(_ bytes: [UInt8], _ i: Int, extra: Bool) -> Int {
        var j = i
        while j < bytes.count {
            let b = bytes[j]
            if PlaceBytes.isUpper(b) || (extra && (b == 0x2D || b == 0x2E || b == 0x27)) { j += 1 } else { break }
        }
        return j - i
    }

    static func alnumUpperRun(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < bytes.count, PlaceBytes.isUpper(bytes[j]) || PlaceBytes.isDigit(bytes[j]) { j += 1 }
        return j - i
    }

    /// The fields after the name, from the e-ticket indicator on.
    static func afterName(_ bytes: [UInt8], _ start: Int) -> Int? {
        var p = start
        // 'E' + PNR (up to 7), or the PNR alone.
        let chunk = alnumUpperRun(bytes, p)
        guard (5...8).contains(chunk) else { return nil }
        if chunk == 8 { guard bytes[p] == 0x45 else { return nil } }
        p += chunk
        p = PlaceBytes.skipSpaces(bytes, p)
        // From and to airports, then the carrier (2 or 3 characters).
        for k in 0..<6 where !PlaceBytes.isUpper(PlaceBytes.at(bytes, p + k)) { return nil }
        p += 6
        let carrier = alnumUpperRun(bytes, p)
        if carrier >= 2, carrier <= 3 {
            p += carrier
        } else if carrier > 3 {
            // Carrier written against the flight number: "AC0834".
            p += 2
            if PlaceBytes.isUpper(PlaceBytes.at(bytes, p)) { p += 1 }
        } else {
            return nil
        }
        p = PlaceBytes.skipSpaces(bytes, p)
        // Flight number: up to 4 digits and an optional suffix letter.
        let flight = PlaceBytes.digitRun(bytes, p)
        guard (1...5).contains(flight) else { return nil }
        p += flight
        if PlaceBytes.isUpper(PlaceBytes.at(bytes, p)), PlaceBytes.spaceWidth(bytes, p + 1) > 0 { p += 1 }
        p = PlaceBytes.skipSpaces(bytes, p)
        // Julian date, compartment, seat, check-in sequence.
        guard PlaceBytes.digitRun(bytes, p) >= 3 else { return nil }
        let day = PlaceBytes.number(bytes, p..<(p + 3))
        guard (1...366).contains(day) else { return nil }
        p += 3
        guard PlaceBytes.isUpper(PlaceBytes.at(bytes, p)) else { return nil }
        p += 1
        let seatDigits = PlaceBytes.digitRun(bytes, p)
        if (1...3).contains(seatDigits), PlaceBytes.isUpper(PlaceBytes.at(bytes, p + seatDigits)) {
            p += seatDigits + 1
        } else if upperRun(bytes, p, extra: false) >= 3 {
            p += 3  // "INF", "STBY"
            if PlaceBytes.at(bytes, p) == 0x20 || PlaceBytes.isUpper(PlaceBytes.at(bytes, p)) { p += 1 }
        } else {
            return nil
        }
        let sequence = PlaceBytes.digitRun(bytes, p)
        guard (1...5).contains(sequence) else { return nil }
        p += sequence
        if PlaceBytes.isUpper(PlaceBytes.at(bytes, p)) { p += 1 }
        p = PlaceBytes.skipSpaces(bytes, p)
        // Passenger status, then the conditional section up to the next space.
        guard PlaceBytes.isAlnum(PlaceBytes.at(bytes, p)) else { return nil }
        p += 1
        while p < bytes.count, PlaceBytes.isUpper(bytes[p]) || PlaceBytes.isDigit(bytes[p]) || "<>/^+=".utf8.contains(bytes[p]) {
            p += 1
        }
        return p
    }
}
