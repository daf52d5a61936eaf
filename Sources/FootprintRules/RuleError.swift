/// A problem in a rule file, located like a compiler error: `file:line:column: error: message`.
public struct RuleError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// Line and column from 1; 0 when the problem is the whole file.
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
    }
}

/// Every problem found while loading rules, so a user sees them all at once.
public struct RuleErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [RuleError]

    public init(_ errors: [RuleError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
