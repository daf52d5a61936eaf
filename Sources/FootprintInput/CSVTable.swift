/// One row of a CSV file: its fields and the line it starts on.
public struct CSVRow: Sendable, Equatable {
    /// The fields in column order, with quoting undone.
    public var fields: [String]
    /// The line the row starts on, from 1.
    public var line: Int

    /// A row of `fields` that starts on line `line` (from 1).
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// RFC 4180 CSV as platforms export it: a UTF-8 byte-order mark is skipped, records end in LF or
/// CR LF, quoted fields may hold commas, quotes (doubled) and line breaks. A quote that is never
/// closed is an error naming the line where its field starts; a quote inside an unquoted field
/// is kept as text. Invalid UTF-8 becomes U+FFFD.
public enum CSVTable {
    /// Every row of `bytes`.
    public static func rows(_ bytes: [UInt8]) throws(ArchiveError) -> [CSVRow] {
        var rows: [CSVRow] = []
        do {
            try forEachRow(in: ByteSource(bytes: bytes)) { rows.append($0) }
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("\(error)")
        }
        return rows
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// Calls `body` with each row of `source` as it is read: memory holds one row at a time.
    /// Throws `ArchiveError` for a quote that is never closed, and what `source` or `body` throw.
    public static func forEachRow(in source: ByteSource, _ body: (CSVRow) throws -> Void) throws {
        var fields: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var line = 1
        var rowLine = 1
        var quoteLine = 1
        var pendingCR = false
        // Bytes of a leading byte-order mark matched so far; -1 once past it.
        var bom = 0
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: field.capacity <= 1 << 16)
            state = .fieldStart
        }
        func endRow() throws {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { try body(CSVRow(fields: fields, line: rowLine)) }
            fields.removeAll(keepingCapacity: true)
        }
        while try source.next({ block in
            var i = 0
            while i < block.count {
                let b = block[i]
                i += 1
                if bom >= 0 {
                    if b == mark[bom] {
                        bom = bom == 2 ? -1 : bom + 1
                        continue
                    }
                    // Not a byte-order mark after all: what matched of it is text.
                    if bom > 0 { (field, state) = (Array(mark[0..<bom]), .unquoted) }
                    bom = -1
                }
                if pendingCR {
                    pendingCR = false
                    if b != 0x0A { field.append(0x0D) }
                }
                switch state {
                case .quoted:
                    if b == UInt8(ascii: "\"") {
                        state = .quoteInQuoted
                    } else {
                        if b == 0x0A { line += 1 }
                        field.append(b)
                    }
                    continue
                case .quoteInQuoted:
                    if b == UInt8(ascii: "\"") {
                        field.append(b)
                        state = .quoted
                        continue
                    }
                    state = .unquoted
                case .fieldStart:
                    if b == UInt8(ascii: "\"") {
                        state = .quoted
                        quoteLine = line
                        continue
                    }
                    state = .unquoted
                case .unquoted:
                    break
                }
                switch b {
                case UInt8(ascii: ","):
                    endField()
                case 0x0D:
                    pendingCR = true
                case 0x0A:
                    try endRow()
                    line += 1
                    rowLine = line
                default:
                    field.append(b)
                }
            }
        }) {}
        if pendingCR { field.append(0x0D) }
        if state == .quoted { throw ArchiveError("line \(quoteLine): a quoted field is never closed") }
        if state != .fieldStart || !field.isEmpty || !fields.isEmpty { try endRow() }
    }
}

/// A row of a CSV file with a header: its fields by column name.
public struct CSVRecord {
    let columns: [String: Int]
    /// The row itself: its fields in column order and its line.
    public let row: CSVRow

    /// The field under the first column called `name`, or nil when there is no such column or
    /// the row is too short.
    public subscript(name: String) -> String? {
        guard let index = columns[name], index < row.fields.count else { return nil }
        return row.fields[index]
    }

    /// The field under `name` when it is not empty.
    public func nonEmpty(_ name: String) -> String? { self[name].flatMap { $0.isEmpty ? nil : $0 } }
}

extension CSVTable {
    /// Calls `header` with the first row's names (an empty list for an empty file), then `body`
    /// with every later row as it is read.
    public static func forEachRecord(
        in source: ByteSource, header: ([String]) throws -> Void, _ body: (CSVRecord) throws -> Void
    ) throws {
        var columns: [String: Int]?
        try forEachRow(in: source) { row in
            if let columns {
                try body(CSVRecord(columns: columns, row: row))
            } else {
                try header(row.fields)
                var names: [String: Int] = [:]
                for (index, name) in row.fields.enumerated() where names[name] == nil { names[name] = index }
                columns = names
            }
        }
        if columns == nil { try header([]) }
    }
}
