/// A decoded CBOR value (RFC 8949), as DAG-CBOR uses it: Bluesky's repository records.
public indirect enum CBORValue: Sendable, Equatable {
    case unsigned(UInt64)
    /// A negative integer, −1 − n.
    case negative(UInt64)
    case bytes([UInt8])
    case text(String)
    case array([CBORValue])
    /// Members in input order.
    case map([(key: CBORValue, value: CBORValue)])
    case tagged(UInt64, CBORValue)
    case bool(Bool)
    case null
    case undefined
    case float(Double)

    /// The value of the text key `key` when this is a map.
    public subscript(key: String) -> CBORValue? {
        guard case .map(let members) = self else { return nil }
        return members.first { $0.key == .text(key) }?.value
    }

    /// The text, when this is text.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// Structural equality: maps compare member by member in order, and a NaN float equals a NaN.
    public static func == (a: CBORValue, b: CBORValue) -> Bool {
        switch (a, b) {
        case (.unsigned(let x), .unsigned(let y)), (.negative(let x), .negative(let y)): x == y
        case (.bytes(let x), .bytes(let y)): x == y
        case (.text(let x), .text(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.map(let x), .map(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.tagged(let t, let x), .tagged(let u, let y)): t == u && x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.null, .null), (.undefined, .undefined): true
        case (.float(let x), .float(let y)): x == y || (x.isNaN && y.isNaN)
        default: false
        }
    }
}

/// Why CBOR could not be decoded, and where.
public struct CBORError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset in the input where decoding failed.
    public var offset: Int
    /// What was wrong, without the position ("nested deeper than 256").
    public var message: String

    /// The message with its position, e.g. "nested deeper than 256 at byte 12".
    public var description: String { "\(message) at byte \(offset)" }
}

/// A CBOR decoder over a byte slice: lengths are checked against the bytes left, nesting is
/// bounded, indefinite lengths (not allowed in DAG-CBOR) are errors. Malformed input throws,
/// never traps.
public struct CBORDecoder {
    /// The deepest nesting of arrays, maps and tags accepted.
    public static let maxDepth = 256

    private let bytes: [UInt8]
    private(set) var offset: Int
    private let end: Int

    /// A decoder reading `bytes` from offset `start` up to `end` (exclusive; the end of `bytes`
    /// when nil or past it).
    public init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.offset = start
        self.end = min(end ?? bytes.count, bytes.count)
    }

    /// Decodes one value from `bytes[start..<end]` and returns it with the offset after it.
    public static func decode(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) throws(CBORError) -> (
        value: CBORValue, end: Int
    ) {
        var decoder = CBORDecoder(bytes, from: start, to: end)
        let value = try decoder.value(depth: 0)
        return (value, decoder.offset)
    }

    private func failure(_ message: String) -> CBORError { CBORError(offset: offset, message: message) }

    private mutating func byte() throws(CBORError) -> UInt8 {
        guard offset < end else { throw failure("unexpected end of CBOR") }
        defer { offset += 1 }
        return bytes[offset]
    }

    private mutating func argument(_ info: UInt8) throws(CBORError) -> UInt64 {
        switch info {
        case 0..<24: return UInt64(info)
        case 24...27:
            let count = 1 << Int(info - 24)
            guard end - offset >= count else { throw failure("unexpected end of CBOR") }
            var value: UInt64 = 0
            for _ in 0..<count { value = value << 8 | UInt64(bytes[offset]); offset += 1 }
            return value
        case 31: throw failure("indefinite lengths are not allowed")
        default: throw failure("reserved additional information \(info)")
        }
    }

    private mutating func length(_ info: UInt8) throws(CBORError) -> Int {
        let value = try argument(info)
        // Every item takes at least one byte: a longer count cannot fit.
        guard value <= UInt64(end - offset) else { throw failure("length \(value) exceeds the \(end - offset) bytes left") }
        return Int(value)
    }

    mutating func value(depth: Int) throws(CBORError) -> CBORValue {
        guard depth < Self.maxDepth else { throw failure("nested deeper than \(Self.maxDepth)") }
        let initial = try byte()
        let major = initial >> 5
        let info = initial & 0x1F
        switch major {
        case 0: return .unsigned(try argument(info))
        case 1: return .negative(try argument(info))
        case 2, 3:
            let count = try length(info)
            let slice = Array(bytes[offset..<(offset + count)])
            offset += count
            if major == 2 { return .bytes(slice) }
            guard let text = String(validating: slice, as: UTF8.self) else { throw failure("text is not valid UTF-8") }
            return .text(text)
        case 4:
            let count = try length(info)
            var items: [CBORValue] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try value(depth: depth + 1)) }
            return .array(items)
        case 5:
            let count = try length(info)
            var members: [(key: CBORValue, value: CBORValue)] = []
            members.reserveCapacity(count)
            for _ in 0..<count {
                let key = try value(depth: depth + 1)
                members.append((key, try value(depth: depth + 1)))
            }
            return .map(members)
        case 6:
            let tag = try argument(info)
            return .tagged(tag, try value(depth: depth + 1))
        default:
            switch info {
            case 20: return .bool(false)
            case 21: return .bool(true)
            case 22: return .null
            case 23: return .undefined
            case 25:
                let half = UInt16(truncatingIfNeeded: try argument(25))
                return .float(Double(Float16(bitPattern: half)))
            case 26: return .float(Double(Float(bitPattern: UInt32(truncatingIfNeeded: try argument(26)))))
            case 27: return .float(Double(bitPattern: try argument(27)))
            default: throw failure("unsupported simple value \(info)")
            }
        }
    }
}
