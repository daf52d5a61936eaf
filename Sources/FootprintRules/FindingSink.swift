/// Where the engine pushes what it finds, so memory stays flat however many posts go through.
public protocol FindingSink {
    /// A finding, in the order rules run.
    mutating func add(_ finding: Finding)
    /// Something the reader of the result should know (a regex stopped by its time limit).
    mutating func warn(_ message: String)
}

/// A sink that keeps everything, for one post.
public struct FindingCollector: FindingSink {
    /// The findings, in the order they were added.
    public var findings: [Finding] = []
    /// The warnings, in the order they were given.
    public var warnings: [String] = []

    /// Creates an empty collector.
    public init() {}

    /// Appends the finding to `findings`.
    public mutating func add(_ finding: Finding) { findings.append(finding) }
    /// Appends the message to `warnings`.
    public mutating func warn(_ message: String) { warnings.append(message) }

    /// The findings sorted by position, then rule.
    public var sorted: [Finding] {
        findings.sorted {
            ($0.range.lowerBound, $0.range.upperBound, $0.rule) < ($1.range.lowerBound, $1.range.upperBound, $1.rule)
        }
    }
}
