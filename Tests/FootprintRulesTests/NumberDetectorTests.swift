import Testing

@testable import FootprintDetectors
@testable import FootprintText

/// Runs one detector over a text and returns the matched strings.
private func matches(_ scanner: some TextScanner, in text: String) throws -> [String] {
    let analyzed = try TextAnalyzer().analyze(text)
    var hits: [ScanHit] = []
    scanner.scan(analyzed, into: &hits)
    return hits.map { analyzed.text(of: $0.range) }
}

@Suite("Payment cards")
struct CreditCardTests {
    @Test(
        "a number with an issuer's prefix and length and a valid Luhn digit is a card",
        arguments: [
            "4526018159083012", "4661318609133", "4909960308246281946", "5182199351819098", "2221378657975438",
            "2720231948757493", "341186252760181", "379555979711476", "36104974650754", "30029170342367",
            "6011671276842681", "6546563212233071", "6449244026859959", "3528289078666613", "3589760313721590103",
            "6292815901396247", "6759595711777747", "6304803852808414851", "4526 0181 5908 3012", "4526-0181-5908-3012",
            "3795 559797 11476",
        ])
    func valid(_ number: String) {
        #expect(CreditCardValidator().isValid(number))
    }

    @Test(
        "a wrong check digit, an unknown issuer, a length the issuer does not use, or a test number is not",
        arguments: [
            "4526018159083013",  // Luhn
            "7526018159083019",  // no issuer starts with 7
            "341186252760181" + "0",  // Amex has 15 digits
            "51821993518190",  // Mastercard has 16
            "4242424242424242",  // a published test number
            "4526a18159083012",
        ])
    func invalid(_ number: String) {
        #expect(!CreditCardValidator().isValid(number))
    }

    @Test(
        "the detector finds cards as printed, the span being the number only",
        arguments: [
            ("card 4526 0181 5908 3012 was declined", "4526 0181 5908 3012"),
            ("Karte: 5182-1993-5181-9098.", "5182-1993-5181-9098"),
            ("amex 3795 559797 11476 exp 04/28", "3795 559797 11476"),
            ("card 4526 0181 5908 3012 123", "4526 0181 5908 3012"),
            ("mijn pas 501812154729 is kwijt", "501812154729"),
            ("carte 180075744762166", "180075744762166"),
        ])
    func found(_ text: String, _ expected: String) throws {
        #expect(try matches(CreditCardDetector(), in: text) == [expected])
    }

    @Test(
        "near-misses stay quiet",
        arguments: [
            "ISBN 978-0-262-03384-8", "order #4526018159083012 arrived", "invoice 4526018159083012",
            "45260181590830124 is one digit too long", "call +4526018159083012", "serial 1.4526018159083012",
            "tracking 4526 0181 5908 3012 4444", "numbers 10 11 23 37 39 46", "pas 501812154729" + "1",
            "id 501812154729 without a card word",
        ])
    func quiet(_ text: String) throws {
        #expect(try matches(CreditCardDetector(), in: text).isEmpty)
    }
}

@Suite("US Social Security numbers")
struct USSocialSecurityNumberTests {
    @Test("issued areas, groups and serials", arguments: ["521-38-4417", "078-12-3456", "001-01-0001", "899 99 9999"])
    func valid(_ number: String) {
        #expect(USSocialSecurityNumberValidator().isValid(number))
    }

    @Test(
        "area 000, 666 or 9xx, group 00, serial 0000 and the 1938 wallet number are not issued",
        arguments: ["000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000", "078-05-1120", "12-345-6789"])
    func invalid(_ number: String) {
        #expect(!USSocialSecurityNumberValidator().isValid(number))
    }

    @Test(
        "hyphenated numbers count anywhere; spaced and compact ones after SSN words",
        arguments: [
            ("the form said 521-38-4417", ["521-38-4417"]),
            ("my SSN is 521 38 4417", ["521 38 4417"]),
            ("social security number: 521384417", ["521384417"]),
            ("ticket 521384417", []),
            ("phone 919-635-3338", []),
            ("social insurance number 521384417", []),
            ("order 1521-38-4417", []),
        ])
    func detector(_ text: String, _ expected: [String]) throws {
        #expect(try matches(USSocialSecurityNumberDetector(), in: text) == expected)
    }
}

