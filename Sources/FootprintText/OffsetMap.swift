/// Maps byte offsets of a derived view (folded, skeleton, de-obfuscated) back to byte offsets of
/// the text it came from.
///
/// Stored as runs: an exact run maps byte for byte (each code point to one of the same length:
/// "A" → "a"); any other run maps each of its bytes to its whole origin range (a ligature folded
/// to two letters, "ß" → "ss", an ignorable removed), so a span never ends inside a character of
/// the original. Plain ASCII text is a single run, so the map costs nothing there.
public struct OffsetMap: Sendable, Equatable {
    /// A stretch of the view and the stretch of the origin it came from.
    public struct Run: Sendable, Equatable {
        /// Byte offset in the view where the run starts.
        public var viewStart: Int32
        /// Length of the run in view bytes.
        public var viewLength: Int32
        /// Byte offset in the origin where the run's origin range starts.
        public var originStart: Int32
        /// Length of the origin range in bytes.
        public var originLength: Int32
        /// Byte for byte (then viewLength == originLength).
        public var exact: Bool

        /// A run mapping view bytes `viewStart..<viewStart + viewLength` to origin bytes
        /// `originStart..<originStart + originLength`; it is exact only when `exact` and the two
        /// lengths are equal.
        public init(viewStart: Int32, viewLength: Int32, originStart: Int32, originLength: Int32, exact: Bool) {
            self.viewStart = viewStart
            self.viewLength = viewLength
            self.originStart = originStart
            self.originLength = originLength
            self.exact = exact && viewLength == originLength
        }

        var viewEnd: Int { Int(viewStart + viewLength) }
        var originEnd: Int { Int(originStart + originLength) }
    }

    /// The runs, in order of view offset.
    public private(set) var runs: [Run]
    /// Length of the origin in bytes.
    public let originLength: Int

    /// The map of a view identical in offsets to its origin.
    public static func identity(length: Int) -> OffsetMap {
        OffsetMap(
            runs: length == 0
                ? [] : [Run(viewStart: 0, viewLength: Int32(length), originStart: 0, originLength: Int32(length), exact: true)],
            originLength: length)
    }

    /// A map made of `runs` (in order of view offset) into an origin of `originLength` bytes.
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

    /// The origin byte range a view byte range came from.
    public func originalRange(of viewRange: Range<Int>) -> Range<Int> {
        guard !runs.isEmpty else { return originLength..<originLength }
        let startRun = runs[runIndex(containing: viewRange.lowerBound)]
        let start: Int
        if startRun.exact {
            start =
                Int(startRun.originStart) + min(max(0, viewRange.lowerBound - Int(startRun.viewStart)), Int(startRun.viewLength))
        } else {
            start = Int(startRun.originStart)
        }
        if viewRange.isEmpty { return start..<start }
        let last = viewRange.upperBound - 1
        let endRun = runs[runIndex(containing: last)]
        let end: Int
        if endRun.exact {
            end = Int(endRun.originStart) + min(max(0, last - Int(endRun.viewStart)), Int(endRun.viewLength) - 1) + 1
        } else {
            end = endRun.originEnd
        }
        return start..<max(start, end)
    }

    /// The map of this view straight to the origin of `inner`, when this map's origin is the view
    /// `inner` maps (de-obfuscated → folded, then folded → original). Linear in the runs.
    public func composed(with inner: OffsetMap) -> OffsetMap {
        var builder = OffsetMapBuilder()
        var k = 0  // first inner run that may overlap the current run
        for run in runs {
            guard run.exact else {
                builder.append(
                    viewLength: Int(run.viewLength),
                    origin: inner.originalRange(of: Int(run.originStart)..<run.originEnd), exact: false)
                continue
            }
            // Walk the inner runs under this run's origin range.
            var position = Int(run.originStart)
            while k < inner.runs.count, inner.runs[k].viewEnd <= position { k += 1 }
            var j = k
            while position < run.originEnd, j < inner.runs.count {
                let q = inner.runs[j]
                let pieceEnd = min(run.originEnd, q.viewEnd)
                if q.exact {
                    let start = Int(q.originStart) + (position - Int(q.viewStart))
                    builder.append(viewLength: pieceEnd - position, origin: start..<(start + pieceEnd - position), exact: true)
                } else {
                    builder.append(viewLength: pieceEnd - position, origin: Int(q.originStart)..<q.originEnd, exact: false)
                }
                position = pieceEnd
                if pieceEnd == q.viewEnd { j += 1 }
            }
        }
        return builder.build(originLength: inner.originLength)
    }
}

/// Builds an `OffsetMap` run by run, merging exact runs that follow each other.
public struct OffsetMapBuilder {
    private var runs: [OffsetMap.Run] = []
    /// Length in bytes of the view recorded so far.
    public private(set) var viewLength: Int = 0

    /// An empty builder.
    public init() {}

    /// Records that the next `viewLength` view bytes came from `origin`, byte for byte when
    /// `exact` (then the lengths must be equal).
    public mutating func append(viewLength length: Int, origin: Range<Int>, exact: Bool) {
        guard length > 0 else { return }
        let run = OffsetMap.Run(
            viewStart: Int32(viewLength), viewLength: Int32(length),
            originStart: Int32(origin.lowerBound), originLength: Int32(origin.count), exact: exact)
        if run.exact, var last = runs.last, last.exact, last.viewEnd == Int(run.viewStart),
            last.originEnd == Int(run.originStart)
        {
            last.viewLength += run.viewLength
            last.originLength += run.originLength
            runs[runs.count - 1] = last
        } else {
            runs.append(run)
        }
        viewLength += length
    }

    /// The map of the runs appended so far, into an origin of `originLength` bytes.
    public func build(originLength: Int) -> OffsetMap {
        OffsetMap(runs: runs, originLength: originLength)
    }
}
