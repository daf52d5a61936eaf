import Testing

@testable import FootprintInput

/// A document the parser must reject, with where and why.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    let input: [UInt8]
    let offset: Int
    let message: String

    init(_ input: String, _ offset: Int, _ message: String) {
        self.input = Array(input.utf8)
        self.offset = offset
        self.message = message
    }

    init(bytes: [UInt8], _ offset: Int, _ message: String) {
        self.input = bytes
        self.offset = offset
        self.message = message
    }

    var testDescription: String { String(decoding: input.prefix(40), as: UTF8.self).debugDescription }
}

private func parse(_ text: String) throws -> JSONValue {
    try JSONParser().parse(text)
}

private func parseError(_ bytes: [UInt8], parser: JSONParser = JSONParser()) -> JSONError? {
    do {
        _ = try parser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

/// The string value of a one-string document given as raw bytes between quotes.
private func stringValue(quoting content: [UInt8]) throws -> String? {
    guard case .string(let string) = try JSONParser().parse([0x22] + content + [0x22]) else { return nil }
    return string
}

@Suite("JSONParser")
struct JSONParserTests {
    // MARK: Valid documents

    @Test(
        "valid documents",
        arguments: [
            ("null", JSONValue.null),
            ("true", .bool(true)),
            ("false", .bool(false)),
            ("0", .number("0")),
            ("-0", .number("-0")),
            ("\"\"", .string("")),
            ("\"hello\"", .string("hello")),
            ("[]", .array([])),
            ("{}", .object([])),
            ("[ ]", .array([])),
            ("{ }", .object([])),
            (" \t\r\n 42 \t\r\n ", .number("42")),
            ("[1,\"a\",null,true,false]", .array([.number("1"), .string("a"), .null, .bool(true), .bool(false)])),
            (" [ 1 , [ 2 , [ ] ] , { } ] ", .array([.number("1"), .array([.number("2"), .array([])]), .object([])])),
            (
                "{\"a\":[{\"b\":{}}],\"c\":true}",
                .object([
                    (key: "a", value: .array([.object([(key: "b", value: .object([]))])])),
                    (key: "c", value: .bool(true)),
                ])
            ),
            ("{\n  \"k\" : \"v\" ,\n  \"n\" : null\n}", .object([(key: "k", value: .string("v")), (key: "n", value: .null)])),
            ("[[[[[\"deep\"]]]]]", .array([.array([.array([.array([.array([.string("deep")])])])])])),
            ("\"é€😀\"", .string("é€😀")),
            ("{\"\":\"\"}", .object([(key: "", value: .string(""))])),
        ]
    )
    func validDocuments(input: String, expected: JSONValue) throws {
        #expect(try parse(input) == expected)
    }

    @Test("bytes, buffer and string entry points agree")
    func entryPoints() throws {
        let text = "{\"a\":[1,2.5,\"x\"]}"
        let bytes = Array(text.utf8)
        let fromBytes = try JSONParser().parse(bytes)
        let fromBuffer = try bytes.withUnsafeBufferPointer { try JSONParser().parse($0) }
        let fromString = try JSONParser().parse(text)
        #expect(fromBytes == fromBuffer)
        #expect(fromBytes == fromString)
    }

    @Test("an empty buffer with no base address is an error, not a crash")
    func emptyBuffer() {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(throws: JSONError(offset: 0, message: "unexpected end of input")) {
            try JSONParser().parse(empty)
        }
    }

    // MARK: Numbers

    @Test(
        "numbers keep their original text",
        arguments: [
            "0", "-0", "1", "-1", "10", "1.50", "0.000", "1e10", "1E10", "1e+2", "1E-2", "-12.5e-3",
            "123456789012345678901234567890", "0.1e0001", "-0.0E+00", "9007199254740993",
        ]
    )
    func numbersAsText(_ text: String) throws {
        #expect(try parse(text) == .number(text))
        #expect(try parse("[\(text)]") == .array([.number(text)]))
        #expect(try parse("{\"n\":\(text)}")["n"] == .number(text))
    }

    // MARK: Strings

    @Test("simple escapes")
    func simpleEscapes() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try parse(#""a\nb""#) == .string("a\nb"))
        #expect(try parse(#""\\n""#) == .string("\\n"))
    }

    @Test(
        "unicode escapes and surrogate pairs",
        arguments: [
            (#""\u0041""#, "A"),
            (#""\u00e9\u00E9""#, "éé"),
            (#""\u20AC""#, "€"),
            (#""\u0000""#, "\u{0}"),
            (#""\uFFFF""#, "\u{FFFF}"),
            (#""\ud83d\ude00""#, "😀"),
            (#""\uD83D\uDE00""#, "😀"),
            (#""\uDBFF\uDFFF""#, "\u{10FFFF}"),
            (#""\uD800\uDC00""#, "\u{10000}"),
            (#""x\u0041y\ud83d\ude00z""#, "xAy😀z"),
        ]
    )
    func unicodeEscapes(input: String, expected: String) throws {
        #expect(try parse(input) == .string(expected))
    }

    @Test(
        "lone surrogates become U+FFFD",
        arguments: [
            (#""\ud800""#, "\u{FFFD}"),
            (#""\udc00""#, "\u{FFFD}"),
            (#""\udfff\ud800""#, "\u{FFFD}\u{FFFD}"),
            (#""\ud800x""#, "\u{FFFD}x"),
            (#""\ud800\u0041""#, "\u{FFFD}A"),
            (#""\ud800\n""#, "\u{FFFD}\n"),
            (#""\ud800\ud800\udc00""#, "\u{FFFD}\u{10000}"),
            (#""\ude00\ud83d""#, "\u{FFFD}\u{FFFD}"),
        ]
    )
    func loneSurrogates(input: String, expected: String) throws {
        #expect(try parse(input) == .string(expected))
    }

    @Test(
        "invalid UTF-8 inside strings is replaced, not rejected",
        arguments: [
            ([0xFF], "\u{FFFD}"),
            ([0xFF, 0xFE], "\u{FFFD}\u{FFFD}"),
            ([0x61, 0xE2, 0x82, 0x62], "a\u{FFFD}b"),  // truncated € : one maximal subpart
            ([0xC0, 0x80], "\u{FFFD}\u{FFFD}"),  // overlong NUL
            ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),  // encoded surrogate
            ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),  // above U+10FFFF
            ([0x80], "\u{FFFD}"),  // stray continuation byte
            ([0xF0, 0x9F, 0x98], "\u{FFFD}"),  // truncated 😀
            ([0xE2, 0x82, 0x5C, 0x6E], "\u{FFFD}\n"),  // truncated sequence, then an escape
            ([0x5C, 0x6E, 0xE2, 0x82], "\n\u{FFFD}"),  // escape, then a truncated sequence at the end
            ([0xC3, 0xA9, 0x5C, 0x74, 0xE2, 0x82, 0xAC], "é\t€"),  // valid multibyte around an escape
        ] as [([UInt8], String)]
    )
    func invalidUTF8(content: [UInt8], expected: String) throws {
        #expect(try stringValue(quoting: content) == expected)
    }

    @Test("invalid UTF-8 in keys is replaced too")
    func invalidUTF8InKeys() throws {
        let bytes: [UInt8] = Array("{\"".utf8) + [0xFF] + Array("\":1}".utf8)
        #expect(try JSONParser().parse(bytes)["\u{FFFD}"] == .number("1"))
    }

    @Test("strings with every byte position relative to the eight-byte scan")
    func scanBoundaries() throws {
        // Put the closing quote, an escape and a multibyte character at every offset mod 8.
        for length in 0..<20 {
            let prefix = String(repeating: "a", count: length)
            #expect(try parse("\"\(prefix)\"") == .string(prefix))
            #expect(try parse("\"\(prefix)\\n\(prefix)\"") == .string(prefix + "\n" + prefix))
            #expect(try parse("\"\(prefix)é\(prefix)\"") == .string(prefix + "é" + prefix))
            #expect(
                parseError(Array("\"\(prefix)\u{1}\"".utf8))
                    == JSONError(offset: length + 1, message: "control character 0x01 in string"))
        }
    }

    @Test("a 20 MB string value")
    func largeString() throws {
        let size = 20 * 1024 * 1024
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(size + 2)
        let pattern = Array("abcdefghijklmnopqrstuvwxyz é€😀 0123456789".utf8)
        while bytes.count < size {
            bytes.append(contentsOf: pattern)
        }
        let contentCount = bytes.count - 1
        bytes.append(0x22)
        guard case .string(let string) = try JSONParser().parse(bytes) else {
            Issue.record("not a string")
            return
        }
        #expect(string.utf8.count == contentCount)
        #expect(string.utf8.elementsEqual(bytes[1..<(bytes.count - 1)]))
    }

    @Test("a 20 MB string value with escapes throughout")
    func largeEscapedString() throws {
        let size = 20 * 1024 * 1024
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(size + 2)
        var expected: [UInt8] = []
        expected.reserveCapacity(size)
        let plain = Array(String(repeating: "x", count: 1000).utf8)
        while bytes.count < size {
            bytes.append(contentsOf: plain)
            bytes.append(contentsOf: Array(#"\n\u00e9"#.utf8))
            expected.append(contentsOf: plain)
            expected.append(contentsOf: [0x0A, 0xC3, 0xA9])
        }
        bytes.append(0x22)
        guard case .string(let string) = try JSONParser().parse(bytes) else {
            Issue.record("not a string")
            return
        }
        #expect(string.utf8.elementsEqual(expected))
    }

    @Test("a large array and object parse in linear time")
    func largeContainers() throws {
        let count = 200_000
        let array = "[" + (0..<count).map { String($0) }.joined(separator: ",") + "]"
        guard case .array(let elements) = try parse(array) else {
            Issue.record("not an array")
            return
        }
        #expect(elements.count == count)
        #expect(elements.last == .number(String(count - 1)))

        let object = "{" + (0..<count).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        guard case .object(let members) = try parse(object) else {
            Issue.record("not an object")
            return
        }
        #expect(members.count == count)
        #expect(members[12345].key == "k12345")
    }

    // MARK: Objects

    @Test("duplicate keys are kept in order; the subscript returns the last")
    func duplicateKeys() throws {
        let value = try parse(#"{"a":1,"b":2,"a":3}"#)
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map { $0.key } == ["a", "b", "a"])
        #expect(members.map { $0.value } == [.number("1"), .number("2"), .number("3")])
        #expect(value["a"] == .number("3"))
        #expect(value["b"] == .number("2"))
        #expect(value["c"] == nil)
        #expect(try parse("[1]")["a"] == nil)
        #expect(try parse(#"{"a":null}"#)["a"] == .null)
    }

    @Test("equality is by text for numbers and by order for objects")
    func equality() throws {
        #expect(try parse("1.0") != parse("1"))
        #expect(try parse(#"{"a":1,"b":2}"#) != parse(#"{"b":2,"a":1}"#))
        #expect(try parse(#"{"a":1,"b":2}"#) == parse(#" { "a" : 1 , "b" : 2 } "#))
        #expect(try parse(#"{"a":1}"#) != parse(#"{"a":1,"a":1}"#))
        #expect(try parse("[1,2]") != parse("[2,1]"))
        #expect(try parse("null") != parse("false"))
        #expect(try parse(#""1""#) != parse("1"))
    }

    @Test("kind names")
    func kindNames() throws {
        let names = try ["null", "true", "1", "\"s\"", "[]", "{}"].map { try parse($0).kindName }
        #expect(names == ["null", "bool", "number", "string", "array", "object"])
    }

    // MARK: Errors

    @Test(
        "malformed input gives an error at the right offset",
        arguments: [
            MalformedCase("", 0, "unexpected end of input"),
            MalformedCase("   ", 3, "unexpected end of input"),
            MalformedCase("x", 0, "unexpected character 'x'"),
            MalformedCase("[1,]", 3, "unexpected character ']'"),
            MalformedCase("[1,,2]", 3, "unexpected character ','"),
            MalformedCase("[,1]", 1, "unexpected character ','"),
            MalformedCase("[1 2]", 3, "unexpected character '2'"),
            MalformedCase("[1}", 2, "unexpected character '}'"),
            MalformedCase("[", 1, "unexpected end of input"),
            MalformedCase("[1", 2, "unexpected end of input"),
            MalformedCase("[1,", 3, "unexpected end of input"),
            MalformedCase(#"{"a" 1}"#, 5, "unexpected character '1'"),
            MalformedCase(#"{"a":1,}"#, 7, "unexpected character '}'"),
            MalformedCase(#"{"a":1]"#, 6, "unexpected character ']'"),
            MalformedCase(#"{"a"}"#, 4, "unexpected character '}'"),
            MalformedCase("{1:2}", 1, "unexpected character '1'"),
            MalformedCase("{'a':1}", 1, "unexpected character '''"),
            MalformedCase("{a:1}", 1, "unexpected character 'a'"),
            MalformedCase(#"{"a":"#, 5, "unexpected end of input"),
            MalformedCase(#"{"a""#, 4, "unexpected end of input"),
            MalformedCase("{", 1, "unexpected end of input"),
            MalformedCase(#""abc"#, 0, "unterminated string"),
            MalformedCase(#"["abc"#, 1, "unterminated string"),
            MalformedCase(#"{"a":"b"#, 5, "unterminated string"),
            MalformedCase(#""ab\"#, 0, "unterminated string"),
            MalformedCase(#""ab\""#, 0, "unterminated string"),
            MalformedCase(#""\u12"#, 0, "unterminated string"),
            MalformedCase(#""\u12G4""#, 1, "invalid unicode escape"),
            MalformedCase(#""\u12""#, 1, "invalid unicode escape"),
            MalformedCase(#""\ud800\u12""#, 7, "invalid unicode escape"),
            MalformedCase(#""\x""#, 1, "invalid escape sequence"),
            MalformedCase(#""ab\'""#, 3, "invalid escape sequence"),
            MalformedCase(#""\U0041""#, 1, "invalid escape sequence"),
            MalformedCase("\"a\nb\"", 2, "control character 0x0A in string"),
            MalformedCase("\"\t\"", 1, "control character 0x09 in string"),
            MalformedCase("\"\\n\u{1F}\"", 3, "control character 0x1F in string"),
            MalformedCase("01", 0, "leading zero in number"),
            MalformedCase("[00]", 1, "leading zero in number"),
            MalformedCase("-01", 1, "leading zero in number"),
            MalformedCase("-", 1, "unexpected end of input"),
            MalformedCase("-a", 1, "unexpected character 'a'"),
            MalformedCase("--1", 1, "unexpected character '-'"),
            MalformedCase("1.", 2, "unexpected end of input"),
            MalformedCase("1.e5", 2, "unexpected character 'e'"),
            MalformedCase("1e", 2, "unexpected end of input"),
            MalformedCase("1e+", 3, "unexpected end of input"),
            MalformedCase("1e+-2", 3, "unexpected character '-'"),
            MalformedCase(".5", 0, "unexpected character '.'"),
            MalformedCase("+1", 0, "unexpected character '+'"),
            MalformedCase("0x10", 1, "unexpected character 'x'"),
            MalformedCase("1 2", 2, "unexpected character '2'"),
            MalformedCase("truex", 4, "unexpected character 'x'"),
            MalformedCase("tru", 3, "unexpected end of input"),
            MalformedCase("nulL", 3, "unexpected character 'L'"),
            MalformedCase("True", 0, "unexpected character 'T'"),
            MalformedCase("NaN", 0, "unexpected character 'N'"),
            MalformedCase("-Infinity", 1, "unexpected character 'I'"),
            MalformedCase("[1] x", 4, "unexpected character 'x'"),
            MalformedCase("{}{}", 2, "unexpected character '{'"),
            MalformedCase("/* c */ 1", 0, "unexpected character '/'"),
            MalformedCase("\u{C}1", 0, "unexpected byte 0x0C"),
            MalformedCase("1\u{0}", 1, "unexpected byte 0x00"),
            MalformedCase(bytes: [0xEF, 0xBB, 0xBF, 0x31], 0, "unexpected byte 0xEF"),  // BOM
            MalformedCase(bytes: [0x5B, 0xC2, 0xA0, 0x5D], 1, "unexpected byte 0xC2"),  // NBSP
        ]
    )
    func malformed(_ testCase: MalformedCase) {
        #expect(parseError(testCase.input) == JSONError(offset: testCase.offset, message: testCase.message))
    }

    @Test("error description includes the byte offset")
    func errorDescription() {
        #expect(parseError(Array("[1, x]".utf8))?.description == "unexpected character 'x' at byte 4")
        #expect(parseError(Array("[\"abc".utf8))?.description == "unterminated string at byte 1")
        #expect(JSONError(offset: 3, message: "unterminated string").description == "unterminated string at byte 3")
    }

    // MARK: Depth

    @Test("100,000 nested arrays give an error quickly", arguments: [false, true])
    func deepArrays(closed: Bool) {
        let depth = 100_000
        let bytes = [UInt8](repeating: 0x5B, count: depth) + (closed ? [UInt8](repeating: 0x5D, count: depth) : [])
        let clock = ContinuousClock()
        var error: JSONError?
        let elapsed = clock.measure { error = parseError(bytes) }
        #expect(error == JSONError(offset: 512, message: "nesting deeper than 512"))
        #expect(error?.description == "nesting deeper than 512 at byte 512")
        #expect(elapsed < .seconds(1))
    }

    @Test("100,000 nested objects give an error")
    func deepObjects() {
        let bytes = Array(String(repeating: #"{"a":"#, count: 100_000).utf8)
        #expect(parseError(bytes) == JSONError(offset: 5 * 512, message: "nesting deeper than 512"))
    }

    @Test("nesting up to the limit is accepted")
    func depthLimitBoundary() throws {
        func nested(_ depth: Int) -> [UInt8] {
            [UInt8](repeating: 0x5B, count: depth) + [UInt8](repeating: 0x5D, count: depth)
        }
        #expect(parseError(nested(512)) == nil)
        #expect(parseError(nested(513)) == JSONError(offset: 512, message: "nesting deeper than 512"))
        // Scalars inside the deepest container do not count as a level.
        #expect(parseError([UInt8](repeating: 0x5B, count: 512) + [0x31] + [UInt8](repeating: 0x5D, count: 512)) == nil)
    }

    @Test("the depth limit is configurable", arguments: [0, 1, 2, 10])
    func configurableDepth(limit: Int) {
        let parser = JSONParser(maxDepth: limit)
        #expect(parser.maxDepth == limit)
        let ok = [UInt8](repeating: 0x5B, count: limit) + [0x31] + [UInt8](repeating: 0x5D, count: limit)
        #expect(parseError(ok, parser: parser) == nil)
        let tooDeep = Array(String(repeating: #"{"k":"#, count: limit + 1).utf8) + [0x31]
        #expect(
            parseError(tooDeep, parser: parser)
                == JSONError(offset: 5 * limit, message: "nesting deeper than \(limit)"))
        #expect(parseError(Array("\"scalar\"".utf8), parser: parser) == nil)
    }
}
