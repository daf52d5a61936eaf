/// The literal words a regular expression cannot match without: a prefilter that lets the engine
/// skip the regex (the costliest matcher) on posts that hold none of them.
///
/// `required(in:)` returns a set of strings such that every match of the pattern contains at
/// least one of them, or nil when it finds no such set worth testing. It reads ICU's syntax
/// (free-spacing `(?x)` mode with comments, groups of every kind, classes, escapes and
/// quantifiers) and errs on the safe side: whatever it does not understand counts as "could be
/// anything", so the set it returns is never wrong, only sometimes missing.
enum RegexLiterals {
    /// Words too common to be worth a prefilter: nearly every post holds one.
    static let common: Set<String> = [
        "the", "and", "you", "your", "for", "are", "was", "not", "but", "all", "any", "can", "had", "has", "have", "her",
        "his", "him", "its", "our", "out", "who", "what", "this", "that", "with", "from", "they", "them", "will", "just",
        "one", "get", "got", "new", "now", "see", "how", "why", "when", "there", "their", "about", "more", "some", "like",
        "been", "were", "would", "could", "should", "than", "then", "into", "only", "also", "very", "know", "time",
    ]

    /// A set of strings one of which every match contains, each at least `minimumLength`
    /// characters, the rarest such set the pattern has; nil when there is none.
    static func required(in pattern: String, minimumLength: Int = 2) -> [String]? {
        var parser = Parser(Array(pattern.unicodeScalars))
        let node = parser.alternation()
        guard parser.failed == false, parser.at == parser.scalars.count else { return nil }
        guard let set = node.required(minimumLength: minimumLength) else { return nil }
        return set.sorted()
    }

    /// The top-level alternatives of `pattern` as patterns of their own (each with the pattern's
    /// leading inline flags), with the words each needs; nil when the pattern has no top-level
    /// alternation, uses capture groups by number, or changes its flags elsewhere than at the start.
    /// Running only the alternatives whose words a post holds finds the same matches as the whole.
    static func branches(of pattern: String) -> [(pattern: String, required: [String]?)]? {
        var parser = Parser(Array(pattern.unicodeScalars))
        let node = parser.alternation()
        guard !parser.failed, !parser.backreference, parser.at == parser.scalars.count, !parser.bars.isEmpty,
            parser.flagChanges <= 1,
            case .alternatives(let items) = node
        else { return nil }
        // Leading inline flags, such as (?x), apply to every alternative.
        var prefix = ""
        if parser.flagChanges == 1 {
            guard let flags = parser.leadingFlags else { return nil }
            prefix = String(String.UnicodeScalarView(parser.scalars[flags]))
        }
        let edges = [0] + parser.bars.map { $0 + 1 } + [parser.scalars.count + 1]
        var result: [(pattern: String, required: [String]?)] = []
        for (k, branch) in items.enumerated() {
            let text = String(String.UnicodeScalarView(parser.scalars[edges[k]..<(edges[k + 1] - 1)]))
            let required = Node.best(branch, minimumLength: 2).map { $0.sorted() }
            result.append((k == 0 ? text : prefix + text, required))
        }
        return result
    }

    /// A parsed pattern: alternatives of sequences of items.
    indirect enum Node {
        case alternatives([[Item]])

        /// The best set over the items of each alternative, joined; nil when an alternative has
        /// none.
        func required(minimumLength: Int) -> Set<String>? {
            guard case .alternatives(let branches) = self else { return nil }
            var union = Set<String>()
            for branch in branches {
                guard let best = Self.best(branch, minimumLength: minimumLength) else { return nil }
                union.formUnion(best)
            }
            return union.isEmpty ? nil : union
        }

        /// The strongest set among a sequence's mandatory items: a run of literal characters, or
        /// a group that must match once.
        static func best(_ items: [Item], minimumLength: Int) -> Set<String>? {
            var candidates: [Set<String>] = []
            var run = ""
            func endRun() {
                if !run.isEmpty { candidates.append([run]) }
                run = ""
            }
            for item in items {
                switch item {
                case .literal(let scalar, let mandatory, let repeats):
                    if mandatory { run.unicodeScalars.append(scalar) }
                    if !mandatory || repeats { endRun() }
                case .group(let node, let mandatory):
                    endRun()
                    if mandatory, let set = node.required(minimumLength: minimumLength) { candidates.append(set) }
                case .other:
                    endRun()
                }
            }
            endRun()
            // A set is as weak as its weakest word: too short is no use, a common word little.
            func strength(_ set: Set<String>) -> Int {
                set.map { word in
                    let trimmed = word.trimmingCharacters(in: .whitespaces).lowercased()
                    if trimmed.count < minimumLength { return 0 }
                    return common.contains(trimmed) ? 1 : trimmed.count + 1
                }.min() ?? 0
            }
            guard let best = candidates.max(by: { strength($0) < strength($1) }), strength(best) > 0 else { return nil }
            return best
        }
    }

