/// UAX #29 word boundaries for pure ASCII text, giving the same segments and rule statuses as
/// ICU's root word break iterator (checked against ICU by a differential test) at byte-scanner
/// speed, so that ASCII text does not pay for ICU.
enum ASCIIWordBreaker {
    private enum Class: UInt8 {
        case other, cr, lf, newline, space, letter, digit, midNumLet, singleQuote, midNum, extendNumLet
    }

    private static let classes: [Class] = {
        var table = [Class](repeating: .other, count: 128)
        table[13] = .cr
        table[10] = .lf
        table[11] = .newline
        table[12] = .newline
        table[32] = .space
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(c)] = .letter }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(c)] = .letter }
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(c)] = .digit }
        // NOTE: ICU's root rules count '@' as a letter, so "jane@example" stays one word.
        table[Int(UInt8(ascii: "@"))] = .letter
        table[Int(UInt8(ascii: "."))] = .midNumLet
        table[Int(UInt8(ascii: "'"))] = .singleQuote
        table[Int(UInt8(ascii: ","))] = .midNum
        table[Int(UInt8(ascii: ";"))] = .midNum
        table[Int(UInt8(ascii: "_"))] = .extendNumLet
        return table
    }()

    /// ICU's UBRK_WORD_* statuses.
    static let statusNone: Int32 = 0
    static let statusNumber: Int32 = 100
    static let statusLetter: Int32 = 200

    /// Calls `body(end, status)` for each segment of `bytes` (all below 0x80), offsets relative to
    /// the buffer.
    static func segment(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void) {
        let n = bytes.count
        guard n > 0 else { return }
        @inline(__always) func cls(_ i: Int) -> Class { classes[Int(bytes[i] & 0x7F)] }
        @inline(__always) func isMidLetterish(_ c: Class) -> Bool { c == .midNumLet || c == .singleQuote }
        @inline(__always) func isMidNumish(_ c: Class) -> Bool {
            c == .midNum || c == .midNumLet || c == .singleQuote
        }
        var prev = cls(0)
        var status: Int32 = prev == .letter ? statusLetter : (prev == .digit ? statusNumber : statusNone)
        var i = 1
        while i < n {
            let cur = cls(i)
            var join = false
            var pairStatus = status
            switch (prev, cur) {
            case (.cr, .lf):
                join = true
            case (.cr, _), (.lf, _), (.newline, _), (_, .cr), (_, .lf), (_, .newline):
                join = false
            case (.space, .space):
                join = true
            case (.letter, .letter):
                join = true; pairStatus = statusLetter
            case (.letter, _) where isMidLetterish(cur) && i + 1 < n && cls(i + 1) == .letter:
                join = true; pairStatus = statusLetter
            case (_, .letter) where isMidLetterish(prev) && i >= 2 && cls(i - 2) == .letter && status == statusLetter:
                join = true; pairStatus = statusLetter
            case (.digit, .digit):
                join = true; pairStatus = statusNumber
            case (.letter, .digit):
                join = true; pairStatus = statusNumber
            case (.digit, .letter):
                join = true; pairStatus = statusLetter
            case (_, .digit) where isMidNumish(prev) && i >= 2 && cls(i - 2) == .digit && status != statusNone:
                join = true; pairStatus = statusNumber
            case (.digit, _) where isMidNumish(cur) && i + 1 < n && cls(i + 1) == .digit:
                join = true; pairStatus = statusNumber
            case (.letter, .extendNumLet), (.extendNumLet, .extendNumLet), (.extendNumLet, .letter):
                join = true; pairStatus = statusLetter
            case (.digit, .extendNumLet), (.extendNumLet, .digit):
                join = true; pairStatus = statusNumber
            default:
                join = false
            }
            if join {
                status = pairStatus
            } else {
                body(i, status)
                status = cur == .letter ? statusLetter : (cur == .digit ? statusNumber : statusNone)
            }
            prev = cur
            i += 1
        }
        body(n, status)
    }
}
