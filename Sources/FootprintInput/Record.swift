/// One post to check, as read from the input.
public struct Record: Sendable {
    /// The post's id, if the input gave one (numbers are kept as their text).
    public var id: String?
    /// The post's text as UTF-8.
    public var text: [UInt8]
    /// The input's other fields, in input order (duplicates kept).
    public var metadata: [(key: String, value: JSONValue)]
    /// The 1-based input line the record came from.
    public var line: Int
    /// The file the record came from, or nil (standard input, or not from a file).
    public var source: String?

    /// Creates a record.
    public init(
        id: String?,
        text: [UInt8],
        metadata: [(key: String, value: JSONValue)] = [],
        line: Int,
        source: String?
    ) {
        self.id = id
        self.text = text
        self.metadata = metadata
        self.line = line
        self.source = source
    }

    /// The post's text as a String (for messages and tests; invalid UTF-8 cannot occur here,
    /// since the JSON reader has already repaired it).
    public var textString: String { String(decoding: text, as: UTF8.self) }
}

/// The outcome of reading one input line: a record, or why the line was rejected.
public enum RecordResult: Sendable {
    /// The line held a valid record.
    case record(Record)
    /// The line was rejected; `message` is short and lowercase, e.g. "missing field 'text'".
    case failure(line: Int, message: String)
}
