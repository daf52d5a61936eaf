/// Why a JSON document was rejected, and where.
public struct JSONError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Byte offset in the parsed input where the problem was found.
    public let offset: Int
    /// Short lowercase description without the position, e.g. "unexpected character 'x'".
    public let message: String

    /// Creates an error at `offset` with `message`.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// The message with its position, e.g. "unexpected character 'x' at byte 12".
    public var description: String { "\(message) at byte \(offset)" }
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes, written for speed and predictable failure.
///
/// - Accepts exactly one JSON value surrounded by optional whitespace (space, tab, CR, LF).
/// - Decodes every escape, including `\uXXXX` surrogate pairs; a lone surrogate becomes U+FFFD.
/// - Invalid UTF-8 inside strings is repaired (each maximal invalid subpart becomes U+FFFD)
///   instead of failing.
/// - Nesting beyond `maxDepth` is an error. The parser keeps its own stack, so depth never
///   turns into native recursion.
/// - Runs in time linear in the input.
public struct JSONParser: Sendable {
    /// The default maximum nesting depth.
    public static let defaultMaxDepth = 512

    // NOTE: values are freed and compared recursively (one native frame per level), so keep this
    // in the hundreds or low thousands rather than removing the limit.
    /// The deepest nesting of arrays and objects accepted; `0` allows only scalar documents.
    public var maxDepth: Int