@Suite("IBANs")
struct IBANTests {
    static let valid = [
        "DE10253888539336338750", "FR6904743957 55FOGO4MVN4A451".replacingOccurrences(of: " ", with: ""),
        "GB14HYM426516761222029", "NL353J4W2882001826", "ES2133043483954862057986", "IT8362828807290JLJ4H9DU7794",
        "BE45180334018780", "AT611759898347887838", "IE22Q9M226167513613412", "PT90524273167232686563551",
        "CH23505872BYV7S6EHOGF", "PL25440242646288975140261401", "LU61419OEQH3AV90RIC7", "FI3031240234483478",
        "NO4124504000883", "MT6964P2167866TNOVMIZWDIAEQ1KDF", "SE8268493407224704558530", "DK0543520561748338",
        "GR360141269CZBTTOF7JYU5JSJC", "HR5486828890931002516", "SI85780083740718818", "SK6917414333776174093192",
        "CZ8754499207074137484777", "BG59H9MT17047162RYNNEF", "CY0228452984HXO55ZBKA52ZTJ0W", "IS156515055613044516691564",
        "RO61DRGDSJPR16UMX1BZ99NF", "HU14067924708227654444634786", "LT211221387837576283", "LV85PFLV9FUPXQMB0Y07N",
        "EE936450749528831436", "MC6867640206795AEZ732PGOJ28", "SM26G7180023904IQ71HGET7MYQ", "AD6139008474UP47P9PB0TDB",
        "LI1037614O1XO5CV0XZMA", "GI19S6EN5MTMO3OQSG5LO50", "VA39092603092600267511",
    ]

    @Test("every SEPA country's length and mod-97, compact, spaced and lowercase", arguments: valid)
    func validIBAN(_ iban: String) throws {
        #expect(IBANValidator().isValid(iban))
        let spaced = stride(from: 0, to: iban.count, by: 4).map { offset -> String in
            let start = iban.index(iban.startIndex, offsetBy: offset)
            return String(iban[start..<(iban.index(start, offsetBy: 4, limitedBy: iban.endIndex) ?? iban.endIndex)])
        }.joined(separator: " ")
        #expect(try matches(IBANDetector(), in: "pay \(spaced) now") == [spaced])
        #expect(try matches(IBANDetector(), in: "pay \(iban.lowercased()).") == [iban.lowercased()])
    }

    @Test(
        "a wrong check, a wrong length or an unknown country is not an IBAN",
        arguments: [
            "DE11253888539336338750", "DE1025388853933633875", "DE102538885393363387500", "XX10253888539336338750",
            "De10253888539336338750",
        ])
    func invalid(_ iban: String) throws {
        #expect(!IBANValidator().isValid(iban) || iban.hasPrefix("De"))
        #expect(try matches(IBANDetector(), in: "pay \(iban) now").isEmpty)
    }
}

@Suite("IP addresses")
struct IPAddressTests {
    @Test(
        "IPv4 and IPv6 forms",
        arguments: [
            "8.8.4.4", "192.168.1.20", "255.255.255.255", "2001:db8:85a3::8a2e:370:7334",
            "2001:0db8:0000:0000:0000:ff00:0042:8329", "7949:eab:7f1a:355e:526e:b524:b3df:44a4", "::ffff:192.0.2.128",
            "fe80::1ff:fe23:4567:890a",
        ])
    func valid(_ address: String) throws {
        #expect(IPAddressValidator().isValid(address))
        #expect(try matches(IPAddressDetector(), in: "my ip is \(address), thanks") == [address])
    }

    @Test(
        "versions, long dotted runs, times, MAC addresses and too-short v6 forms are not",
        arguments: [
            "version 1.2.10.4", "v1.2.3.4", "iOS 5.9.1.2", "Kernel 10.0.18478.420", "1.3.6.1.4.1", "256.1.2.3",
            "01.02.03.04", "10:30:45", "00:1a:2b:3c:4d:5e", "dead::beef", "::1", "Updated to 4.2.1.7", "section 2.3.1.4",
        ])
    func quiet(_ text: String) throws {
        #expect(try matches(IPAddressDetector(), in: text).isEmpty)
    }