    enum Item {
        /// One literal character; `mandatory` when it must appear, `repeats` when it may appear
        /// more than once (a run of literals cannot go on past it).
        case literal(Unicode.Scalar, mandatory: Bool, repeats: Bool)
        case group(Node, mandatory: Bool)
        /// Anything else: a class, an escape for a class or an assertion, an anchor, a lookaround.
        case other
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        var at = 0
        var extended = false
        var failed = false
        var depth = 0
        /// Where the top-level `|` are.
        var bars: [Int] = []
        /// Inline flag settings such as (?x) outside any group, and the first one's place when it
        /// opens the pattern.
        var flagChanges = 0
        var leadingFlags: Range<Int>?
        /// A `\1` or `\k<name>`: group numbers matter, so the alternatives cannot be split.
        var backreference = false

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { at + offset < scalars.count ? scalars[at + offset] : nil }

        mutating func alternation() -> Node {
            var branches: [[Item]] = [sequence()]
            while peek() == "|" {
                if depth == 0 { bars.append(at) }
                at += 1
                branches.append(sequence())
            }
            return .alternatives(branches)
        }

        mutating func sequence() -> [Item] {
            var items: [Item] = []
            while let c = peek(), c != "|", c != ")", !failed {
                if extended && (c == " " || c == "\t" || c == "\n" || c == "\r") {
                    at += 1
                    continue
                }
                if extended && c == "#" {
                    while let d = peek(), d != "\n" { at += 1 }
                    continue
                }
                let item = atom()
                let (minimum, maximum) = quantifier()
                switch item {
                case .literal(let scalar, _, _):
                    items.append(.literal(scalar, mandatory: minimum >= 1, repeats: maximum != 1))
                case .group(let node, _):
                    items.append(.group(node, mandatory: minimum >= 1))
                case .other:
                    items.append(.other)
                }
            }
            return items
        }

        /// The repetition after an atom: (minimum, maximum), maximum -1 for unbounded.
        mutating func quantifier() -> (Int, Int) {
            var result = (1, 1)
            while true {
                // Whitespace and comments may sit between an atom and its quantifier.
                if extended, let c = peek(), c == " " || c == "\t" || c == "\n" || c == "\r" || c == "#" {
                    let saved = at
                    while let d = peek(), d == " " || d == "\t" || d == "\n" || d == "\r" { at += 1 }
                    if peek() == "#" {
                        while let d = peek(), d != "\n" { at += 1 }
                    }
                    if let q = peek(), q == "?" || q == "*" || q == "+" || q == "{" {
                        continue
                    }
                    at = saved
                    return result
                }
                switch peek() {
                case "?":
                    at += 1
                    result = (0, result.1)
                case "*":
                    at += 1
                    result = (0, -1)
                case "+":
                    at += 1
                    result = (result.0, -1)
                case "{":
                    var k = at + 1
                    var digits = ""
                    while k < scalars.count, scalars[k] == "," || ("0"..."9").contains(scalars[k]) {
                        digits.unicodeScalars.append(scalars[k])
                        k += 1
                    }
                    guard k < scalars.count, scalars[k] == "}", !digits.isEmpty else { return result }
                    let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
                    let low = Int(parts[0]) ?? 0
                    let high = parts.count == 1 ? low : (parts[1].isEmpty ? -1 : Int(parts[1]) ?? -1)
                    result = (result.0 == 0 ? 0 : low, high)
                    at = k + 1
                default:
                    return result
                }
                // A lazy or possessive mark changes nothing here.
                if let mark = peek(), mark == "?" || mark == "+" { at += 1 }
            }
        }

