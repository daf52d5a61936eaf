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
        let isFile = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        // A file is read into one buffer a byte longer than it (so that reading its end needs
        // no second one); anything else in chunks that double. Buffers are not zero-filled first.
        var chunkSize = isFile ? Int(info.st_size) + 1 : 1 << 16
        var result: [UInt8] = []
        while true {
            var atEnd = false
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
                count = 0
                while count < buffer.count {
                    #if canImport(Glibc)
                        let got = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    #else
                        let got = Darwin.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    #endif
                    if got < 0 && errno == EINTR { continue }
                    if got < 0 { failure = errno }
                    if got <= 0 {
                        atEnd = true
                        return
                    }
                    count += got
                }
            }
            if failure != 0 { throw Failure(reason: String(cString: strerror(failure))) }
            if result.isEmpty { result = chunk } else { result += chunk }
            if atEnd { return result }
            chunkSize = max(chunkSize, result.count)
        }
    }
}
