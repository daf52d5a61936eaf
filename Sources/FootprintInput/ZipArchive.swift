/// The entries of a zip file (an X/Twitter archive), read from its central directory. Stored
/// and deflated entries are supported; encryption, ZIP64 and other methods are errors naming
/// the entry. A truncated or damaged archive throws, never traps.
public struct ZipArchive: Sendable {
    /// One file of the archive, as its central directory entry describes it.
    public struct Entry: Sendable, Equatable {
        /// The entry's path inside the archive.
        public var name: String
        /// Compression method: 0 for stored, 8 for deflated (others are not supported).
        public var method: Int
        /// Size of the entry's data as stored, in bytes.
        public var compressedSize: Int
        /// Size of the entry's data uncompressed, in bytes.
        public var size: Int
        /// CRC-32 of the uncompressed data.
        public var crc32: UInt32
        /// General-purpose bit flags (bit 0: encrypted).
        public var flags: Int
        /// Where the entry's local header starts.
        public var headerOffset: Int
    }

    /// The whole zip file.
    public let bytes: [UInt8]
    /// The entries, in central directory order.
    public let entries: [Entry]

    /// Reads the central directory of `bytes`.
    public init(_ bytes: [UInt8]) throws(ArchiveError) {
        self.bytes = bytes
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record: the last "PK\u{5}\u{6}" within 64 KiB of the end.
        guard bytes.count >= 22 else { throw ArchiveError("not a zip file: too short") }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6) {
            end -= 1
        }
        guard end >= lowest else { throw ArchiveError("not a zip file, or a truncated one: no end of central directory") }
        let count = u16(end + 10)
        let size = u32(end + 12)
        let start = u32(end + 16)
        guard start + size <= end else { throw ArchiveError("damaged zip: the central directory lies outside the file") }
        var entries: [Entry] = []
        var at = start
        for index in 0..<count {
            guard at + 46 <= end, u32(at) == 0x0201_4B50 else {
                throw ArchiveError("damaged zip: central directory entry \(index + 1) is broken")
            }
            let nameLength = u16(at + 28)
            let extraLength = u16(at + 30)
            let commentLength = u16(at + 32)
            guard at + 46 + nameLength + extraLength + commentLength <= end else {
                throw ArchiveError("damaged zip: central directory entry \(index + 1) is cut off")
            }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            entries.append(
                Entry(
                    name: name, method: u16(at + 10), compressedSize: u32(at + 20), size: u32(at + 24),
                    crc32: UInt32(u32(at + 16)), flags: u16(at + 8), headerOffset: u32(at + 42)))
            at += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry named `name`, if any.
    public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// The uncompressed bytes of an entry, checked against its CRC-32.
    public func data(of entry: Entry) throws(ArchiveError) -> [UInt8] {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        let at = entry.headerOffset
        guard at + 30 <= bytes.count, u16(at) == 0x4B50, u16(at + 2) == 0x0403 else {
            throw ArchiveError("damaged zip: no local header for \(entry.name)")
        }
        guard entry.flags & 1 == 0 else { throw ArchiveError("\(entry.name) is encrypted") }
        guard entry.size != 0xFFFF_FFFF, entry.compressedSize != 0xFFFF_FFFF else {
            throw ArchiveError("\(entry.name) needs ZIP64, which is not supported")
        }
        let dataStart = at + 30 + u16(at + 26) + u16(at + 28)
        guard dataStart + entry.compressedSize <= bytes.count else {
            throw ArchiveError("truncated zip: \(entry.name) is cut off")
        }
        let compressed = bytes[dataStart..<(dataStart + entry.compressedSize)]
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = Array(compressed)
        case 8:
            do {
                data = try Inflate.decompress(compressed, limit: entry.size)
            } catch {
                throw ArchiveError("damaged zip: \(entry.name): \(error)")
            }
        default:
            throw ArchiveError("\(entry.name) uses compression method \(entry.method), which is not supported")
        }
        guard data.count == entry.size, CRC32.checksum(data) == entry.crc32 else {
            throw ArchiveError("damaged zip: \(entry.name) fails its checksum")
        }
        return data
    }
}

/// CRC-32 (IEEE 802.3), as zip uses it.
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The CRC-32 of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
