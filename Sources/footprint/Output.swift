import FootprintText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exit statuses of the command-line contract.
enum ExitStatus {
    static let clean: Int32 = 0
    static let atOrAboveFailOn: Int32 = 1
    static let badInput: Int32 = 2
    static let usage: Int32 = 64
}

/// Buffered writes to a file descriptor. A closed pipe (EPIPE) ends the program quietly; any
/// other write error (a full disk, a file size limit) is reported and exits with status 2. What
/// was written stays valid: a regular file is cut back to its last complete line, so JSON Lines
/// output holds only whole records and `audit --resume` can go on from it.
struct Output {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let limit = 1 << 16
    /// Bytes written through this output, and how many of them end with the last line break.
    private var written = 0
    private var completeLines = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(limit)
    }

    static let standardOutput = Output(descriptor: 1)

    /// Output to a file, created or truncated; nil when it cannot be opened. (The descriptor
    /// stays open until the process exits.)
    init?(path: String, append: Bool = false) {
        let fd = open(path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644)
        guard fd >= 0 else { return nil }
        self.init(descriptor: fd)
    }

    /// Ignores SIGPIPE and SIGXFSZ so that a closed pipe or a file size limit shows up as an error
    /// from write(2) (EPIPE, EFBIG) instead of killing the process.
    static func ignoreWriteSignals() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }

    mutating func write(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    mutating func write(_ text: String) { write(text.utf8) }

    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let count = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, raw.count - offset)
            }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EPIPE { exit(ExitStatus.clean) }
                printError("cannot write output: \(String(cString: strerror(code)))")
                cutBackToCompleteLines()
                exit(ExitStatus.badInput)
            }
            if let newline = buffer[offset..<offset + count].lastIndex(of: UInt8(ascii: "\n")) {
                completeLines = written + newline + 1 - offset
            }
            written += count
            offset += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// After a failed write to a regular file: drops the part of a line it ends with.
    private func cutBackToCompleteLines() {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, completeLines < written else { return }
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0 else { return }
        if ftruncate(descriptor, end - off_t(written - completeLines)) != 0 {
            printError("cannot cut the output back to its last complete line: \(String(cString: strerror(errno)))")
        }
    }
}

/// Prints a diagnostic to standard error.
func printError(_ message: String) {
    var line = "footprint: " + message + "\n"
    line.withUTF8 { buffer in
        _ = Glibc.write(2, buffer.baseAddress, buffer.count)
    }
}

/// True when standard output is a terminal and NO_COLOR is not set.
func colorWanted(descriptor: Int32 = 1) -> Bool {
    if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return isatty(descriptor) == 1
}

/// Reads a whole file, or standard input for "-".
func readInput(_ path: String) throws(FileBytes.Failure) -> [UInt8] {
    path == "-" ? try FileBytes.read(descriptor: 0) : try FileBytes.read(path)
}
