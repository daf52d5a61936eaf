/// A parsed JSON value, kept close to its source text.
///
/// Numbers keep their original text (`"1.50"` stays `"1.50"`, big integers lose nothing) and
/// objects keep their members in input order, duplicate keys included.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as the exact text it had in the input (for example `-12.5e3`).
    case number(String)
    /// A string with escapes decoded.
    case string(String)
    /// An array, in input order.
    case array([JSONValue])
    /// An object's members in input order; duplicate keys are kept in the order they appeared.
    case object([(key: String, value: JSONValue)])

    /// The value of the LAST member named `key` when this is an object (matching what most JSON
    /// readers do with duplicate keys); nil when there is no such member or this is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for member in members.reversed() where member.key == key {
            return member.value
        }
        return nil
    }

    /// A short lowercase name of the value's kind ("null", "bool", "number", "string", "array",
    /// "object"), for messages.
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    // NOTE: this recurses once per nesting level; the parser's depth limit bounds that.
    /// Structural equality. Numbers compare by text (`1.0` ≠ `1`) and objects compare member by
    /// member in order (`{"a":1,"b":2}` ≠ `{"b":2,"a":1}`), because both are kept as written.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.number(let a), .number(let b)):
            return a == b
        case (.string(let a), .string(let b)):
            return a == b
        case (.array(let a), .array(let b)):
            return a == b
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where x.key != y.key || x.value != y.value {
                return false
            }
            return true
        default:
            return false
        }
    }
}