        mutating func atom() -> Item {
            guard let c = peek() else { return .other }
            at += 1
            switch c {
            case "(":
                return group()
            case "[":
                skipClass()
                return .other
            case "\\":
                return escape()
            case ".", "^", "$":
                return .other
            default:
                return .literal(c, mandatory: true, repeats: false)
            }
        }

        mutating func group() -> Item {
            let open = at - 1
            var lookaround = false
            if peek() == "?" {
                at += 1
                switch peek() {
                case ":", ">", "|":
                    at += 1
                case "=", "!":
                    at += 1
                    lookaround = true
                case "<" where peek(1) == "=" || peek(1) == "!":
                    at += 2
                    lookaround = true
                case "<", "P":
                    // A named group, (?<name>…) or (?P<name>…): past its name.
                    while let d = peek(), d != ">" { at += 1 }
                    at += 1
                case "'":
                    // (?'name'…)
                    at += 1
                    while let d = peek(), d != "'" { at += 1 }
                    at += 1
                case "#":
                    while let d = peek(), d != ")" { at += 1 }
                    at += 1
                    return .other
                default:
                    // Inline flags: (?x), (?i-x), or a group with flags (?x: … ).
                    var on = true
                    var flagsExtended = extended
                    while let d = peek(), d != ")" && d != ":" {
                        if d == "-" { on = false } else if d == "x" { flagsExtended = on }
                        at += 1
                    }
                    if peek() == ")" {
                        at += 1
                        extended = flagsExtended
                        if depth == 0 {
                            flagChanges += 1
                            let before = scalars[0..<open].allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
                            if before { leadingFlags = 0..<at }
                        }
                        return .other
                    }
                    at += 1
                    let outer = extended
                    extended = flagsExtended
                    depth += 1
                    let node = alternation()
                    depth -= 1
                    extended = outer
                    return close(node, lookaround: false)
                }
            }
            let outer = extended
            depth += 1
            let node = alternation()
            depth -= 1
            extended = outer
            return close(node, lookaround: lookaround)
        }

        mutating func close(_ node: Node, lookaround: Bool) -> Item {
            guard peek() == ")" else {
                failed = true
                return .other
            }
            at += 1
            return lookaround ? .other : .group(node, mandatory: true)
        }

        /// Past a character class, nested classes and escapes included.
        mutating func skipClass() {
            var depth = 1
            if peek() == "^" { at += 1 }
            if peek() == "]" { at += 1 }
            while let c = peek(), depth > 0 {
                at += 1
                if c == "\\" {
                    at += 1
                } else if c == "[" {
                    depth += 1
                } else if c == "]" {
                    depth -= 1
                }
            }
            if depth > 0 { failed = true }
        }

        mutating func escape() -> Item {
            guard let c = peek() else {
                failed = true
                return .other
            }
            at += 1
            if ("1"..."9").contains(c) || c == "k" { backreference = true }
            switch c {
            case "p", "P", "x", "u", "N", "U", "k", "g":
                // \p{…}, \x{…}, \N{…}: skip the braces.
                if peek() == "{" {
                    while let d = peek(), d != "}" { at += 1 }
                    at += 1
                }
                return .other
            case "Q":
                // Quoted text up to \E: treated as unknown.
                while at < scalars.count && !(peek() == "\\" && peek(1) == "E") { at += 1 }
                at += 2
                return .other
            default:
                // Escaped punctuation is itself; letters and digits are classes, assertions or
                // control characters.
                let isWordCharacter = c.properties.isAlphabetic || ("0"..."9").contains(c)
                return isWordCharacter ? .other : .literal(c, mandatory: true, repeats: false)
            }
        }
    }
}