    /// Creates a parser accepting at most `maxDepth` levels of nesting.
    public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.maxDepth = max(0, maxDepth)
    }

    /// Parses one JSON document from `bytes`.
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONError) -> JSONValue {
        var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
        return try reader.parseDocument()
    }

    /// Parses one JSON document from `bytes`.
    public func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONError) -> JSONValue in
            try parse(buffer)
        }
    }

    /// Parses one JSON document from the UTF-8 of `text`.
    public func parse(_ text: String) throws(JSONError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

// MARK: - Implementation

/// ASCII bytes the parser looks for.
private enum ASCII {
    static let quote: UInt8 = 0x22  // "
    static let backslash: UInt8 = 0x5C  // \
    static let slash: UInt8 = 0x2F  // /
    static let comma: UInt8 = 0x2C  // ,
    static let colon: UInt8 = 0x3A  // :
    static let minus: UInt8 = 0x2D  // -
    static let plus: UInt8 = 0x2B  // +
    static let dot: UInt8 = 0x2E  // .
    static let zero: UInt8 = 0x30  // 0
    static let nine: UInt8 = 0x39  // 9
    static let openBracket: UInt8 = 0x5B  // [
    static let closeBracket: UInt8 = 0x5D  // ]
    static let openBrace: UInt8 = 0x7B  // {
    static let closeBrace: UInt8 = 0x7D  // }
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let lowerE: UInt8 = 0x65  // e
    static let upperE: UInt8 = 0x45  // E
    static let lowerU: UInt8 = 0x75  // u
}

/// An array or object still being filled in.
private struct Frame {
    let isObject: Bool
    var elements: [JSONValue] = []
    var members: [(key: String, value: JSONValue)] = []
    /// The key whose value is being parsed (objects only).
    var key: String = ""
}

/// The parsing state for one document.
private struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    let maxDepth: Int
    /// Current byte offset.
    var pos = 0
    /// Reused output buffer for strings that need decoding (escapes).
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.count = bytes.count
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONError) -> JSONValue {
        let value = try parseValue()
        skipWhitespace()
        if pos < count { throw unexpected() }
        return value
    }

    // MARK: Structure

    /// Parses one value, nested containers included, with an explicit stack of open containers.
    mutating func parseValue() throws(JSONError) -> JSONValue {
        var stack: [Frame] = []
        var value: JSONValue
        nextValue: while true {
            skipWhitespace()
            guard pos < count else { throw unexpected() }
            switch bytes[pos] {
            case ASCII.openBrace:
                try checkDepth(stack.count)
                pos += 1
                skipWhitespace()
                if pos < count && bytes[pos] == ASCII.closeBrace {
                    pos += 1
                    value = .object([])
                } else {
                    let key = try parseKey()
                    stack.append(Frame(isObject: true, key: key))
                    continue nextValue
                }
            case ASCII.openBracket:
                try checkDepth(stack.count)
                pos += 1
                skipWhitespace()
                if pos < count && bytes[pos] == ASCII.closeBracket {
                    pos += 1
                    value = .array([])
                } else {
                    stack.append(Frame(isObject: false))
                    continue nextValue
                }
            case ASCII.quote:
                value = .string(try parseString())
            case 0x74:  // t
                try expectLiteral("true")
                value = .bool(true)
            case 0x66:  // f
                try expectLiteral("false")
                value = .bool(false)
            case 0x6E:  // n
                try expectLiteral("null")
                value = .null
            case ASCII.minus, ASCII.zero...ASCII.nine:
                value = .number(try parseNumber())
            default:
                throw unexpected()
            }

            // Hand the finished value to the innermost open container; closing that container
            // finishes another value, so repeat until a new value must be parsed or none is open.
            while true {
                let top = stack.count - 1
                guard top >= 0 else { return value }
                // NOTE: mutate through the subscript so the element arrays stay uniquely
                // referenced and append in place (copying a frame out would make this quadratic).
                if stack[top].isObject {
                    stack[top].members.append((key: stack[top].key, value: value))
                } else {
                    stack[top].elements.append(value)
                }
                skipWhitespace()
                guard pos < count else { throw unexpected() }
                let byte = bytes[pos]
                if byte == ASCII.comma {
                    pos += 1
                    if stack[top].isObject {
                        skipWhitespace()
                        stack[top].key = try parseKey()
                    }
                    continue nextValue
                }
                let closer = stack[top].isObject ? ASCII.closeBrace : ASCII.closeBracket
                guard byte == closer else { throw unexpected() }
                pos += 1
                let frame = stack.removeLast()
                value = frame.isObject ? .object(frame.members) : .array(frame.elements)
            }
        }
    }

    /// Throws when opening one more container (with `openCount` already open) exceeds the limit.
    func checkDepth(_ openCount: Int) throws(JSONError) {
        if openCount >= maxDepth {
            throw JSONError(offset: pos, message: "nesting deeper than \(maxDepth)")
        }
    }

    /// Parses `"key"` and the `:` after it; `pos` is at the opening quote (or the bad byte).
    mutating func parseKey() throws(JSONError) -> String {
        guard pos < count, bytes[pos] == ASCII.quote else { throw unexpected() }
        let key = try parseString()
        skipWhitespace()
        guard pos < count, bytes[pos] == ASCII.colon else { throw unexpected() }
        pos += 1
        return key
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
        let utf8 = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for expected in utf8 {
            guard pos < count, bytes[pos] == expected else { throw unexpected() }
            pos += 1
        }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < count {
            switch bytes[pos] {
            case ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn: pos += 1
            default: return
            }
        }
    }

    // MARK: Numbers

    /// Validates `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` and returns its text.
    mutating func parseNumber() throws(JSONError) -> String {
        let start = pos
        if bytes[pos] == ASCII.minus { pos += 1 }
        guard pos < count, isDigit(bytes[pos]) else { throw unexpected() }
        if bytes[pos] == ASCII.zero {
            if pos + 1 < count && isDigit(bytes[pos + 1]) {
                throw JSONError(offset: pos, message: "leading zero in number")
            }
            pos += 1
        } else {
            skipDigits()
        }
        if pos < count && bytes[pos] == ASCII.dot {
            pos += 1
            guard pos < count, isDigit(bytes[pos]) else { throw unexpected() }
            skipDigits()
        }
        if pos < count && (bytes[pos] == ASCII.lowerE || bytes[pos] == ASCII.upperE) {
            pos += 1
            if pos < count && (bytes[pos] == ASCII.plus || bytes[pos] == ASCII.minus) { pos += 1 }
            guard pos < count, isDigit(bytes[pos]) else { throw unexpected() }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool { byte >= ASCII.zero && byte <= ASCII.nine }

    @inline(__always)
    mutating func skipDigits() {
        while pos < count && isDigit(bytes[pos]) { pos += 1 }
    }

    // MARK: Strings

    /// Parses a string; `pos` is at the opening quote.
    mutating func parseString() throws(JSONError) -> String {
        let open = pos
        pos += 1
        let start = pos
        skipPlainBytes()
        guard pos < count else { throw unterminatedString(open) }
        if bytes[pos] == ASCII.quote {
            // Fast path: no escapes. String(decoding:) repairs invalid UTF-8 with U+FFFD.
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
            pos += 1
            return text
        }

        // Slow path: decode into `scratch`.
        // NOTE: raw bytes and decoded escapes are concatenated and repaired together at the end.
        // That is safe: an escape always yields a complete sequence that starts with an ASCII or
        // lead byte, never a continuation byte, so it cannot complete a truncated raw sequence.
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while true {
            guard pos < count else { throw unterminatedString(open) }
            let byte = bytes[pos]
            if byte == ASCII.quote {
                pos += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if byte == ASCII.backslash {
                try parseEscape(open: open)
            } else if byte < 0x20 {
                throw JSONError(offset: pos, message: "control character \(hexByte(byte)) in string")
            } else {
                let runStart = pos
                skipPlainBytes()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
            }
        }
    }

    /// Advances `pos` to the next quote, backslash or control byte, or to the end.
    @inline(__always)
    mutating func skipPlainBytes() {
        // NOTE: eight bytes at a time with the "has a zero byte" trick
        // (https://graphics.stanford.edu/~seander/bithacks.html#ZeroInWord): `hasZero(w ^ c)`
        // is true when some byte equals c, and `(w - 0x20…) & ~w & 0x80…` when some byte is
        // below 0x20. Both are exact as yes/no answers for the whole word.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while pos + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: pos, as: UInt64.self)
                let quotes = word ^ (ones &* UInt64(ASCII.quote))
                let backslashes = word ^ (ones &* UInt64(ASCII.backslash))
                let special =
                    ((quotes &- ones) & ~quotes)
                    | ((backslashes &- ones) & ~backslashes)
                    | ((word &- ones &* 0x20) & ~word)
                if special & highs != 0 { break }
                pos += 8
            }
        }
        while pos < count {
            let byte = bytes[pos]
            if byte == ASCII.quote || byte == ASCII.backslash || byte < 0x20 { return }
            pos += 1
        }
    }

    /// Decodes one escape into `scratch`; `pos` is at the backslash.
    mutating func parseEscape(open: Int) throws(JSONError) {
        let escape = pos
        guard pos + 1 < count else { throw unterminatedString(open) }
        let decoded: UInt8
        switch bytes[pos + 1] {
        case ASCII.quote: decoded = ASCII.quote
        case ASCII.backslash: decoded = ASCII.backslash
        case ASCII.slash: decoded = ASCII.slash
        case 0x62: decoded = 0x08  // b
        case 0x66: decoded = 0x0C  // f
        case 0x6E: decoded = ASCII.lineFeed  // n
        case 0x72: decoded = ASCII.carriageReturn  // r
        case 0x74: decoded = ASCII.tab  // t
        case ASCII.lowerU:
            let unit = try hex4(escape: escape, open: open)
            pos += 6
            switch unit {
            case 0xD800...0xDBFF:
                // A high surrogate is only meaningful followed by an escaped low surrogate.
                if pos + 1 < count && bytes[pos] == ASCII.backslash && bytes[pos + 1] == ASCII.lowerU {
                    let low = try hex4(escape: pos, open: open)
                    if (0xDC00...0xDFFF).contains(low) {
                        pos += 6
                        appendScalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        return
                    }
                }
                // NOTE: lone high surrogate; the escape after it (if any) is decoded on its own.
                appendScalar(0xFFFD)
            case 0xDC00...0xDFFF:
                appendScalar(0xFFFD)  // lone low surrogate
            default:
                appendScalar(unit)
            }
            return
        default:
            throw JSONError(offset: escape, message: "invalid escape sequence")
        }
        scratch.append(decoded)
        pos += 2
    }

    /// Reads the four hex digits of the `\u` escape at `escape`.
    func hex4(escape: Int, open: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for index in (escape + 2)..<(escape + 6) {
            guard index < count else { throw unterminatedString(open) }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw JSONError(offset: escape, message: "invalid unicode escape")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Appends `scalar` (never a surrogate) to `scratch` as UTF-8.
    mutating func appendScalar(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    // MARK: Errors

    /// "unexpected character 'x'" (or byte, or end of input) at the current position.
    func unexpected() -> JSONError {
        guard pos < count else { return JSONError(offset: pos, message: "unexpected end of input") }
        let byte = bytes[pos]
        if byte >= 0x20 && byte < 0x7F {
            let character = Character(Unicode.Scalar(byte))
            return JSONError(offset: pos, message: "unexpected character '\(character)'")
        }
        return JSONError(offset: pos, message: "unexpected byte \(hexByte(byte))")
    }

    func unterminatedString(_ open: Int) -> JSONError {
        JSONError(offset: open, message: "unterminated string")
    }

    func hexByte(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0x0" + digits : "0x" + digits
    }
}