    @Test("an address word nearer than a version word wins")
    func addressWordWins() throws {
        #expect(try matches(IPAddressDetector(), in: "updated the router, its ip 10.0.0.7") == ["10.0.0.7"])
    }
}

@Suite("Wallet addresses")
struct CryptoWalletTests {
    @Test("SHA-256 of the standard test vectors")
    func sha256() {
        func hex(_ bytes: [UInt8]) -> String {
            bytes.map { byte in
                let digits = Array("0123456789abcdef")
                return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
            }.joined()
        }
        #expect(hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(hex(SHA256.hash(long)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test(
        "Base58Check, bech32, bech32m and Ethereum addresses",
        arguments: [
            "19xsqRe8n2CsHFErbiALB2ze2f2zPnQ27U", "3G7e4Eq1kbqai2LKGnA7A7LEi9CwAaBPji", "LRKNirM3TJxEHQZ4qRHrd1ShXFzQMfb5PK",
            "DBd1eCoENN5gWe5BgWV61dJTiteuf866gQ", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            "bc1psa7lmnyax0mvm5vqpszysa99c67cmwhxkk0cug4yxzr6km2udsvqjshurl",
            "0x4965b344bb5d00c1c3a605a23adf7fd582ca5b04",
        ])
    func valid(_ address: String) throws {
        #expect(CryptoWalletValidator().isValid(address))
        #expect(try matches(CryptoWalletDetector(), in: "send to \(address) please") == [address])
    }

    @Test(
        "a changed character breaks the checksum; mixed case bech32 and wrong lengths are not addresses",
        arguments: [
            "1KJofDKmfritZsVJwqTC1TiHZK4ZkJrTd2", "19xsqRe8n2CsHFErbiALB2ze2f2zPnQ27V",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
            "bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "0x4965b344bb5d00c1c3a605a23adf7fd582ca5b0",
            "0x4965b344bb5d00c1c3a605a23adf7fd582ca5b04aa", "4965b344bb5d00c1c3a605a23adf7fd582ca5b04",
        ])
    func invalid(_ address: String) {
        #expect(!CryptoWalletValidator().isValid(address))
    }
}

@Suite("National ids")
struct NationalIDTests {
    @Test(
        "each kind's check",
        arguments: [
            (NationalIDDetector.Kind.ukNINO, "AB123456C", true), (.ukNINO, "JG 10 37 62 B", true), (.ukNINO, "QQ123456C", false),
            (.ukNINO, "AB123456E", false), (.ukNINO, "GB123456A", false), (.ukNINO, "AO123456A", false),
            (.esDNI, "70717355Z", true), (.esDNI, "12.345.678-Z", true), (.esDNI, "70717355S", false),
            (.esDNI, "X8580488Q", true), (.esDNI, "Z4186027D", true), (.esDNI, "X8580488R", false),
            (.frNIR, "182088162981389", true), (.frNIR, "1 82 08 81 629 813 89", true), (.frNIR, "182088162981388", false),
            (.frNIR, "285052A12345680", true), (.frNIR, "482088162981389", false),
            (.itCodiceFiscale, "RSSMRA85T10A562S", true), (.itCodiceFiscale, "BNCGLI92E55F205F", true),
            (.itCodiceFiscale, "RSSMRA85T10A562T", false), (.itCodiceFiscale, "RSSMRA85Z10A562S", false),
            (.caSIN, "359 533 312", true), (.caSIN, "359 533 313", false), (.caSIN, "046 454 286", false),
            (.nlBSN, "145384019", true), (.nlBSN, "145384018", false), (.deSteuerID, "87198840368", true),
            (.deSteuerID, "87198840367", false), (.deSteuerID, "12345678903", false), (.beNationalNumber, "85073003328", true),
            (.beNationalNumber, "85.07.30-033.28", true), (.beNationalNumber, "85073003329", false),
            (.beNationalNumber, "05041212367", true), (.iePPS, "1234567T", true), (.iePPS, "7654321PA", true),
            (.iePPS, "1234567A", false),
        ])
    func check(_ kind: NationalIDDetector.Kind, _ value: String, _ valid: Bool) {
        #expect(NationalIDValidator(kind).isValid(value) == valid)
    }

