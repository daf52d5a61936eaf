#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole files and descriptors read with read(2). (`FileManager.contents(atPath:)` on Linux
/// leaks a copy of the path on every call, and says nothing of why a file cannot be read.)
public enum FileBytes {
    /// Why a file could not be read: the system's reason ("No such file or directory", "is a
    /// directory").
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The system's message (from strerror(3)), or "is a directory".
        public let reason: String
        /// The reason, as is.
        public var description: String { reason }
    }

    /// The bytes of the file at `path`.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = try open(path)
        defer { close(fd) }
        return try read(descriptor: fd)
    }

    /// Opens `path` for reading; a folder is an error.
    public static func open(_ path: String) throws(Failure) -> Int32 {
        #if canImport(Glibc)
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        #else
            let fd = Darwin.open(path, O_RDONLY | O_CLOEXEC)
        #endif
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw Failure(reason: "is a directory")
        }
        return fd
    }

    /// Everything left to read from `descriptor`, which stays open.
    public static func read(descriptor: Int32) throws(Failure) -> [UInt8] {
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        // One byte more than the file, so that reading the end needs no second buffer.
        var result = [UInt8](repeating: 0, count: max(expected + 1, 1 << 16))
        var count = 0
        while true {
            if count == result.count { result.append(contentsOf: repeatElement(0, count: result.count)) }
            let got = result.withUnsafeMutableBytes { raw in
                #if canImport(Glibc)
                    Glibc.read(descriptor, raw.baseAddress! + count, raw.count - count)
                #else
                    Darwin.read(descriptor, raw.baseAddress! + count, raw.count - count)
                #endif
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            count += got
        }
        result.removeSubrange(count...)
        return result
    }
}
