import FootprintDetectors
import Foundation
import Testing

@testable import FootprintText

@Suite("PhoneDetector: numbering plans, groupings and context")
struct PhoneDetectorTests {
    @Test(
        "national and international formats per country",
        arguments: [
            DetectorCase("call (919) 635-3338 now", "(919) 635-3338"),
            DetectorCase("text 919-635-3338", "919-635-3338"),
            DetectorCase("cell 919.635.3338", "919.635.3338"),
            DetectorCase("cell 919 635 3338", "919 635 3338"),
            DetectorCase("call 1-919-635-3338", "1-919-635-3338"),
            DetectorCase("call +1 919-635-3338", "+1 919-635-3338"),
            DetectorCase("call +1 (919) 635-3338", "+1 (919) 635-3338"),
            DetectorCase("UK: +44 20 7946 0958", "+44 20 7946 0958"),
            DetectorCase("UK: +44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
            DetectorCase("UK: +44(0)20 7946 0958", "+44(0)20 7946 0958"),
            DetectorCase("UK mobile 07700 900123", "07700 900123"),
            DetectorCase("UK landline (0161) 496 0000", "(0161) 496 0000"),
            DetectorCase("IE: +353 87 123 4567", "+353 87 123 4567"),
            DetectorCase("IE: 01 234 5678", "01 234 5678"),
            DetectorCase("DE: +49 30 12345678", "+49 30 12345678"),
            DetectorCase("DE: 030/1234567", "030/1234567"),
            DetectorCase("DE: 0151 23456789", "0151 23456789"),
            DetectorCase("DE: 0049 89 1234567", "0049 89 1234567"),
            DetectorCase("FR: 06 12 34 56 78", "06 12 34 56 78"),
            DetectorCase("FR: +33 6 12 34 56 78", "+33 6 12 34 56 78"),
            DetectorCase("FR: 01.42.68.53.00", "01.42.68.53.00"),
            DetectorCase("NL: 06-12345678", "06-12345678"),
            DetectorCase("NL: +31 20 123 4567", "+31 20 123 4567"),
            DetectorCase("BE: +32 470 12 34 56", "+32 470 12 34 56"),
            DetectorCase("BE: 02 123 45 67", "02 123 45 67"),
            DetectorCase("ES: +34 612 345 678", "+34 612 345 678"),
            DetectorCase("ES: 91 123 45 67", "91 123 45 67"),
            DetectorCase("IT: +39 06 1234 5678", "+39 06 1234 5678"),
            DetectorCase("IT: 347 123 4567", "347 123 4567"),
            DetectorCase("AU: (02) 9876 5432", "(02) 9876 5432"),
            DetectorCase("AU: +61 412 345 678", "+61 412 345 678"),
            DetectorCase("AU: 1300 123 456", "1300 123 456"),
            DetectorCase("E.164: +4915123456789", "+4915123456789"),
            DetectorCase("NBSP: 06\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78", "06\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78"),
        ])
    func formats(_ item: DetectorCase) throws {
        #expect(try scanned(PhoneDetector(), item.text) == item.expected)
    }

    @Test(
        "compact digits count only next to a phone word",
        arguments: [
            DetectorCase("call me 9196353338", "9196353338"),
            DetectorCase("Handy 015123456789", "015123456789"),
            DetectorCase("order 9196353338 shipped"),
            DetectorCase("9196353338"),
        ])
    func compact(_ item: DetectorCase) throws {
        #expect(try scanned(PhoneDetector(), item.text) == item.expected)
    }

    @Test(
        "near-misses stay quiet",
        arguments: [
            "(123) 456-7890", "919-135-3338", "(191) 635-3338", "+44 6123 456789", "+34 512 345 678",
            "on 2024-03-15 at 12:30", "due 15.04.2024", "born 05/18/1972", "from 10.0.19045.3803", "host 192.168.100.254",
            "ISBN 978-0-306-40615-7", "SSN 219-09-9999", "card 4539 1488 0343 6467", "IBAN DE89 3704 0044 0532 0130 00",
            "GB21 YMVO 0248 2910 0779 36", "numbers: 3 23 24 27 41 42", "paid €1.234,56", "$1,450.00", "score 3-2",
            "ticket 0151 23456789", "INV-2024-0045678", "-14.93809, -6.63056", "12,345,678 views", "+5 points",
            "Meeting ID 823 4567 8910", "https://example.com/item/2065550143",
        ])
    func nearMisses(_ text: String) throws {
        #expect(try scanned(PhoneDetector(), text).isEmpty)
    }

    @Test("NANP: area and exchange codes start with 2–9; N11 and N9X area codes are not used")
    func nanp() {
        func valid(_ s: String) -> Bool { PhoneNumbers.isNANP(Array(s.utf8)) }
        #expect(valid("9196353338"))
        #expect(valid("2125550143"))
        #expect(!valid("1196353338"))
        #expect(!valid("9191353338"))
        #expect(!valid("4116353338"))
        #expect(!valid("2916353338"))
        #expect(!valid("919635333"))
    }

    @Test("calling codes are read greedily and checked against the plan")
    func countryCodes() throws {
        let split = try #require(PhoneNumbers.splitCountryCode(Array("353871234567".utf8)))
        #expect(split.plan.code == "353")
        #expect(split.plan.accepts(split.nsn))
        let uk = try #require(PhoneNumbers.splitCountryCode(Array("447700900123".utf8)))
        #expect(uk.plan.code == "44")
        #expect(uk.plan.accepts(uk.nsn))
        #expect(!uk.plan.accepts(Array("4700900123".utf8)))
        let be = try #require(PhoneNumbers.plans["32"])
        #expect(be.accepts(Array("21234567".utf8)))
        #expect(be.accepts(Array("470123456".utf8)))
        #expect(!be.accepts(Array("212345678".utf8)))
    }
}

@Suite("StreetAddressDetector: US, UK, AU, CA, DE, NL, FR, ES, IT formats")
struct StreetAddressDetectorTests {
    @Test(
        "addresses from the house number (or street name) through the postcode",
        arguments: [
            DetectorCase("I live at 9528 Navarro St so come by", "9528 Navarro St"),
            DetectorCase("at 278 Caitlin Rd, Greenside, MN 93225 now", "278 Caitlin Rd, Greenside, MN 93225"),
            DetectorCase(
                "1600 Pennsylvania Ave NW, Washington, DC 20500-0003", "1600 Pennsylvania Ave NW, Washington, DC 20500-0003"),
            DetectorCase("send to 123 Main St Apt 4B, Springfield, IL 62701", "123 Main St Apt 4B, Springfield, IL 62701"),
            DetectorCase("send to 12 Oak Ave #7, Austin, Texas 78701", "12 Oak Ave #7, Austin, Texas 78701"),
            DetectorCase("me: 12 High Street, London SW1A 1AA", "12 High Street, London SW1A 1AA"),
            DetectorCase("me: Flat 2, 8 Kings Road, Brighton BN1 1NA", "Flat 2, 8 Kings Road, Brighton BN1 1NA"),
            DetectorCase("me: 10 Smith St, Sydney NSW 2000", "10 Smith St, Sydney NSW 2000"),
            DetectorCase("me: Unit 5/10 Smith St, Sydney NSW 2000", "Unit 5/10 Smith St, Sydney NSW 2000"),
            DetectorCase("me: 221 Queen St W, Toronto, ON M5H 2M9", "221 Queen St W, Toronto, ON M5H 2M9"),
            DetectorCase("Adresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
            DetectorCase("Adresse: Berliner Straße 45, 60311 Frankfurt am Main", "Berliner Straße 45, 60311 Frankfurt am Main"),
            DetectorCase("Adresse: Musterstr. 12, D-80331 München", "Musterstr. 12, D-80331 München"),
            DetectorCase("wohne in der Karl-Marx-Allee 88", "Karl-Marx-Allee 88"),
            DetectorCase("adres: Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),
            DetectorCase("j'habite 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
            DetectorCase("j'habite 12 bis rue Victor Hugo", "12 bis rue Victor Hugo"),
            DetectorCase("vivo en Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid"),
            DetectorCase("vivo en C/ Mayor, 5, 3º B, 28013 Madrid", "C/ Mayor, 5, 3º B, 28013 Madrid"),
            DetectorCase("abito in Via Garibaldi 7, 20121 Milano", "Via Garibaldi 7, 20121 Milano"),
            DetectorCase("adresse : Rue de la Loi 16, 1000 Bruxelles", "Rue de la Loi 16, 1000 Bruxelles"),
        ])
    func addresses(_ item: DetectorCase) throws {
        #expect(try scanned(StreetAddressDetector(), item.text) == item.expected)
    }

    @Test(
        "numbers before capitalized words are not addresses without a street",
        arguments: [
            "I ran 10 miles down the road", "5 Miles Down The Road", "Top 10 Places To Visit In Europe",
            "22 Pinoy Street Dogs That Are Cute", "2010 Komen St. Louis Race", "Spring 2024 collection",
            "Heidelberg 3 times", "Class of 1997 reunion", "Order #4417 Birchwood Ave chair", "Jurassic Park 3 was fun",
            "via Zoom 5 times", "we paid $300 Main Street prices",
        ])
    func nearMisses(_ text: String) throws {
        #expect(try scanned(StreetAddressDetector(), text).isEmpty)
    }
}

@Suite("GPSCoordinateDetector: decimal and DMS pairs with ranges")
struct GPSCoordinateDetectorTests {
    @Test(
        "coordinate pairs",
        arguments: [
            DetectorCase("at 61.5441, -83.5878 now", "61.5441, -83.5878"),
            DetectorCase("at 59.3704 -42.0004 now", "59.3704 -42.0004"),
            DetectorCase("at 26.40610,86.39511.", "26.40610,86.39511"),
            DetectorCase("48°51'29.6\"N 2°17'40.2\"E", "48°51'29.6\"N 2°17'40.2\"E"),
            DetectorCase("33°51′54″S, 151°12′35″E", "33°51′54″S, 151°12′35″E"),
            DetectorCase("48°51.493'N 2°17.670'E", "48°51.493'N 2°17.670'E"),
            DetectorCase("40.6892° N, 74.0445° W", "40.6892° N, 74.0445° W"),
            DetectorCase("N 48.8584, E 2.2945", "N 48.8584, E 2.2945"),
        ])
    func pairs(_ item: DetectorCase) throws {
        #expect(try scanned(GPSCoordinateDetector(), item.text) == item.expected)
    }

    @Test(
        "versions, prices, scores and out-of-range pairs are not coordinates",
        arguments: [
            "kernel 4.18.0.305", "prices 12.99, 14.50", "95.5 92.3", "123.4567, 200.1234", "91.1234, 12.3456",
            "0.123 0.456", "1.2345 6.789", "48°51'29.6\" 2°17'40.2\"", "12.345km 67.890km",
        ])
    func nearMisses(_ text: String) throws {
        #expect(try scanned(GPSCoordinateDetector(), text).isEmpty)
    }
}

@Suite("Dates of birth and the calendar date parser")
struct DateOfBirthTests {
    @Test(
        "dates after (or before) birth words, in several languages",
        arguments: [
            DetectorCase("born 7/17/1972 and still young", "7/17/1972"),
            DetectorCase("my DOB is October 15, 1976", "October 15, 1976"),
            DetectorCase("DOB: 12-Mar-1990", "12-Mar-1990"),
            DetectorCase("b. 11 Jan 1970", "11 Jan 1970"),
            DetectorCase("born on the 12th of March, 1990", "12th of March, 1990"),
            DetectorCase("Geburtsdatum: 17.08.1990", "17.08.1990"),
            DetectorCase("ich bin am 3. Mai 1985 geboren", "3. Mai 1985"),
            DetectorCase("née le 14 juillet 1992", "14 juillet 1992"),
            DetectorCase("geboren op 12 maart 1987", "12 maart 1987"),
            DetectorCase("nací el 22 de octubre de 1995", "22 de octubre de 1995"),
            DetectorCase("nato il 3 maggio 1992", "3 maggio 1992"),
            DetectorCase("Birthday twins! both born 1986-08-18", "1986-08-18"),
        ])
    func births(_ item: DetectorCase) throws {
        #expect(try scanned(DateOfBirthDetector(), item.text) == item.expected)
    }

    @Test(
        "dates without birth words, and birth words without dates",
        arguments: [
            "the concert is on 12/05/2025", "born and raised in Ohio since 1990", "Happy birthday!",
            "invoice dated 1988-04-12", "born 31/02/1990", "born 13/13/1990", "b 12/03/1990",
        ])
    func nearMisses(_ text: String) throws {
        #expect(try scanned(DateOfBirthDetector(), text).isEmpty)
    }

    @Test(
        "day and month are checked together",
        arguments: [(29, 2, true), (30, 2, false), (31, 4, false), (31, 12, true), (0, 1, false)])
    func days(_ day: Int, _ month: Int, _ valid: Bool) {
        #expect(CalendarDateParser.isValid(day: day, month: month) == valid)
    }

    @Test(
        "date forms",
        arguments: [
            ("1990-03-12", true), ("12/03/1990", true), ("3/4/85", true), ("12.03.1990", true), ("March 3rd, 1990", true),
            ("3 de mayo de 1990", true), ("1er mai 1990", true), ("12 März 1990", true), ("12/13/1990", true),
            ("13/13/1990", false), ("1990-13-01", false), ("May 32, 1990", false), ("12.03.1990.5", false),
            ("12/03/1850", false),
        ])
    func forms(_ text: String, _ valid: Bool) {
        let bytes = Array(text.utf8)
        let range = CalendarDateParser.parse(bytes, at: 0)
        #expect((range == 0..<bytes.count) == valid)
    }
}

@Suite("DocumentDetector: passports, licences, plates and booking references after their words")
struct DocumentDetectorTests {
    @Test(
        "passports",
        arguments: [
            DetectorCase("Passport number N32624575 for the visa", "N32624575"),
            DetectorCase("it had my passport 659401726 and cards", "659401726"),
            DetectorCase("Reisepass Nr. C01X00T47", "C01X00T47"),
            DetectorCase("numéro de passeport : 12AB34567", "12AB34567"),
            DetectorCase("paspoort NW92BX7L4", "NW92BX7L4"),
            DetectorCase("pasaporte PAA123456", "PAA123456"),
            DetectorCase("passport photos cost 15 euros"),
            DetectorCase("my passport expires in 2027"),
        ])
    func passports(_ item: DetectorCase) throws {
        #expect(try scanned(DocumentDetector(.passport), item.text) == item.expected)
    }

    @Test(
        "driving licences, not plates",
        arguments: [
            DetectorCase("Driver license B470-3884-9698 suspended", "B470-3884-9698"),
            DetectorCase("my license Y642-772-82-513-3", "Y642-772-82-513-3"),
            DetectorCase("license 663 772 879 and plate VVC 612", "663 772 879"),
            DetectorCase("driving licence MORGA753116SM9IJ", "MORGA753116SM9IJ"),
            DetectorCase("Führerscheinnummer B072RRE2I55", "B072RRE2I55"),
            DetectorCase("permis de conduire n° 123456789012", "123456789012"),
            DetectorCase("license plate 7ABC123"),
            DetectorCase("MIT license 2.0"),
        ])
    func licences(_ item: DetectorCase) throws {
        #expect(try scanned(DocumentDetector(.driverLicense), item.text) == item.expected)
    }

    @Test(
        "number plates",
        arguments: [
            DetectorCase("plate 7QEK385, runs great", "7QEK385"),
            DetectorCase("and plate 293 CTY", "293 CTY"),
            DetectorCase("and plate ZXF 175 and more", "ZXF 175"),
            DetectorCase("license plate CRJ-3783", "CRJ-3783"),
            DetectorCase("Kennzeichen B-MW 1234", "B-MW 1234"),
            DetectorCase("immatriculation AB-123-CD", "AB-123-CD"),
            DetectorCase("kenteken 12-ABC-3", "12-ABC-3"),
            DetectorCase("matrícula 1234 BCD", "1234 BCD"),
            DetectorCase("a plate of pasta"),
            DetectorCase("tag 2 friends"),
        ])
    func plates(_ item: DetectorCase) throws {
        #expect(try scanned(DocumentDetector(.licensePlate), item.text) == item.expected)
    }

    @Test(
        "booking references",
        arguments: [
            DetectorCase("booking ref LF2MGD — flight at 6", "LF2MGD"),
            DetectorCase("confirmation code MZ3MTS see you", "MZ3MTS"),
            DetectorCase("PNR: QWERTY", "QWERTY"),
            DetectorCase("Buchungscode K9LM2P", "K9LM2P"),
            DetectorCase("confirmation code 482913"),
            DetectorCase("booking confirmed, thanks"),
            DetectorCase("booking ref AB12CD.com"),
        ])
    func bookings(_ item: DetectorCase) throws {
        #expect(try scanned(DocumentDetector(.bookingReference), item.text) == item.expected)
    }
}

@Suite("BoardingPassDetector: IATA BCBP mandatory items")
struct BoardingPassDetectorTests {
    @Test("fixed-width and single-spaced bar-code strings")
    func strings() throws {
        let fixed = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100"
        #expect(try scanned(BoardingPassDetector(), "pass: \(fixed) lol") == [fixed])
        let spaced = "M1DOE/JANE MARIE EK9Q2ZP AMSCDGKL 1227 045M012C0012 100"
        #expect(try scanned(BoardingPassDetector(), spaced) == [spaced])
    }

    @Test(
        "near-misses", arguments: ["M1 motorway closed", "my M1 MacBook", "M1DOE/JANE EABC123 YULFRAAC 0834 400J001A0025 1"])
    func nearMisses(_ text: String) throws {
        #expect(try scanned(BoardingPassDetector(), text).isEmpty)
    }
}

@Suite("Place detectors stay linear on hostile input")
struct PlaceDetectorScalingTests {
    @Test("long runs of digits, separators and capitalized words finish quickly")
    func hostile() throws {
        let chunks = [
            String(repeating: "1 2 3 4 5 6 7 8 9 0 ", count: 5000), String(repeating: "12.34 ", count: 5000),
            String(repeating: "12 Main ", count: 5000), String(repeating: "passport 12 ", count: 5000),
            String(repeating: "M1A/B ", count: 5000), String(repeating: "48°51' ", count: 5000),
        ]
        let scanners: [any TextScanner] = [
            PhoneDetector(), GPSCoordinateDetector(), StreetAddressDetector(), DocumentDetector(.passport),
            BoardingPassDetector(), DateOfBirthDetector(),
        ]
        let start = ContinuousClock.now
        for chunk in chunks {
            let text = try TextAnalyzer().analyze(chunk)
            for scanner in scanners {
                var hits: [ScanHit] = []
                scanner.scan(text, into: &hits)
            }
        }
        #expect(ContinuousClock.now - start < .seconds(30))
    }
}
