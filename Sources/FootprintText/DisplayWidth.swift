import CICUShim

/// How many terminal columns text takes: two for wide East Asian characters and emoji, none for
/// control characters, one otherwise (per grapheme cluster).
public func displayWidth(_ text: some StringProtocol) -> Int {
    var width = 0
    for character in text {
        var columns = 1
        for scalar in character.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { columns = 0; break }
            if scalar.value >= 0x1100 && fp_is_wide(scalar.value) != 0 || scalar.value == 0xFE0F { columns = 2; break }
        }
        width += columns
    }
    return width
}
