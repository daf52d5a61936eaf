import FootprintText

/// Cryptocurrency wallet addresses: Base58Check addresses (Bitcoin P2PKH "1…" and P2SH "3…",
/// Litecoin, Dogecoin) with their double-SHA-256 checksum verified; bech32 and bech32m SegWit
/// addresses ("bc1…", "ltc1…") with their BCH checksum; Ethereum "0x" and 40 hex digits.
public struct CryptoWalletDetector: TextScanner {
    /// A wallet address detector.
    public init() {}

    /// Finds wallet addresses: words of 25 letters and digits or more, not joined to other word
    /// characters, that are valid Base58Check, SegWit or Ethereum addresses.
    public func scan(_ text: AnalyzedText, into hits: inout [ScanHit]) {
        text.bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            // Words of 25 letters and digits or more.
            while let run = NumberSkip.nextRun(bytes, from: i, minLength: 25, NumBytes.isAlnum) {
                if NumberBoundary.clearBefore(bytes, run.lowerBound), NumberBoundary.clearAfter(bytes, run.upperBound),
                    Self.isAddress(bytes, run)
                {
                    hits.append(ScanHit(range: run, entity: "CRYPTO_WALLET"))
                }
                i = run.upperBound
            }
        }
    }

    /// True when the alphanumeric word `range` is a wallet address.
    static func isAddress(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let length = range.count
        guard length >= 25 else { return false }
        let first = bytes[range.lowerBound]
        if length == 42, first == 0x30, bytes[range.lowerBound + 1] | 0x20 == 0x78 {
            return range.dropFirst(2).allSatisfy { NumBytes.isHex(bytes[$0]) }
        }
        if length <= 35, Base58.isAddress(bytes, range) { return true }
        if length >= 14, length <= 90, Bech32.isSegwitAddress(bytes, range) { return true }
        return false
    }
}

/// A wallet address (`pattern` rules): Base58Check, bech32/bech32m SegWit or Ethereum.
public struct CryptoWalletValidator: TextValidator {
    /// A wallet address validator.
    public init() {}

    /// True when `match` is only letters and digits and is a Base58Check, SegWit or Ethereum
    /// address.
    public func isValid(_ match: String) -> Bool {
        let bytes = Array(match.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.allSatisfy(NumBytes.isAlnum) && CryptoWalletDetector.isAddress(buffer, 0..<buffer.count)
        }
    }
}

/// Base58Check addresses: 25 bytes (a version byte, a 20-byte hash, a 4-byte checksum).
enum Base58 {
    static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    /// Each byte's value in the alphabet, 255 when not in it.
    static let values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (k, b) in alphabet.enumerated() { table[Int(b)] = UInt8(k) }
        return table
    }()

    /// Version bytes of pay-to-key-hash and pay-to-script-hash addresses: Bitcoin (0x00 "1",
    /// 0x05 "3"), Litecoin (0x30 "L", 0x32 "M"), Dogecoin (0x1E "D", 0x16 "9"/"A").
    static let versions: Set<UInt8> = [0x00, 0x05, 0x30, 0x32, 0x1E, 0x16]

    static func isAddress(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard (25...35).contains(range.count) else { return false }
        switch bytes[range.lowerBound] {
        case 0x31, 0x33, 0x4C, 0x4D, 0x44, 0x39, 0x41: break  // 1 3 L M D 9 A
        default: return false
        }
        var decoded = [UInt8](repeating: 0, count: 25)
        var leadingOnes = 0
        var leading = true
        for i in range {
            let value = values[Int(bytes[i])]
            guard value != 255 else { return false }
            if leading && value == 0 {
                leadingOnes += 1
            } else {
                leading = false
            }
            var carry = Int(value)
            for j in stride(from: 24, through: 0, by: -1) {
                carry += 58 * Int(decoded[j])
                decoded[j] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            guard carry == 0 else { return false }
        }
        var zeros = 0
        while zeros < 25, decoded[zeros] == 0 { zeros += 1 }
        guard zeros == leadingOnes, versions.contains(decoded[0]) else { return false }
        let checksum = SHA256.hash(SHA256.hash(Array(decoded[0..<21])))
        return checksum[0..<4].elementsEqual(decoded[21..<25])
    }
}

/// Bech32 (BIP 173) and bech32m (BIP 350) SegWit addresses.
enum Bech32 {
    static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    static let values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (k, b) in charset.enumerated() {
            table[Int(b)] = UInt8(k)
            table[Int(NumBytes.upper(b))] = UInt8(k)
        }
        return table
    }()
    static let humanParts: [[UInt8]] = [Array("bc".utf8), Array("ltc".utf8)]

    static func polymod(_ values: [UInt8]) -> UInt32 {
        let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
        var chk: UInt32 = 1
        for v in values {
            let top = chk >> 25
            chk = (chk & 0x1ff_ffff) << 5 ^ UInt32(v)
            for k in 0..<5 where (top >> UInt32(k)) & 1 == 1 { chk ^= generator[k] }
        }
        return chk
    }

    static func isSegwitAddress(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // One case throughout.
        var upper = false
        var lower = false
        for i in range {
            if NumBytes.isUpper(bytes[i]) { upper = true }
            if NumBytes.isLower(bytes[i]) { lower = true }
        }
        guard !(upper && lower) else { return false }
        var hrp: [UInt8]?
        for part in humanParts where range.count > part.count + 1 {
            var same = true
            for k in 0..<part.count where bytes[range.lowerBound + k] | 0x20 != part[k] { same = false }
            if same, bytes[range.lowerBound + part.count] == 0x31 { hrp = part }
        }
        guard let hrp else { return false }
        let dataStart = range.lowerBound + hrp.count + 1
        var data: [UInt8] = []
        data.reserveCapacity(range.upperBound - dataStart)
        for i in dataStart..<range.upperBound {
            let v = values[Int(bytes[i])]
            guard v != 255 else { return false }
            data.append(v)
        }
        guard data.count >= 7 else { return false }
        let version = data[0]
        guard version <= 16 else { return false }
        var expanded: [UInt8] = hrp.map { $0 >> 5 }
        expanded.append(0)
        expanded += hrp.map { $0 & 31 }
        expanded += data
        let check = polymod(expanded)
        guard check == (version == 0 ? 1 : 0x2bc8_30a3) else { return false }
        // The witness program: 5-bit groups to bytes, with at most four zero padding bits.
        let groups = data.count - 7
        let bits = groups * 5
        let programLength = bits / 8
        guard bits % 8 < 5 else { return false }
        if let last = data.dropLast(6).last, groups > 0 {
            let padding = bits % 8
            guard Int(last) & ((1 << padding) - 1) == 0 else { return false }
        }
        if version == 0 { return programLength == 20 || programLength == 32 }
        return (2...40).contains(programLength)
    }
}