    @Test(
        "formats with their own check count anywhere; bare digit runs only after their names",
        arguments: [
            ("NINO AB 123456 C on the payslip", ["AB 123456 C"]),
            ("my National Insurance number is ZZ 12 34 56 T", ["ZZ 12 34 56 T"]),
            ("code ZZ123456T", []),
            ("mi DNI es 12345678-Z", ["12345678-Z"]),
            ("NIE: Y9520162Q", ["Y9520162Q"]),
            ("sécu 1 82 08 81 629 813 89", ["1 82 08 81 629 813 89"]),
            ("codice fiscale RSSMRA85T10A562S", ["RSSMRA85T10A562S"]),
            ("my SIN is 359-533-312", ["359-533-312"]),
            ("order 359533312", []),
            ("BSN: 1453.84.019", ["1453.84.019"]),
            ("ticket 145384019", []),
            ("Steuer-ID 87 198 840 368", ["87 198 840 368"]),
            ("Kundennummer 87198840368", []),
            ("Rijksregisternummer 85.07.30-033.28", ["85.07.30-033.28"]),
            ("numéro de registre national 85073003328", ["85073003328"]),
            ("PPSN 7654321PA", ["7654321PA"]),
            ("SKU 7654321PA", []),
        ])
    func detector(_ text: String, _ expected: [String]) throws {
        #expect(try matches(NationalIDDetector(), in: text) == expected)
    }
}

@Suite("API keys")
struct APIKeyTests {
    @Test(
        "vendor formats",
        arguments: [
            "AKIAQX7RLMZ2PW4KD9TB", "ASIAQX7RLMZ2PW4KD9TB", "ghp_r4Nd0mT0k3nV4lu3sXyZ12abCDefGHijKLmn",
            "github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrstuvwxyzABCDEF",
            "glpat-Ab3De5Gh7Jk9Mn1Pq3St", "sk_live_51Hx9QmTr8vBn2KpLw7YzA3c", "rk_test_51Hx9QmTr8vBn2KpLw7YzA3c",
            "pk_live_51Hx9QmTr8vBn2KpLw7YzA3c", "xoxb-483920175634-6702938475610-Qw8Er7Ty6Ui5Op4As3Df2Gh1",
            "xapp-1-A0123456789-1234567890123-0a1b2c3d4e5f", "AIzaSyD4r8Kq2Lm9Np0Xv7Bc6Tz5Wy3Hs1Jf8Ge",
            "sk-proj-7fKq2Xn9LmP4Rt8Vw3Yz6Bc1Dh5Gj0Ms2Qa7Ne4Ux9Ti", "sk-Ab3De5Gh7Jk9Mn1Pq3St5Vw7Yz9Bc1De3Fg5Hj7Kl9Mn1Pq",
            "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", "SK3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e",
            "AC3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e", "npm_Ab3De5Gh7Jk9Mn1Pq3St5Vw7Yz9Bc1De3Fg5",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ",
        ])
    func vendor(_ key: String) throws {
        #expect(try matches(APIKeyDetector(), in: "leaked \(key) today") == [key])
    }

