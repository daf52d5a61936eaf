import CICUShim

/// An error reported by ICU.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// The ICU error code (a `UErrorCode`).
    public let code: Int32
    /// What was being done ("break iterator", "segmentation", "NFKC_Casefold").
    public let operation: String

    /// The operation and ICU's name for the code, e.g. "ICU segmentation failed:
    /// U_ILLEGAL_ARGUMENT_ERROR".
    public var description: String {
        "ICU \(operation) failed: \(String(cString: fp_icu_error_name(code)))"
    }
}

/// The version of the system ICU Footprint is linked against ("72.1").
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    fp_icu_version(&buffer, 32)
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// True for Extended_Pictographic code points, emoji modifiers and regional indicators.
@inline(__always)
func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x80 && fp_is_emoji(scalar.value) != 0
}

/// One segment from an ICU break iterator: its end offset and rule status.
struct BreakSegment {
    var end: Int
    var status: Int32
}

/// An ICU word or sentence break iterator over UTF-8. Not thread-safe: one per analyzer.
final class ICUBreaker {
    private let handle: OpaquePointer

    init(sentences: Bool) throws {
        var error: Int32 = 0
        guard let handle = fp_breaker_open(sentences ? Int32(FP_BREAK_SENTENCE) : Int32(FP_BREAK_WORD), &error) else {
            throw ICUError(code: error, operation: "break iterator")
        }
        self.handle = handle
    }

    deinit { fp_breaker_close(handle) }

    /// Calls `body` with each segment's end offset and rule status, relative to `bytes`.
    func segment(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var ends: UnsafePointer<Int32>?
        var statuses: UnsafePointer<Int32>?
        var error: Int32 = 0
        let count = fp_breaker_segment(handle, base, Int32(bytes.count), &ends, &statuses, &error)
        guard count >= 0, let ends, let statuses else {
            throw ICUError(code: error, operation: "segmentation")
        }
        for k in 0..<Int(count) { body(Int(ends[k]), statuses[k]) }
    }
}

/// NFKC_Casefold with an offset map, in one C pass per text.
final class ICUFolder {
    private let handle: OpaquePointer

    init() throws {
        var error: Int32 = 0
        guard let handle = fp_folder_open(&error) else { throw ICUError(code: error, operation: "normalizer") }
        self.handle = handle
    }

    deinit { fp_folder_close(handle) }

    func fold(_ bytes: [UInt8]) throws -> TextView {
        if bytes.isEmpty { return TextView(bytes: [], map: .identity(length: 0), isASCII: true) }
        return try bytes.withUnsafeBufferPointer { buffer -> TextView in
            var out: UnsafePointer<UInt8>?
            var outLength: Int32 = 0
            var entries: UnsafePointer<Int32>?
            var entryCount: Int32 = 0
            var ascii: Int32 = 0
            let status = fp_fold(
                handle, buffer.baseAddress, Int32(buffer.count), &out, &outLength, &entries, &entryCount, &ascii)
            guard status <= 0 else { throw ICUError(code: status, operation: "NFKC_Casefold") }
            let folded = out.map { Array(UnsafeBufferPointer(start: $0, count: Int(outLength))) } ?? []
            var runs: [OffsetMap.Run] = []
            runs.reserveCapacity(Int(entryCount))
            if let entries {
                let width = Int(FP_RUN_INTS)
                for k in 0..<Int(entryCount) {
                    let e = entries + width * k
                    runs.append(
                        OffsetMap.Run(viewStart: e[0], viewLength: e[1], originStart: e[2], originLength: e[3], exact: e[4] != 0))
                }
            }
            return TextView(bytes: folded, map: OffsetMap(runs: runs, originLength: buffer.count), isASCII: ascii != 0)
        }
    }
}

/// UTS #39 confusable skeletons, cached per code point.
final class ICUSkeletons {
    private let handle: OpaquePointer
    private var cache: [UInt32: [UInt8]] = [:]

    init() throws {
        var error: Int32 = 0
        guard let handle = fp_spoof_open(&error) else { throw ICUError(code: error, operation: "spoof checker") }
        self.handle = handle
    }

    deinit { fp_spoof_close(handle) }

    /// The skeleton of one (non-ASCII) scalar given as UTF-8, lowercased, with combining marks
    /// removed so that accents do not hide a word ("fück").
    func skeleton(of scalar: Unicode.Scalar) -> [UInt8] {
        if let cached = cache[scalar.value] { return cached }
        var utf8: [UInt8] = []
        utf8.append(contentsOf: String(Character(scalar)).utf8)
        var out: UnsafePointer<UInt8>?
        var error: Int32 = 0
        let length = utf8.withUnsafeBufferPointer { fp_skeleton(handle, $0.baseAddress, Int32($0.count), &out, &error) }
        var result: [UInt8]
        if length >= 0, let out {
            let raw = String(decoding: UnsafeBufferPointer(start: out, count: Int(length)), as: UTF8.self)
            var cleaned = ""
            for s in raw.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
                cleaned.unicodeScalars.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            }
            result = Array(cleaned.utf8)
        } else {
            result = utf8
        }
        cache[scalar.value] = result
        return result
    }
}
