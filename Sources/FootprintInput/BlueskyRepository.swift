/// A Bluesky repository export (`.car`): CAR v1 of DAG-CBOR blocks. Decoded here: Foundation has
/// no CBOR.
public enum BlueskyRepository {
    /// The `app.bsky.feed.post` records of a CAR file, with their text and `createdAt`, in block
    /// order; each post's id is its block's CID. A block that is not valid DAG-CBOR (an image, a
    /// damaged record) is skipped and counted in `skipped`; a broken CAR structure throws.
    public static func posts(from bytes: [UInt8]) throws(ArchiveError) -> (posts: [ArchivePost], skipped: Int) {
        var offset = 0
        func varint() throws(ArchiveError) -> Int {
            var value = 0
            var shift = 0
            while true {
                guard offset < bytes.count else { throw ArchiveError("CAR ends inside a length at byte \(offset)") }
                let byte = bytes[offset]
                offset += 1
                guard shift < 63 else { throw ArchiveError("CAR length too long at byte \(offset)") }
                value |= Int(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
        }
        let headerLength = try varint()
        guard headerLength > 0, headerLength <= bytes.count - offset else {
            throw ArchiveError("not a CAR file: bad header length")
        }
        let header: CBORValue
        do {
            header = try CBORDecoder.decode(bytes, from: offset, to: offset + headerLength).value
        } catch {
            throw ArchiveError("not a CAR file: header is not CBOR (\(error))")
        }
        guard case .unsigned(1)? = header["version"] else { throw ArchiveError("not a CAR v1 file") }
        offset += headerLength
        var posts: [ArchivePost] = []
        var skipped = 0
        while offset < bytes.count {
            let blockStart = offset
            let length = try varint()
            guard length > 0, length <= bytes.count - offset else {
                throw ArchiveError("CAR block at byte \(blockStart) is cut off (\(length) bytes announced)")
            }
            let blockEnd = offset + length
            let cidStart = offset
            guard let cidEnd = Self.cidEnd(bytes, from: offset, limit: blockEnd) else {
                throw ArchiveError("CAR block at byte \(blockStart) has a malformed CID")
            }
            let cid = Array(bytes[cidStart..<cidEnd])
            offset = blockEnd
            guard let (record, recordEnd) = try? CBORDecoder.decode(bytes, from: cidEnd, to: blockEnd), recordEnd == blockEnd
            else {
                skipped += 1
                continue
            }
            guard record["$type"]?.text == "app.bsky.feed.post" else { continue }
            posts.append(
                ArchivePost(
                    id: Self.cidString(cid), text: record["text"]?.text ?? "", createdAt: record["createdAt"]?.text,
                    platform: "bluesky", isRepost: false))
        }
        return (posts, skipped)
    }

    /// The end of a CID starting at `start`: CIDv0 (a bare 34-byte sha2-256 multihash) or CIDv1
    /// (version, codec, then a multihash: code, length, digest); nil when malformed.
    static func cidEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var offset = start
        func varint() -> Int? {
            var value = 0
            var shift = 0
            while offset < limit, shift < 63 {
                let byte = bytes[offset]
                offset += 1
                value |= Int(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
            return nil
        }
        if limit - start >= 34, bytes[start] == 0x12, bytes[start + 1] == 0x20 { return start + 34 }
        guard varint() == 1, varint() != nil, varint() != nil, let digest = varint(), digest <= limit - offset else {
            return nil
        }
        return offset + digest
    }

    /// A CID as text: multibase base32, lower case, "b" first (how Bluesky writes them).
    static func cidString(_ cid: [UInt8]) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        var out = "b"
        var buffer = 0
        var bits = 0
        for byte in cid {
            buffer = buffer << 8 | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
            buffer &= (1 << bits) - 1
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return out
    }
}
