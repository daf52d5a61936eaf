import CICUShim
import FootprintText
import Foundation

/// A compiled ICU regular expression. The engine keeps one per rule; each worker uses clones.
final class CompiledRegex: @unchecked Sendable {
    // NOTE: @unchecked: the handle is only read after construction (cloned, never matched with),
    // so sharing it between threads is safe.
    let handle: OpaquePointer
    let groupCount: Int

    /// Compiles `pattern`; throws a message with ICU's error and the offset in the pattern.
    init(pattern: String, caseSensitive: Bool) throws(RegexError) {
        var error: Int32 = 0
        var offset: Int32 = -1
        let bytes = Array(pattern.utf8)
        let handle = bytes.withUnsafeBufferPointer {
            fp_regex_open($0.baseAddress, Int32($0.count), caseSensitive ? 0 : Int32(FP_REGEX_CASE_INSENSITIVE), &error, &offset)
        }
        guard let handle else {
            throw RegexError(message: String(cString: fp_icu_error_name(error)), offset: offset >= 0 ? Int(offset) : nil)
        }
        self.handle = handle
        self.groupCount = Int(fp_regex_group_count(handle))
    }

    deinit { fp_regex_close(handle) }
}

/// Why a pattern did not compile.
struct RegexError: Error {
    var message: String
    var offset: Int?
}

/// A worker's clone of a compiled regex.
final class RegexMatcher {
    private let handle: OpaquePointer

    init?(_ compiled: CompiledRegex) {
        var error: Int32 = 0
        guard let handle = fp_regex_clone(compiled.handle, &error) else { return nil }
        self.handle = handle
    }

    deinit { fp_regex_close(handle) }

    /// ICU's time limit per match, in its steps (about a millisecond each).
    static let timeLimit: Int32 = 200

    /// Spans of `group` for every match; `timedOut` when the limit stopped the search.
    func matches(in bytes: [UInt8], group: Int) -> (spans: [Range<Int>], timedOut: Bool) {
        var spans: UnsafePointer<Int32>?
        var found: Int32 = 0
        var error: Int32 = 0
        let count = bytes.withUnsafeBufferPointer {
            fp_regex_find_all(handle, $0.baseAddress, Int32($0.count), Int32(group), Self.timeLimit, &spans, &found, &error)
        }
        var result: [Range<Int>] = []
        if let spans {
            for k in 0..<Int(count >= 0 ? count : found) {
                result.append(Int(spans[2 * k])..<Int(spans[2 * k + 1]))
            }
        }
        return (result, count < 0 && error == fp_regex_time_out_code())
    }
}

/// A pattern rule's regex, or one of its top-level alternatives compiled apart, with the folded
/// words one of which every match holds (empty: no prefilter).
struct RegexPiece: Sendable {
    let regex: LazyRegex
    let required: [[UInt8]]

    /// The pieces of a rule's pattern: its top-level alternatives apart when each can be
    /// prefiltered on its own words, else the whole regex with the words it needs.
    static func pieces(of spec: PatternSpec, analyzer: TextAnalyzer) throws -> [RegexPiece] {
        func fold(_ words: [String]?) throws -> [[UInt8]] {
            spec.caseSensitive ? [] : try (words ?? []).map { try analyzer.analyze($0).folded.bytes }
        }
        // NOTE: `check` compiled the whole pattern when the rule was loaded; the regexes run are
        // compiled when a post first needs them.
        if spec.group == 0, !spec.caseSensitive, let branches = RegexLiterals.branches(of: spec.regex),
            branches.allSatisfy({ (try? CompiledRegex(pattern: $0.pattern, caseSensitive: true)) != nil })
        {
            var pieces: [RegexPiece] = []
            // Alternatives that need no word run together, as one regex.
            var always: [String] = []
            for branch in branches {
                guard let words = branch.required else {
                    always.append(branch.pattern)
                    continue
                }
                pieces.append(
                    RegexPiece(regex: LazyRegex(branch.pattern, caseSensitive: false), required: try fold(words))
                )
            }
            if !always.isEmpty {
                pieces.append(RegexPiece(regex: LazyRegex(always.joined(separator: "|"), caseSensitive: false), required: []))
            }
            return pieces
        }
        let regex = LazyRegex(spec.regex, caseSensitive: spec.caseSensitive)
        return [RegexPiece(regex: regex, required: try fold(RegexLiterals.required(in: spec.regex)))]
    }
}

/// A regex compiled when a post first needs it, once for every worker: most posts pass no
/// pattern's prefilter, and a draft checked once needs few of them.
final class LazyRegex: @unchecked Sendable {
    // NOTE: @unchecked: `regex` is only touched under `lock`.
    let pattern: String
    let caseSensitive: Bool
    private var regex: CompiledRegex?
    private let lock = NSLock()

    init(_ pattern: String, caseSensitive: Bool) {
        self.pattern = pattern
        self.caseSensitive = caseSensitive
    }

    /// The compiled regex; nil only if it does not compile (the rule was checked when loaded).
    func compiled() -> CompiledRegex? {
        lock.lock()
        defer { lock.unlock() }
        if regex == nil { regex = try? CompiledRegex(pattern: pattern, caseSensitive: caseSensitive) }
        return regex
    }
}
