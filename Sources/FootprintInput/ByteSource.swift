#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes handed out a block at a time, from a file descriptor or from memory, so that a reader
/// holds one block (and whatever it keeps of it) instead of the whole input.
public final class ByteSource {
    private enum Origin {
        case file(Int32)
        case memory([UInt8])
    }

    /// The default block size (256 KiB).
    public static let defaultBlockSize = 256 * 1024

    private let origin: Origin
    private let blockSize: Int
    private var buffer: UnsafeMutableBufferPointer<UInt8>?
    /// The bytes handed out so far.
    public private(set) var consumed = 0

    /// Reads `fileDescriptor` to its end, `blockSize` bytes at a time. The source neither opens
    /// nor closes the descriptor.
    public init(fileDescriptor: Int32, blockSize: Int = ByteSource.defaultBlockSize) {
        origin = .file(fileDescriptor)
        self.blockSize = max(1, blockSize)
    }

    /// Hands out `bytes` in blocks of `blockSize` (the whole array at once by default).
    public init(bytes: [UInt8], blockSize: Int = .max) {
        origin = .memory(bytes)
        self.blockSize = max(1, blockSize)
    }

    deinit { buffer?.deallocate() }

    /// Calls `body` with the next block and returns true, or returns false at the end. The block
    /// is only valid during the call. Throws `LineReadError` when a read fails, or what `body`
    /// throws.
    public func next(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        switch origin {
        case .memory(let bytes):
            guard consumed < bytes.count else { return false }
            let end = consumed + min(blockSize, bytes.count - consumed)
            let start = consumed
            consumed = end
            try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            return true
        case .file(let descriptor):
            let block: UnsafeMutableBufferPointer<UInt8>
            if let buffer {
                block = buffer
            } else {
                block = .allocate(capacity: blockSize)
                buffer = block
            }
            while true {
                let count = read(descriptor, block.baseAddress, block.count)
                if count < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    throw LineReadError(code: code)
                }
                if count == 0 { return false }
                consumed += count
                try body(UnsafeBufferPointer(rebasing: block[0..<count]))
                return true
            }
        }
    }

    /// Everything left, as one array (for formats that are read whole).
    public func readAll() throws -> [UInt8] {
        if case .memory(let bytes) = origin, consumed == 0 {
            consumed = bytes.count
            return bytes
        }
        var all: [UInt8] = []
        while try next({ all.append(contentsOf: $0) }) {}
        return all
    }
}
