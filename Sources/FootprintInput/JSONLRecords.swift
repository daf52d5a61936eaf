#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns one line of JSON Lines input (one JSON object per line) into a `Record`.
///
/// The object's text field (default `"text"`) must be a string; its id field (default `"id"`)
/// may be a string, a number (kept as its text), null or missing. Every other member becomes
/// metadata, in input order. A UTF-8 byte order mark at the start of the line and a `\r` at its
/// end are ignored.
public struct JSONLRecordDecoder: Sendable {
    /// Name of the member holding the post text.
    public var textField: String
    /// Name of the member holding the post id.
    public var idField: String
    /// The JSON parser used for each line (its depth limit applies).
    public var parser: JSONParser

    /// Creates a decoder reading the text from `textField` and the id from `idField`.
    public init(textField: String = "text", idField: String = "id") {
        self.textField = textField
        self.idField = idField
        self.parser = JSONParser()
    }

    /// Decodes one line (without its `\n`). `lineNumber` (1-based) and `source` are copied into the
    /// record or failure.
    ///
    /// An empty or whitespace-only line is a failure ("empty line"); callers that want to skip
    /// blank lines check for that themselves.
    public func decode(line: UnsafeBufferPointer<UInt8>, lineNumber: Int, source: String?) -> RecordResult {
        var start = 0
        var end = line.count
        if end > 0 && line[end - 1] == 0x0D { end -= 1 }
        if end - start >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF { start = 3 }

        var firstNonSpace = start
        while firstNonSpace < end {
            let byte = line[firstNonSpace]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { break }
            firstNonSpace += 1
        }
        if firstNonSpace == end { return .failure(line: lineNumber, message: "empty line") }

        let value: JSONValue
        do {
            value = try parser.parse(UnsafeBufferPointer(rebasing: line[start..<end]))
        } catch {
            // NOTE: report offsets in the line as given, i.e. counting a skipped BOM.
            let shifted = JSONError(offset: error.offset + start, message: error.message)
            return .failure(line: lineNumber, message: "invalid JSON: \(shifted)")
        }
        guard case .object(let members) = value else {
            return .failure(line: lineNumber, message: "expected a JSON object, found \(value.kindName)")
        }

        var idValue: JSONValue?
        var textValue: JSONValue?
        var metadata: [(key: String, value: JSONValue)] = []
        metadata.reserveCapacity(members.count)
        for member in members {
            // Duplicate id or text members: the last one wins, as with `JSONValue.subscript`.
            var isField = false
            if member.key == idField {
                idValue = member.value
                isField = true
            }
            if member.key == textField {
                textValue = member.value
                isField = true
            }
            if !isField { metadata.append(member) }
        }

        let id: String?
        switch idValue {
        case nil, .null?:
            id = nil
        case .string(let string)?:
            id = string
        case .number(let number)?:
            id = number
        default:
            return .failure(line: lineNumber, message: "field '\(idField)' must be a string or number")
        }

        guard let textValue else {
            return .failure(line: lineNumber, message: "missing field '\(textField)'")
        }
        guard case .string(let text) = textValue else {
            return .failure(line: lineNumber, message: "field '\(textField)' must be a string")
        }

        return .record(Record(id: id, text: Array(text.utf8), metadata: metadata, line: lineNumber, source: source))
    }

    /// Decodes one line (without its `\n`); see `decode(line:lineNumber:source:)`.
    public func decode(line: [UInt8], lineNumber: Int, source: String?) -> RecordResult {
        line.withUnsafeBufferPointer { decode(line: $0, lineNumber: lineNumber, source: source) }
    }
}

/// A failed read from the input.
public struct LineReadError: Error, CustomStringConvertible, Sendable {
    /// The `errno` value read(2) reported.
    public let code: Int32
    /// The system's description of `code`, e.g. "Bad file descriptor".
    public let reason: String

    /// Creates an error for `code`, describing it with strerror(3).
    public init(code: Int32) {
        self.code = code
        // NOTE: strerror returns a non-null string in practice; stay safe if it does not.
        let text: UnsafeMutablePointer<CChar>? = strerror(code)
        self.reason = text.map { String(cString: $0) } ?? "unknown error"
    }

    /// For example "read failed: Bad file descriptor (errno 9)".
    public var description: String { "read failed: \(reason) (errno \(code))" }
}

/// Splits the bytes read from a file descriptor into `\n`-terminated lines.
///
/// Reads with a fixed-size buffer and hands each line to a closure without its `\n` (a `\r`
/// before it is left in place). Lines that fit in the buffer are passed straight from it; a line
/// spanning reads is assembled in a separate buffer, so at most one line is held in memory, and
/// lines of any length work. The last line counts even without a trailing newline, but the empty
/// remainder after a final `\n` is not a line.
public struct LineSplitter: Sendable {
    /// The default read buffer size (256 KiB).
    public static let defaultBufferSize = 256 * 1024

    /// The descriptor read from. The splitter neither opens nor closes it.
    public let fileDescriptor: Int32
    /// How many bytes each read(2) asks for.
    public let bufferSize: Int

    /// Creates a splitter reading `fileDescriptor` `bufferSize` bytes at a time (at least 1).
    public init(fileDescriptor: Int32, bufferSize: Int = LineSplitter.defaultBufferSize) {
        self.fileDescriptor = fileDescriptor
        self.bufferSize = max(1, bufferSize)
    }

    /// Reads to the end of the input, calling `body` with each line and its 1-based number.
    ///
    /// The buffer passed to `body` is only valid during the call. Throws `LineReadError` when a
    /// read fails, or whatever `body` throws (which stops reading).
    public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        try Self.forEachLine(in: ByteSource(fileDescriptor: fileDescriptor, blockSize: bufferSize), body)
    }

    /// Calls `body` with each line of `source` and its 1-based number, as `forEachLine(_:)` does.
    public static func forEachLine(in source: ByteSource, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        // The start of a line that did not end within the bytes read so far.
        var partial: [UInt8] = []
        var lineNumber = 0
        var largestBlock = 0

        func emitPartial(through chunk: UnsafeBufferPointer<UInt8>) throws {
            partial.append(contentsOf: chunk)
            lineNumber += 1
            try partial.withUnsafeBufferPointer { try body($0, lineNumber) }
            // NOTE: keep a modest allocation for the next long line, but do not hold on to the
            // memory of one huge line for the rest of the input.
            partial.removeAll(keepingCapacity: partial.capacity <= 4 * max(largestBlock, defaultBufferSize))
        }

        while try source.next({ block in
            largestBlock = max(largestBlock, block.count)
            guard let base = block.baseAddress else { return }
            var lineStart = 0
            while lineStart < block.count {
                guard let found = memchr(base + lineStart, 0x0A, block.count - lineStart) else { break }
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let chunk = UnsafeBufferPointer(rebasing: block[lineStart..<newline])
                if partial.isEmpty {
                    lineNumber += 1
                    try body(chunk, lineNumber)
                } else {
                    try emitPartial(through: chunk)
                }
                lineStart = newline + 1
            }
            if lineStart < block.count {
                partial.append(contentsOf: UnsafeBufferPointer(rebasing: block[lineStart..<block.count]))
            }
        }) {}
        if !partial.isEmpty {
            try emitPartial(through: UnsafeBufferPointer(start: nil, count: 0))
        }
    }
}
