/// Small helpers for walking valid UTF-8 by hand.
enum UTF8Scalars {
    /// Length of the sequence a lead byte starts (1 for ASCII and stray bytes).
    @inline(__always)
    static func width(ofLead b: UInt8) -> Int {
        b < 0xC0 ? 1 : (b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4))
    }

    /// Decodes the scalar starting at `i` of valid UTF-8 (U+FFFD for a broken sequence).
    @inline(__always)
    static func decode(_ bytes: [UInt8], at i: Int) -> Unicode.Scalar {
        let b0 = UInt32(bytes[i])
        let width = width(ofLead: bytes[i])
        guard i + width <= bytes.count else { return "\u{FFFD}" }
        var value: UInt32
        switch width {
        case 1: value = b0
        case 2: value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        case 3: value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        default:
            value =
                (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
