import Foundation
import Testing

@testable import FootprintInput

private func decode(_ line: String, decoder: JSONLRecordDecoder = JSONLRecordDecoder()) -> RecordResult {
    decoder.decode(line: Array(line.utf8), lineNumber: 7, source: "posts.jsonl")
}

private func decode(bytes: [UInt8]) -> RecordResult {
    JSONLRecordDecoder().decode(line: bytes, lineNumber: 7, source: "posts.jsonl")
}

private func recordOf(_ result: RecordResult) -> Record? {
    if case .record(let record) = result { return record }
    return nil
}

private func failureOf(_ result: RecordResult) -> String? {
    if case .failure(let line, let message) = result {
        #expect(line == 7)
        return message
    }
    return nil
}

@Suite("JSONLRecordDecoder")
struct JSONLRecordDecoderTests {
    @Test("a full record")
    func fullRecord() throws {
        let result = decode(#"{"id":"p1","text":"héllo\nworld","lang":"en"}"#)
        let record = try #require(recordOf(result))
        #expect(record.id == "p1")
        #expect(record.text == Array("héllo\nworld".utf8))
        #expect(record.textString == "héllo\nworld")
        #expect(record.metadata.count == 1)
        #expect(record.metadata.first?.key == "lang")
        #expect(record.metadata.first?.value == .string("en"))
        #expect(record.line == 7)
        #expect(record.source == "posts.jsonl")
    }

    @Test("source may be nil")
    func nilSource() throws {
        let result = JSONLRecordDecoder().decode(line: Array(#"{"text":"t"}"#.utf8), lineNumber: 1, source: nil)
        let record = try #require(recordOf(result))
        #expect(record.source == nil)
        #expect(record.line == 1)
    }

    @Test(
        "id may be a string, a number (kept as text), null or missing",
        arguments: [
            (#"{"id":"abc","text":"t"}"#, "abc" as String?),
            (#"{"id":"","text":"t"}"#, ""),
            (#"{"id":42,"text":"t"}"#, "42"),
            (#"{"id":-1.50e3,"text":"t"}"#, "-1.50e3"),
            (#"{"id":12345678901234567890123,"text":"t"}"#, "12345678901234567890123"),
            (#"{"id":null,"text":"t"}"#, nil),
            (#"{"text":"t"}"#, nil),
            (#"{"id":1,"id":"last","text":"t"}"#, "last"),
        ]
    )
    func ids(line: String, expected: String?) throws {
        let record = try #require(recordOf(decode(line)))
        #expect(record.id == expected)
        #expect(record.metadata.isEmpty)
    }

    @Test(
        "an id of another type is rejected",
        arguments: [
            #"{"id":true,"text":"t"}"#,
            #"{"id":[1],"text":"t"}"#,
            #"{"id":{"a":1},"text":"t"}"#,
        ]
    )
    func invalidIDs(line: String) {
        #expect(failureOf(decode(line)) == "field 'id' must be a string or number")
    }

    @Test("a missing text field is rejected")
    func missingText() {
        #expect(failureOf(decode(#"{"id":"x"}"#)) == "missing field 'text'")
        #expect(failureOf(decode("{}")) == "missing field 'text'")
        #expect(failureOf(decode(#"{"Text":"case matters"}"#)) == "missing field 'text'")
    }

    @Test(
        "a text field that is not a string is rejected",
        arguments: [
            #"{"text":1}"#, #"{"text":null}"#, #"{"text":true}"#, #"{"text":["a"]}"#, #"{"text":{"a":"b"}}"#,
        ]
    )
    func wrongTextType(line: String) {
        #expect(failureOf(decode(line)) == "field 'text' must be a string")
    }

    @Test("metadata keeps the other fields in input order, duplicates included")
    func metadataOrder() throws {
        let line = #"{"b":1,"id":"x","a":[true],"text":"t","c":{"z":null},"a":"again"}"#
        let record = try #require(recordOf(decode(line)))
        #expect(record.metadata.map { $0.key } == ["b", "a", "c", "a"])
        #expect(
            record.metadata.map { $0.value } == [
                .number("1"), .array([.bool(true)]), .object([(key: "z", value: .null)]), .string("again"),
            ])
    }

    @Test("the last text field wins")
    func duplicateText() throws {
        let record = try #require(recordOf(decode(#"{"text":"first","text":"second"}"#)))
        #expect(record.textString == "second")
        #expect(record.metadata.isEmpty)
    }

    @Test("custom field names")
    func customFields() throws {
        let decoder = JSONLRecordDecoder(textField: "body", idField: "uuid")
        let record = try #require(recordOf(decode(#"{"uuid":"u1","id":"other","body":"hi","text":"meta"}"#, decoder: decoder)))
        #expect(record.id == "u1")
        #expect(record.textString == "hi")
        #expect(record.metadata.map { $0.key } == ["id", "text"])
        #expect(failureOf(decode(#"{"text":"t"}"#, decoder: decoder)) == "missing field 'body'")
        #expect(failureOf(decode(#"{"uuid":false,"body":"t"}"#, decoder: decoder)) == "field 'uuid' must be a string or number")
    }

    @Test("a UTF-8 BOM at the start of the line is skipped")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"text":"t"}"#.utf8)
        let record = try #require(recordOf(decode(bytes: bytes)))
        #expect(record.textString == "t")
        // Offsets in messages count the BOM, so they match the line as given.
        let bad: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"text":x}"#.utf8)
        #expect(failureOf(decode(bytes: bad)) == "invalid JSON: unexpected character 'x' at byte 11")
        #expect(failureOf(decode(bytes: [0xEF, 0xBB, 0xBF])) == "empty line")
    }

    @Test("a trailing carriage return is stripped")
    func crlf() throws {
        let record = try #require(recordOf(decode("{\"text\":\"t\"}\r")))
        #expect(record.textString == "t")
        #expect(failureOf(decode("\r")) == "empty line")
        // Only the line ending goes; a CR inside the text stays.
        #expect(try #require(recordOf(decode("{\"text\":\"a\\rb\"}\r"))).textString == "a\rb")
    }

    @Test("empty and whitespace-only lines are failures", arguments: ["", " ", "\t \t", "\r", " \r", "\n"])
    func emptyLines(line: String) {
        #expect(failureOf(decode(line)) == "empty line")
    }

    @Test(
        "lines that are not JSON objects",
        arguments: [
            ("[1]", "expected a JSON object, found array"),
            ("\"text\"", "expected a JSON object, found string"),
            ("42", "expected a JSON object, found number"),
            ("null", "expected a JSON object, found null"),
            (#"{"text":"t"} x"#, "invalid JSON: unexpected character 'x' at byte 13"),
            (#"{"text":"t""#, "invalid JSON: unexpected end of input at byte 11"),
            (#"{"text":"t}"#, "invalid JSON: unterminated string at byte 8"),
            (#"{"text":"t"},{"text":"u"}"#, "invalid JSON: unexpected character ',' at byte 12"),
        ]
    )
    func notObjects(line: String, message: String) {
        #expect(failureOf(decode(line)) == message)
    }

    @Test("surrounding whitespace is allowed")
    func surroundingWhitespace() throws {
        let record = try #require(recordOf(decode(" \t{\"text\" : \"t\"}  ")))
        #expect(record.textString == "t")
    }

    @Test("invalid UTF-8 in the text is repaired")
    func invalidUTF8Text() throws {
        let bytes = Array(#"{"text":""#.utf8) + [0x61, 0xFF, 0x62] + Array(#""}"#.utf8)
        let record = try #require(recordOf(decode(bytes: bytes)))
        #expect(record.text == [0x61, 0xEF, 0xBF, 0xBD, 0x62])
    }

    @Test("array and buffer entry points agree")
    func entryPoints() throws {
        let bytes = Array(#"{"id":3,"text":"t","x":1}"#.utf8)
        let decoder = JSONLRecordDecoder()
        let fromArray = try #require(recordOf(decoder.decode(line: bytes, lineNumber: 2, source: nil)))
        let fromBuffer = try #require(
            recordOf(bytes.withUnsafeBufferPointer { decoder.decode(line: $0, lineNumber: 2, source: nil) }))
        #expect(fromArray.id == fromBuffer.id)
        #expect(fromArray.text == fromBuffer.text)
        #expect(fromArray.metadata.map { $0.key } == fromBuffer.metadata.map { $0.key })
    }

    @Test("the decoder's parser depth limit applies")
    func depthLimit() {
        var decoder = JSONLRecordDecoder()
        decoder.parser = JSONParser(maxDepth: 2)
        #expect(failureOf(decode(#"{"text":"t","m":[1]}"#, decoder: decoder)) == nil)
        #expect(
            failureOf(decode(#"{"text":"t","m":[[1]]}"#, decoder: decoder))
                == "invalid JSON: nesting deeper than 2 at byte 17")
    }
}

// MARK: - LineSplitter

/// Writes `bytes` to a temporary file and calls `body` with a descriptor open for reading.
private func withTemporaryFile<T>(_ bytes: [UInt8], _ body: (Int32) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("footprint-lines-\(UUID().uuidString).txt")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let fd = open(url.path, O_RDONLY)
    guard fd >= 0 else { throw LineReadError(code: errno) }
    defer { close(fd) }
    return try body(fd)
}

/// Every line the splitter reports, with its number.
private func splitLines(_ bytes: [UInt8], bufferSize: Int = LineSplitter.defaultBufferSize) throws -> [(
    line: [UInt8], number: Int
)] {
    try withTemporaryFile(bytes) { fd in
        var lines: [(line: [UInt8], number: Int)] = []
        try LineSplitter(fileDescriptor: fd, bufferSize: bufferSize).forEachLine { line, number in
            lines.append((Array(line), number))
        }
        return lines
    }
}

/// The lines `bytes` should split into: split on "\n", without the empty remainder after a final "\n".
private func expectedLines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines
}

@Suite("LineSplitter")
struct LineSplitterTests {
    static let mixedContent = Array("first\n\nthird\r\n\n  \nsixth é€😀\nlast without newline".utf8)

    @Test("lines match a reference split at any buffer size", arguments: [1, 2, 3, 5, 8, 13, 64, LineSplitter.defaultBufferSize])
    func bufferSizes(bufferSize: Int) throws {
        let lines = try splitLines(Self.mixedContent, bufferSize: bufferSize)
        #expect(lines.map { $0.line } == expectedLines(Self.mixedContent))
        #expect(lines.map { $0.number } == Array(1...7))
    }

    @Test("the last line counts without a trailing newline")
    func noTrailingNewline() throws {
        let lines = try splitLines(Array("a\nb".utf8))
        #expect(lines.map { $0.line } == [[0x61], [0x62]])
    }

    @Test("a final newline does not start another line")
    func trailingNewline() throws {
        #expect(try splitLines(Array("a\nb\n".utf8)).map { $0.line } == [[0x61], [0x62]])
        #expect(try splitLines(Array("a\n\n".utf8)).map { $0.line } == [[0x61], []])
        #expect(try splitLines(Array("\n".utf8)).map { $0.line } == [[]])
        #expect(try splitLines([]).isEmpty)
    }

    @Test("empty lines are reported and numbered")
    func emptyLines() throws {
        let lines = try splitLines(Array("\n\na\n\n".utf8))
        #expect(lines.map { $0.line } == [[], [], [0x61], []])
        #expect(lines.map { $0.number } == [1, 2, 3, 4])
    }

    @Test("a carriage return before the newline is kept for the decoder to strip")
    func carriageReturn() throws {
        #expect(try splitLines(Array("a\r\nb\r\n".utf8)).map { $0.line } == [[0x61, 0x0D], [0x62, 0x0D]])
    }

    @Test("a 1 MB line, longer than the buffer", arguments: [4096, LineSplitter.defaultBufferSize])
    func longLine(bufferSize: Int) throws {
        let long = [UInt8](repeating: 0x78, count: 1024 * 1024)
        let bytes = Array("short\n".utf8) + long + Array("\nend\n".utf8) + long
        let lines = try splitLines(bytes, bufferSize: bufferSize)
        #expect(lines.count == 4)
        #expect(lines.map { $0.line.count } == [5, long.count, 3, long.count])
        #expect(lines[1].line == long)
        #expect(lines[3].line == long)
        #expect(lines.map { $0.number } == [1, 2, 3, 4])
    }

    @Test("1,000 lines give 1,000 calls")
    func thousandLines() throws {
        let text = (1...1000).map { "line \($0)\n" }.joined()
        let lines = try splitLines(Array(text.utf8), bufferSize: 1000)
        #expect(lines.count == 1000)
        #expect(lines.map { $0.number } == Array(1...1000))
        #expect(lines.allSatisfy { String(decoding: $0.line, as: UTF8.self) == "line \($0.number)" })
    }

    @Test("a read failure throws an error with the errno message")
    func readFailure() {
        #expect {
            try LineSplitter(fileDescriptor: -1).forEachLine { _, _ in }
        } throws: { error in
            guard let error = error as? LineReadError else { return false }
            return error.code == EBADF && error.description == "read failed: Bad file descriptor (errno \(EBADF))"
        }
    }

    @Test("an error thrown by the closure stops reading")
    func closureError() throws {
        struct Stop: Error {}
        var calls = 0
        #expect(throws: Stop.self) {
            try withTemporaryFile(Array("a\nb\nc\nd\n".utf8)) { fd in
                try LineSplitter(fileDescriptor: fd, bufferSize: 2).forEachLine { _, number in
                    calls += 1
                    if number == 2 { throw Stop() }
                }
            }
        }
        #expect(calls == 2)
    }

    @Test("splitting and decoding a JSONL file end to end")
    func endToEnd() throws {
        let text = "{\"id\":1,\"text\":\"one\"}\r\n\n{\"text\":2}\n{\"id\":\"x\",\"text\":\"three\",\"lang\":\"en\"}"
        let decoder = JSONLRecordDecoder()
        let results = try withTemporaryFile(Array(text.utf8)) { fd in
            var results: [RecordResult] = []
            try LineSplitter(fileDescriptor: fd).forEachLine { line, number in
                results.append(decoder.decode(line: line, lineNumber: number, source: "in.jsonl"))
            }
            return results
        }
        #expect(results.count == 4)
        let summary = results.map { result -> String in
            switch result {
            case .record(let record): return "\(record.line):\(record.id ?? "-"):\(record.textString)"
            case .failure(let line, let message): return "\(line):\(message)"
            }
        }
        #expect(summary == ["1:1:one", "2:empty line", "3:field 'text' must be a string", "4:x:three"])
    }
}
