/// Streams the elements of a large JSON array one at a time, so that an export of any size is
/// held one element (one post) at a time instead of as a whole tree.
///
/// The scanner tracks strings and nesting without building values; each element's bytes are
/// handed to a closure that parses them (with `JSONParser`, whose errors then name the element).
/// The array is either the document's first array (after any prefix without brackets, such as
/// `window.YTD.tweets.part0 = `), or, when the document is an object, the value of every
/// top-level member with a given name (some exports repeat the key).
public enum JSONStream {
    /// What the document turned out to be.
    public enum Shape: Sendable, Equatable {
        /// An array: its elements were streamed.
        case array
        /// An object: the elements of its `member` arrays were streamed, if it had any.
        case object(foundMember: Bool)
    }

    private enum Phase { case prefix, array, object, done }
    private enum Expect { case key, colon, value, comma }

    /// Calls `body` with the bytes of each element (valid only during the call) and whether it
    /// came from a `member` array rather than a top-level array. Throws `JSONError` (with the
    /// offset in the whole input) when the arrays are not well formed, and what `source` or
    /// `body` throw.
    @discardableResult
    public static func forEachElement(
        in source: ByteSource, member: String? = nil,
        _ body: (_ element: UnsafeBufferPointer<UInt8>, _ fromMember: Bool) throws -> Void
    ) throws -> Shape {
        let wanted = member.map { Array($0.utf8) }
        var phase = Phase.prefix
        var depth = 0
        var inString = false
        var escaped = false
        // The depth of the elements being streamed; 0 when no array is being streamed.
        var target = 0
        var elementOpen = false
        var afterComma = false
        var element: [UInt8] = []
        var elementStart = 0
        var expect = Expect.key
        var key: [UInt8] = []
        var collectingKey = false
        var found = false
        var isObject = false
        var blockOffset = 0

        while try source.next({ block in
            elementStart = 0
            defer { blockOffset += block.count }
            func fail(_ message: String, at i: Int) -> JSONError { JSONError(offset: blockOffset + i, message: message) }
            func endElement(at i: Int) throws {
                if element.isEmpty {
                    try body(UnsafeBufferPointer(rebasing: block[elementStart..<i]), phase == .object)
                } else {
                    element.append(contentsOf: UnsafeBufferPointer(rebasing: block[elementStart..<i]))
                    try element.withUnsafeBufferPointer { try body($0, phase == .object) }
                    element.removeAll(keepingCapacity: element.capacity <= 1 << 20)
                }
                elementOpen = false
            }
            var i = 0
            while i < block.count {
                let b = block[i]
                defer { i += 1 }
                if inString {
                    if escaped {
                        escaped = false
                    } else if b == UInt8(ascii: "\\") {
                        escaped = true
                    } else if b == UInt8(ascii: "\"") {
                        inString = false
                        if collectingKey {
                            collectingKey = false
                            expect = .colon
                            continue
                        }
                    }
                    if collectingKey { key.append(b) }
                    continue
                }
                let isSpace = b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
                switch phase {
                case .done:
                    continue
                case .prefix:
                    if b == UInt8(ascii: "[") {
                        (phase, depth, target) = (.array, 1, 1)
                    } else if b == UInt8(ascii: "{") {
                        guard wanted != nil else { throw fail("expected a JSON array", at: i) }
                        (phase, depth, expect, isObject) = (.object, 1, .key, true)
                    }
                    continue
                case .array, .object:
                    break
                }
                if target > 0 && depth == target {
                    // Between or at the top of the streamed elements.
                    if isSpace { continue }
                    switch b {
                    case UInt8(ascii: ","):
                        guard elementOpen else { throw fail("empty array element", at: i) }
                        try endElement(at: i)
                        afterComma = true
                        continue
                    case UInt8(ascii: "]"):
                        if elementOpen {
                            try endElement(at: i)
                        } else if afterComma {
                            throw fail("trailing comma", at: i)
                        }
                        (depth, target, afterComma) = (depth - 1, 0, false)
                        if phase == .array { phase = .done } else { expect = .comma }
                        continue
                    case UInt8(ascii: "}"):
                        throw fail("unbalanced '}'", at: i)
                    default:
                        if !elementOpen {
                            (elementOpen, afterComma, elementStart) = (true, false, i)
                        }
                    }
                }
                let atMembers = phase == .object && depth == 1
                switch b {
                case UInt8(ascii: "\""):
                    inString = true
                    if atMembers && expect == .key {
                        collectingKey = true
                        key.removeAll(keepingCapacity: true)
                    } else if atMembers && expect == .value {
                        expect = .comma
                    }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if atMembers && expect == .value {
                        expect = .comma
                        if b == UInt8(ascii: "["), let wanted, key == wanted {
                            found = true
                            (depth, target, afterComma) = (2, 2, false)
                            continue
                        }
                    }
                    depth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth -= 1
                    if depth < 0 { throw fail("unbalanced '\(Character(Unicode.Scalar(b)))'", at: i) }
                    if phase == .object && depth == 0 { phase = .done }
                case UInt8(ascii: ":") where atMembers && expect == .colon:
                    expect = .value
                case UInt8(ascii: ",") where atMembers:
                    expect = .key
                default:
                    if atMembers && expect == .value && !isSpace { expect = .comma }
                }
            }
            if elementOpen {
                element.append(contentsOf: UnsafeBufferPointer(rebasing: block[elementStart..<block.count]))
            }
        }) {}
        switch phase {
        case .prefix: throw JSONError(offset: blockOffset, message: "no JSON array")
        case .array, .object: throw JSONError(offset: blockOffset, message: "the JSON never closes")
        case .done: return isObject ? .object(foundMember: found) : .array
        }
    }
}

extension JSONStream {
    /// `forEachElement` with each element parsed: `body` gets the value, its 1-based number and
    /// whether it came from a `member` array. Arrays that are not well formed throw
    /// `ArchiveError("invalid JSON in FILE: …")` ("not a FILE file: no JSON array" when there is
    /// none); an element that is not valid JSON throws `ArchiveError("invalid JSON in ITEM N: …")`.
    @discardableResult
    public static func forEachValue(
        in source: ByteSource, member: String? = nil, parser: JSONParser, file: String, item: String,
        _ body: (_ value: JSONValue, _ number: Int, _ fromMember: Bool) throws -> Void
    ) throws -> Shape {
        var number = 0
        do {
            return try forEachElement(in: source, member: member) { element, fromMember in
                number += 1
                let value: JSONValue
                do {
                    value = try parser.parse(element)
                } catch {
                    throw ArchiveError("invalid JSON in \(item) \(number): \(error)")
                }
                try body(value, number, fromMember)
            }
        } catch let error as JSONError {
            throw ArchiveError(
                error.message == "no JSON array" ? "not a \(file) file: no JSON array" : "invalid JSON in \(file): \(error)")
        }
    }
}
