/// A place in the original text, three ways: for programs (scalars, bytes) and for people
/// (line and column in grapheme clusters, both from 1).
public struct TextPosition: Sendable, Equatable, CustomStringConvertible {
    /// Offset in Unicode scalars (`String.unicodeScalars`).
    public var scalar: Int
    /// Offset in UTF-8 bytes.
    public var byte: Int
    /// Line, from 1. Lines end at LF, CR LF or CR.
    public var line: Int
    /// Column in grapheme clusters (user-perceived characters), from 1.
    public var column: Int

    /// A position from its scalar and byte offsets, its line and its column (both from 1).
    public init(scalar: Int, byte: Int, line: Int, column: Int) {
        self.scalar = scalar
        self.byte = byte
        self.line = line
        self.column = column
    }

    /// "line:column", as people read it.
    public var description: String { "\(line):\(column)" }
}

/// Converts byte offsets of a text to `TextPosition`s. Built once per text, on first use.
public struct LineIndex: Sendable {
    /// Byte offset where each line starts.
    private var lineStarts: [Int] = [0]
    /// Scalar offset where each line starts.
    private var lineScalarStarts: [Int] = [0]

    /// Finds where each line of `bytes` (UTF-8) starts.
    public init(_ bytes: [UInt8]) {
        var scalars = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b & 0xC0 != 0x80 { scalars += 1 }
            var breakEnd: Int?
            if b == 0x0A {
                breakEnd = i + 1
            } else if b == 0x0D {
                breakEnd = (i + 1 < n && bytes[i + 1] == 0x0A) ? i + 2 : i + 1
                if breakEnd == i + 2 { scalars += 1 }
            }
            if let end = breakEnd {
                lineStarts.append(end)
                lineScalarStarts.append(scalars)
                i = end
            } else {
                i += 1
            }
        }
    }

    /// The scalar offset where line `line` (from 1) starts, or nil when the text has no such line.
    public func scalarStart(ofLine line: Int) -> Int? {
        line >= 1 && line <= lineScalarStarts.count ? lineScalarStarts[line - 1] : nil
    }

    func position(ofByte offset: Int, in bytes: [UInt8]) -> TextPosition {
        // The last line starting at or before offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        let clamped = min(max(offset, start), bytes.count)
        let prefix = bytes[start..<clamped]
        var scalars = 0
        for b in prefix where b & 0xC0 != 0x80 { scalars += 1 }
        let columns = String(decoding: prefix, as: UTF8.self).count
        return TextPosition(scalar: lineScalarStarts[low] + scalars, byte: clamped, line: low + 1, column: columns + 1)
    }
}
