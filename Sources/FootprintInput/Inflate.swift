/// DEFLATE decompression (RFC 1951), for the zip archives platforms export. Written here: the
/// toolchain's Foundation has no zlib binding. Malformed data throws; output is capped so a zip
/// bomb cannot take the memory.
public enum Inflate {
    /// Why a DEFLATE stream could not be decompressed.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What was wrong ("invalid block type").
        public var message: String
        /// The message, as is.
        public var description: String { message }
    }

    /// The decompressed bytes of a raw DEFLATE stream, at most `limit` of them.
    public static func decompress(_ input: ArraySlice<UInt8>, limit: Int = 1 << 31) throws(Failure) -> [UInt8] {
        var reader = BitReader(input)
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, input.count * 4))
        var final = false
        while !final {
            final = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0:
                reader.alignToByte()
                let length = try reader.bits(16)
                let complement = try reader.bits(16)
                guard length == ~complement & 0xFFFF else { throw Failure(message: "stored block length check failed") }
                try reader.copyBytes(length, into: &out)
            case 1:
                try inflateBlock(&reader, &out, literals: fixedLiterals, distances: fixedDistances, limit: limit)
            case 2:
                let (literals, distances) = try dynamicTables(&reader)
                try inflateBlock(&reader, &out, literals: literals, distances: distances, limit: limit)
            default:
                throw Failure(message: "invalid block type")
            }
            guard out.count <= limit else { throw Failure(message: "output larger than \(limit) bytes") }
        }
        return out
    }

    // MARK: Bits

    struct BitReader {
        let bytes: ArraySlice<UInt8>
        var position: Int
        var buffer: UInt64 = 0
        var count = 0

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            self.position = bytes.startIndex
        }

        mutating func bits(_ n: Int) throws(Failure) -> Int {
            while count < n {
                guard position < bytes.endIndex else { throw Failure(message: "compressed data ends early") }
                buffer |= UInt64(bytes[position]) << UInt64(count)
                position += 1
                count += 8
            }
            let value = Int(buffer & ((1 << UInt64(n)) - 1))
            buffer >>= UInt64(n)
            count -= n
            return value
        }

        mutating func alignToByte() {
            let drop = count % 8
            buffer >>= UInt64(drop)
            count -= drop
        }

        mutating func copyBytes(_ n: Int, into out: inout [UInt8]) throws(Failure) {
            // Whole bytes still in the buffer come first.
            var left = n
            while left > 0 && count >= 8 {
                out.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                count -= 8
                left -= 1
            }
            guard bytes.endIndex - position >= left else { throw Failure(message: "stored block ends early") }
            out.append(contentsOf: bytes[position..<(position + left)])
            position += left
        }
    }

    // MARK: Huffman tables

    /// A canonical Huffman code: symbols sorted by code length, and how many codes each length has.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        init(lengths: [Int]) throws(Failure) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var left = 1
            for length in 1..<16 {
                left <<= 1
                left -= counts[length]
                guard left >= 0 else { throw Failure(message: "over-subscribed Huffman code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        /// Reads one symbol, bit by bit (codes are stored most significant bit first).
        func decode(_ reader: inout BitReader) throws(Failure) -> Int {
            var code = 0
            var first = 0
            var index = 0
            for length in 1..<16 {
                code |= try reader.bits(1)
                let count = counts[length]
                if code - first < count { return symbols[index + code - first] }
                index += count
                first += count
                first <<= 1
                code <<= 1
            }
            throw Failure(message: "invalid Huffman code")
        }
    }

    static let fixedLiterals: Huffman = {
        var lengths = [Int](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        // NOTE: the fixed code is valid by construction.
        return (try? Huffman(lengths: lengths)) ?? Huffman.empty
    }()

    static let fixedDistances: Huffman = (try? Huffman(lengths: [Int](repeating: 5, count: 30))) ?? Huffman.empty

    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static func dynamicTables(_ reader: inout BitReader) throws(Failure) -> (Huffman, Huffman) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Failure(message: "too many Huffman codes") }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeCount { codeLengths[order[i]] = try reader.bits(3) }
        let lengthCode = try Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&reader)
            switch symbol {
            case 0..<16:
                lengths.append(symbol)
            case 16:
                guard let last = lengths.last else { throw Failure(message: "repeat with no previous length") }
                lengths += [Int](repeating: last, count: 3 + (try reader.bits(2)))
            case 17:
                lengths += [Int](repeating: 0, count: 3 + (try reader.bits(3)))
            default:
                lengths += [Int](repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Failure(message: "code lengths overrun") }
        guard lengths[256] != 0 else { throw Failure(message: "no end-of-block code") }
        return (
            try Huffman(lengths: Array(lengths[0..<literalCount])),
            try Huffman(lengths: Array(lengths[literalCount...]))
        )
    }

    static func inflateBlock(
        _ reader: inout BitReader, _ out: inout [UInt8], literals: Huffman, distances: Huffman, limit: Int
    ) throws(Failure) {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                out.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < 29 else { throw Failure(message: "invalid length code") }
                let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
                let distanceSymbol = try distances.decode(&reader)
                guard distanceSymbol < 30 else { throw Failure(message: "invalid distance code") }
                let distance = distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
                guard distance <= out.count else { throw Failure(message: "distance reaches before the start") }
                let start = out.count - distance
                for k in 0..<length { out.append(out[start + k]) }
            }
            guard out.count <= limit else { throw Failure(message: "output larger than \(limit) bytes") }
        }
    }
}

extension Inflate.Huffman {
    static let empty = Inflate.Huffman()

    private init() {}
}
