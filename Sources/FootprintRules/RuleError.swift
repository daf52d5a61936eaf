/// A problem in a rule file, located like a compiler error: `file:line:column: error: message`.
public struct RuleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path of the file (or folder) with the problem.
    public var file: String
    /// Line and column from 1; 0 when the problem is the whole file.
    public var line: Int
    /// Column, from 1; 0 when the problem is the whole file.
    public var column: Int
    /// What is wrong.
    public var message: String

    /// Creates an error; leave out `line` and `column` when the problem is the whole file.
    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, or `file: error: message` when there is no line.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
    }
}

/// Every problem found while loading rules, so a user sees them all at once.
public struct RuleErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order found.
    public var errors: [RuleError]

    /// Wraps the problems found.
    public init(_ errors: [RuleError]) { self.errors = errors }

    /// Each problem's description on its own line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
