/// Maps byte offsets of a derived view (folded, skeleton, de-obfuscated) back to byte offsets of
/// the original text.
///
/// Stored as runs: a run whose view and origin lengths are equal maps byte for byte; any other run
/// maps each of its bytes to its whole origin range (a ligature folded to two letters, an
/// ignorable removed). Plain ASCII text is a single run, so the map costs nothing there.
public struct OffsetMap: Sendable, Equatable {
    /// A stretch of the view and the stretch of the original it came from.
    public struct Run: Sendable, Equatable {
        public var viewStart: Int32
        public var viewLength: Int32
        public var originStart: Int32
        public var originLength: Int32

        public init(viewStart: Int32, viewLength: Int32, originStart: Int32, originLength: Int32) {
            self.viewStart = viewStart
            self.viewLength = viewLength
            self.originStart = originStart
            self.originLength = originLength
        }

        var isByteForByte: Bool { viewLength == originLength }
    }

    public private(set) var runs: [Run]
    /// Length of the original text in bytes.
    public let originLength: Int

    /// The map of a view identical in offsets to the original.
    public static func identity(length: Int) -> OffsetMap {
        OffsetMap(
            runs: length == 0 ? [] : [Run(viewStart: 0, viewLength: Int32(length), originStart: 0, originLength: Int32(length))],
            originLength: length)
    }

    public init(runs: [Run], originLength: Int) {
        self.runs = runs
        self.originLength = originLength
    }

    /// Index of the run containing view byte `offset` (the last run when past the end).
    @inline(__always)
    private func runIndex(containing offset: Int) -> Int {
        if runs.count == 1 { return 0 }
        var low = 0
        var high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(runs[mid].viewStart) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The original byte range a view byte range came from.
    public func originalRange(of viewRange: Range<Int>) -> Range<Int> {
        guard !runs.isEmpty else { return originLength..<originLength }
        let startRun = runs[runIndex(containing: viewRange.lowerBound)]
        let start: Int
        if startRun.isByteForByte {
            start = Int(startRun.originStart) + min(viewRange.lowerBound - Int(startRun.viewStart), Int(startRun.viewLength))
        } else {
            start = Int(startRun.originStart)
        }
        if viewRange.isEmpty { return start..<start }
        let last = viewRange.upperBound - 1
        let endRun = runs[runIndex(containing: last)]
        let end: Int
        if endRun.isByteForByte {
            end = Int(endRun.originStart) + min(last - Int(endRun.viewStart), Int(endRun.viewLength) - 1) + 1
        } else {
            end = Int(endRun.originStart + endRun.originLength)
        }
        return start..<max(start, end)
    }
}

/// Builds an `OffsetMap` run by run, merging byte-for-byte runs that follow each other.
public struct OffsetMapBuilder {
    private var runs: [OffsetMap.Run] = []
    public private(set) var viewLength: Int = 0

    public init() {}

    /// Records that the next `viewLength` view bytes came from `origin`.
    public mutating func append(viewLength length: Int, origin: Range<Int>) {
        guard length > 0 else { return }
        let run = OffsetMap.Run(
            viewStart: Int32(viewLength), viewLength: Int32(length),
            originStart: Int32(origin.lowerBound), originLength: Int32(origin.count))
        if run.isByteForByte, var last = runs.last, last.isByteForByte,
            last.viewStart + last.viewLength == run.viewStart,
            last.originStart + last.originLength == run.originStart
        {
            last.viewLength += run.viewLength
            last.originLength += run.originLength
            runs[runs.count - 1] = last
        } else {
            runs.append(run)
        }
        viewLength += length
    }

    public func build(originLength: Int) -> OffsetMap {
        OffsetMap(runs: runs, originLength: originLength)
    }
}
