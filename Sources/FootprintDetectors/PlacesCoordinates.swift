import FootprintText

/// One coordinate as written: decimal degrees ("-33.8688", "48.8584° N") or degrees, minutes and
/// seconds ("48°51'29.6\"N", "48° 51′ 29.6″ N", "48°51.49'N").
struct GPSCoordinate {
    var start: Int
    var end: Int
    /// Degrees, always positive; `negative` carries the sign or the S/W hemisphere.
    var degrees: Double
    var negative: Bool
    /// 'n', 's', 'e', 'w' (or 'o' for ouest/oeste/Ost) when written, else 0.
    var hemisphere: UInt8
    /// Digits after the decimal point (decimal form), 0 for DMS.
    var decimals: Int
    var isDMS: Bool
    /// A degree sign was written.
    var degreeSign: Bool
}

/// GPS coordinates: a latitude and a longitude, decimal or degrees-minutes-seconds, with ranges
/// checked (|lat| ≤ 90, |lon| ≤ 180), enough decimals (3 or more, or a degree sign or hemisphere
/// letters), and never a version, an IP address, a price or a score.
public struct GPSCoordinateDetector: TextScanner {
    /// A GPS coordinate detector.
    public init() {}

    /// Finds latitude and longitude pairs, from the first coordinate's sign or hemisphere letter to
    /// the end of the second, none overlapping.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        let bytes = text.bytes
        let n = bytes.count
        var i = 1
        var lastEnd = 0
        // Anchors: a decimal point between digits, or a degree sign after one.
        while i + 1 < n {
            let b = bytes[i]
            let anchor =
                (b == 0x2E && PlaceBytes.isDigit(bytes[i + 1]) && PlaceBytes.isDigit(bytes[i - 1]))
                || (b == 0xC2 && (bytes[i + 1] == 0xB0 || bytes[i + 1] == 0xBA) && PlaceBytes.isDigit(bytes[i - 1]))
            guard anchor else {
                i += 1
                continue
            }
            // Back to the start of the number: digits, a sign, a hemisphere letter.
            var start = i - 1
            while start > 0, PlaceBytes.isDigit(bytes[start - 1]) { start -= 1 }
            if start > 0, bytes[start - 1] == 0x2D || bytes[start - 1] == 0x2B {
                start -= 1
            } else if start >= 3, PlaceBytes.dashWidth(bytes, start - 3) == 3, bytes[start - 2] == 0x88 {
                start -= 3
            }
            let spaced = PlaceBytes.skipSpacesBackward(bytes, start)
            if spaced > 0, Self.isHemisphere(bytes[spaced - 1]), !PlaceBytes.wordCharBefore(bytes, spaced - 1) {
                start = spaced - 1
            }
            guard start >= lastEnd, Self.startsCleanly(bytes, start), let first = Self.coordinate(bytes, start),
                let pair = Self.pair(bytes, after: first)
            else {
                i += 1
                continue
            }
            hits.append(ScanHit(range: first.start..<pair.end, entity: "GPS_COORDINATES"))
            lastEnd = pair.end
            i = pair.end + 1
        }
    }

    static func isHemisphere(_ b: UInt8) -> Bool {
        let c = b | 0x20
        return c == 0x6E || c == 0x73 || c == 0x65 || c == 0x77
    }

    /// Not inside a word, a version, a list of amounts or an IP address.
    static func startsCleanly(_ bytes: [UInt8], _ start: Int) -> Bool {
        guard start > 0 else { return true }
        if PlaceBytes.wordCharBefore(bytes, start) { return false }
        let p = bytes[start - 1]
        return p != 0x2E && p != 0x2C && p != 0x24 && p != 0x2F && p != 0x3A && p != 0x23
    }

    /// The second coordinate after `first` when the two form a valid pair.
    static func pair(_ bytes: [UInt8], after first: GPSCoordinate) -> GPSCoordinate? {
        var p = first.end
        let spaced = PlaceBytes.skipSpaces(bytes, p)
        var separated = spaced > p
        p = spaced
        let c = PlaceBytes.at(bytes, p)
        if c == 0x2C || c == 0x3B || c == 0x2F {
            p = PlaceBytes.skipSpaces(bytes, p + 1)
            separated = true
        }
        if !separated, first.hemisphere == 0 { return nil }
        guard let second = coordinate(bytes, p) else { return nil }
        guard valid(first, second, spaceOnly: c != 0x2C && c != 0x3B && c != 0x2F) else { return nil }
        return second
    }

    static func valid(_ a: GPSCoordinate, _ b: GPSCoordinate, spaceOnly: Bool) -> Bool {
        guard a.isDMS == b.isDMS else { return false }
        // Hemispheres: one latitude letter and one longitude letter, or none.
        let latLetters: Set<UInt8> = [0x6E, 0x73]
        let lonLetters: Set<UInt8> = [0x65, 0x77, 0x6F]
        var lat = a
        var lon = b
        if a.hemisphere != 0 || b.hemisphere != 0 {
            if latLetters.contains(a.hemisphere), lonLetters.contains(b.hemisphere) {
                lat = a
                lon = b
            } else if lonLetters.contains(a.hemisphere), latLetters.contains(b.hemisphere) {
                lat = b
                lon = a
            } else {
                return false
            }
        } else if a.isDMS {
            return false
        }
        guard lat.degrees <= 90, lon.degrees <= 180 else { return false }
        if lat.degrees < 1 && lon.degrees < 1 { return false }
        if !a.isDMS {
            // Hemispheres or degree signs make two decimals enough; bare numbers need three after
            // a comma and four after a space.
            let marked = a.hemisphere != 0 || a.degreeSign
            let needed = marked ? 2 : (spaceOnly ? 4 : 3)
            guard a.decimals >= needed, b.decimals >= needed else { return false }
            // Two bare 3-decimal numbers read as measurements ("20.125, 21.375"); one of the
            // pair must have four decimals.
            if !marked, max(a.decimals, b.decimals) < 4 { return false }
        }
        return true
    }

    /// Reads one coordinate at `start`.
    static func coordinate(_ bytes: [UInt8], _ start: Int) -> GPSCoordinate? {
        var p = start
        var hemisphere: UInt8 = 0
        var negative = false
        // "N 48.85", "S33.86"
        let lead = PlaceBytes.at(bytes, p) | 0x20
        if lead == 0x6E || lead == 0x73 || lead == 0x65 || lead == 0x77 {
            if PlaceBytes.isLetter(PlaceBytes.at(bytes, p + 1)) { return nil }
            hemisphere = lead
            p = PlaceBytes.skipSpaces(bytes, p + 1)
        }
        if PlaceBytes.at(bytes, p) == 0x2D || PlaceBytes.at(bytes, p) == 0x2B {
            negative = bytes[p] == 0x2D
            p += 1
        } else if PlaceBytes.dashWidth(bytes, p) == 3, PlaceBytes.at(bytes, p + 1) == 0x88 {
            negative = true  // U+2212 minus
            p += 3
        }
        let intDigits = PlaceBytes.digitRun(bytes, p)
        guard (1...3).contains(intDigits) else { return nil }
        var degrees = Double(PlaceBytes.number(bytes, p..<(p + intDigits)))
        p += intDigits
        var decimals = 0
        var isDMS = false
        var degreeSign = false
        if PlaceBytes.at(bytes, p) == 0x2E, PlaceBytes.isDigit(PlaceBytes.at(bytes, p + 1)) {
            let run = PlaceBytes.digitRun(bytes, p + 1)
            guard run <= 10 else { return nil }
            degrees += fraction(bytes, (p + 1)..<(p + 1 + run))
            decimals = run
            p += 1 + run
            // A third dotted part is a version or an address, not a coordinate.
            if PlaceBytes.at(bytes, p) == 0x2E, PlaceBytes.isDigit(PlaceBytes.at(bytes, p + 1)) { return nil }
        }
        if let w = degreeWidth(bytes, p) {
            degreeSign = true
            p += w
            // Minutes and seconds may follow.
            let q = PlaceBytes.skipSpaces(bytes, p)
            let minutes = PlaceBytes.digitRun(bytes, q)
            if decimals == 0, (1...2).contains(minutes) {
                var r = q + minutes
                var minuteValue = Double(PlaceBytes.number(bytes, q..<r))
                if PlaceBytes.at(bytes, r) == 0x2E, PlaceBytes.isDigit(PlaceBytes.at(bytes, r + 1)) {
                    let run = PlaceBytes.digitRun(bytes, r + 1)
                    minuteValue += fraction(bytes, (r + 1)..<(r + 1 + run))
                    r += 1 + run
                }
                guard let mw = minuteMarkWidth(bytes, r), minuteValue < 60 else { return nil }
                r += mw
                isDMS = true
                degrees += minuteValue / 60
                let s = PlaceBytes.skipSpaces(bytes, r)
                let secondsRun = PlaceBytes.digitRun(bytes, s)
                if (1...2).contains(secondsRun) {
                    var t = s + secondsRun
                    var secondValue = Double(PlaceBytes.number(bytes, s..<t))
                    if PlaceBytes.at(bytes, t) == 0x2E || PlaceBytes.at(bytes, t) == 0x2C,
                        PlaceBytes.isDigit(PlaceBytes.at(bytes, t + 1))
                    {
                        let run = PlaceBytes.digitRun(bytes, t + 1)
                        secondValue += fraction(bytes, (t + 1)..<(t + 1 + run))
                        t += 1 + run
                    }
                    if let sw = secondMarkWidth(bytes, t), secondValue < 60 {
                        degrees += secondValue / 3600
                        r = t + sw
                    }
                }
                p = r
            }
        }
        // A trailing hemisphere letter: "48.85 N", "2°17'40.2\"E".
        let h = PlaceBytes.skipSpaces(bytes, p)
        let letter = PlaceBytes.at(bytes, h) | 0x20
        if hemisphere == 0, letter == 0x6E || letter == 0x73 || letter == 0x65 || letter == 0x77 || letter == 0x6F,
            PlaceBytes.isUpper(PlaceBytes.at(bytes, h)) || h == p,
            !PlaceBytes.wordCharAt(bytes, h + 1)
        {
            hemisphere = letter
            p = h + 1
        }
        if hemisphere == 0x73 || hemisphere == 0x77 { negative = true }
        if isDMS, hemisphere == 0, !negative { return nil }
        // Nothing number-like continues.
        let next = PlaceBytes.at(bytes, p)
        if PlaceBytes.isDigit(next) || (PlaceBytes.isLetter(next) && hemisphere == 0) { return nil }
        if (next == 0x2E || next == 0x3A) && PlaceBytes.isDigit(PlaceBytes.at(bytes, p + 1)) { return nil }
        if next == 0x25 { return nil }
        return GPSCoordinate(
            start: start, end: p, degrees: degrees, negative: negative, hemisphere: hemisphere, decimals: decimals,
            isDMS: isDMS, degreeSign: degreeSign)
    }

    static func fraction(_ bytes: [UInt8], _ range: Range<Int>) -> Double {
        var value = 0.0
        var scale = 0.1
        for i in range.prefix(12) {
            value += Double(bytes[i] &- 0x30) * scale
            scale /= 10
        }
        return value
    }

    /// '°' (U+00B0) or 'º' (U+00BA).
    static func degreeWidth(_ bytes: [UInt8], _ i: Int) -> Int? {
        if PlaceBytes.at(bytes, i) == 0xC2, PlaceBytes.at(bytes, i + 1) == 0xB0 || PlaceBytes.at(bytes, i + 1) == 0xBA {
            return 2
        }
        return nil
    }

    /// "'", '′' (U+2032), '’' (U+2019), '´' (U+00B4).
    static func minuteMarkWidth(_ bytes: [UInt8], _ i: Int) -> Int? {
        let b = PlaceBytes.at(bytes, i)
        if b == 0x27 { return PlaceBytes.at(bytes, i + 1) == 0x27 ? nil : 1 }
        if b == 0xE2, PlaceBytes.at(bytes, i + 1) == 0x80 {
            let c = PlaceBytes.at(bytes, i + 2)
            if c == 0xB2 || c == 0x99 { return 3 }
        }
        if b == 0xC2, PlaceBytes.at(bytes, i + 1) == 0xB4 { return 2 }
        return nil
    }

    /// '"', '″' (U+2033), '”' (U+201D), "''" or '′′'.
    static func secondMarkWidth(_ bytes: [UInt8], _ i: Int) -> Int? {
        let b = PlaceBytes.at(bytes, i)
        if b == 0x22 { return 1 }
        if b == 0x27, PlaceBytes.at(bytes, i + 1) == 0x27 { return 2 }
        if b == 0xE2, PlaceBytes.at(bytes, i + 1) == 0x80 {
            let c = PlaceBytes.at(bytes, i + 2)
            if c == 0xB3 || c == 0x9D { return 3 }
            if c == 0xB2, PlaceBytes.at(bytes, i + 3) == 0xE2, PlaceBytes.at(bytes, i + 5) == 0xB2 { return 6 }
        }
        return nil
    }
}