    @Test(
        "high-entropy tokens after key words, in several languages",
        arguments: [
            ("api key: Zk8Qw2Rt5Yp9Lm3Nx7Vb1Cs4Df6Gh0Jk", "Zk8Qw2Rt5Yp9Lm3Nx7Vb1Cs4Df6Gh0Jk"),
            ("mein Schlüssel Zk8Qw2Rt5Yp9Lm3Nx7Vb1Cs4Df6Gh0Jk!", "Zk8Qw2Rt5Yp9Lm3Nx7Vb1Cs4Df6Gh0Jk"),
            ("TOKEN=Zk8Qw2Rt5Yp9Lm3Nx7Vb1Cs4Df6Gh0Jk", "Zk8Qw2Rt5Yp9Lm3Nx7Vb1Cs4Df6Gh0Jk"),
            ("aws secret /kvPlquA+zCK0wFgR5N83oQIfO7ju1UsANWpNvuC ok", "/kvPlquA+zCK0wFgR5N83oQIfO7ju1UsANWpNvuC"),
            ("committed q8Vt2N/rXw5yPz0LbKc+7HsJ9mDfGe3AaUo1Ri6T by mistake", "q8Vt2N/rXw5yPz0LbKc+7HsJ9mDfGe3AaUo1Ri6T"),
        ])
    func generic(_ text: String, _ expected: String) throws {
        #expect(try matches(APIKeyDetector(), in: text) == [expected])
    }

    @Test(
        "digests, words, tracking codes, paths and wrong lengths are not keys",
        arguments: [
            "commit hash 9fceb02d0ae598e95dc970b74767f19372d61af8", "my key takeaway: internationalization",
            "sha256 key e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "tracking 1Z20MSMMWPYUHZMRFH",
            "see https://example.com/aB3dE5gH7jK9mN1pQ3sT5vwX7yZ9 for the key", "key AKIAQX7RLMZ2PW4KD9TBX",
            "key 19xsqRe8n2CsHFErbiALB2ze2f2zPnQ27U", "random Zk8Qw2Rt5Yp9Lm3Nx7Vb1Cs4Df6Gh0Jk without a key word",
        ])
    func quiet(_ text: String) throws {
        #expect(try matches(APIKeyDetector(), in: text).isEmpty)
    }

    @Test("Shannon entropy in bits a character")
    func entropy() {
        let random = Array("Zk8Qw2Rt5Yp9Lm3Nx7Vb1Cs4Df6Gh0Jk".utf8)
        let repeated = Array("aaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbb".utf8)
        random.withUnsafeBufferPointer { #expect(APIKeyDetector.entropy($0, 0..<$0.count) > 4.8) }
        repeated.withUnsafeBufferPointer { #expect(abs(APIKeyDetector.entropy($0, 0..<$0.count) - 1) < 1e-9) }
    }
}

@Suite("Passwords")
struct PasswordTests {
    @Test(
        "the value after a password word, in five languages",
        arguments: [
            ("my password is Tr0ub4dor&3 lol", "Tr0ub4dor&3"), ("PASSWORD: s3cr3t!Lamp", "s3cr3t!Lamp"),
            ("Das WLAN-Passwort lautet Sommer2024!", "Sommer2024!"), ("Passwort ist Hund_42.", "Hund_42"),
            ("le mot de passe : Chaton#77", "Chaton#77"), ("le mdp c'est Xy7_pq!", "Xy7_pq!"),
            ("het wachtwoord is Fiets9Rood, veel plezier", "Fiets9Rood"),
            ("la contraseña del wifi es Perro_Azul8", "Perro_Azul8"),
            ("the password for the guest network is blue_falcon42.", "blue_falcon42"), ("pw: hunter22", "hunter22"),
            ("password = \"kT9#vb2Lq\"", "kT9#vb2Lq"), ("my password is (R2YSKhS@J don't tell", "(R2YSKhS@J"),
            ("(wifi password: vG3@XPd+p)", "vG3@XPd+p"), ("wifi password: vG3@XPd+p) ok", "vG3@XPd+p)"),
            ("router pass: correcthorse", "correcthorse"), ("password is now Winter2025!", "Winter2025!"),
        ])
    func found(_ text: String, _ expected: String) throws {
        #expect(try matches(PasswordDetector(), in: text) == [expected])
    }

    @Test(
        "ordinary words after a password word are not passwords",
        arguments: [
            "my password is wrong again", "the password is too long", "Passwort ist geheim", "password: ********",
            "I forgot my password yesterday", "pass is word", "change your password: it's been leaked", "mot de passe oublié",
            "het wachtwoord is verlopen", "la contraseña es incorrecta", "password is Required", "password: me@example.com",
        ])
    func quiet(_ text: String) throws {
        #expect(try matches(PasswordDetector(), in: text).isEmpty)
    }
}
