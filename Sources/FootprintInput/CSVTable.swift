/// One row of a CSV file: its fields and the line it starts on.
public struct CSVRow: Sendable, Equatable {
    public var fields: [String]
    public var line: Int

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
    public static func rows(_ bytes: [UInt8]) throws(ArchiveError) -> [CSVRow] {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let n = bytes.count
        var rows: [CSVRow] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowLine = 1
        var atFieldStart = true
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
        }
        while i < n {
            let b = bytes[i]
            if atFieldStart && b == UInt8(ascii: "\"") {
                // A quoted field: up to the closing quote.
                let start = line
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == UInt8(ascii: "\"") {
                        if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") {
                            field.append(c)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if c == 0x0A { line += 1 }
                    field.append(c)
                    i += 1
                }
                guard closed else { throw ArchiveError("line \(start): a quoted field is never closed") }
                atFieldStart = false
                continue
            }
            atFieldStart = false
            switch b {
            case UInt8(ascii: ","):
                endField()
            case 0x0D where i + 1 < n && bytes[i + 1] == 0x0A:
                break
            case 0x0A:
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(CSVRow(fields: fields, line: rowLine)) }
                fields.removeAll(keepingCapacity: true)
                line += 1
                rowLine = line
            default:
                field.append(b)
            }
            i += 1
        }
        if !atFieldStart || !field.isEmpty || !fields.isEmpty {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(CSVRow(fields: fields, line: rowLine)) }
        }
        return rows
    }
}
