import Foundation
import Testing

@testable import FootprintInput

/// Zip archives and DEFLATE: a fixture made once with Python's zipfile (a stored entry, a short
/// deflated one with the fixed code, a long one with dynamic codes), and damaged copies of it.
@Suite("Zip archives")
struct ZipArchiveTests {
    static let fixture: [UInt8] = Array(
        Data(
            base64Encoded: [
                "UEsDBBQAAAAAAAAAIQCYRh4+GwAAABsAAAAPAAAAZGF0YS9zdG9yZWQudHh0c3RvcmVkIHRleHQsIG5vdCBjb21wcmVzc2VkUEsD",
                "BBQAAAAIAAAAIQCAiPnlCgAAABEAAAAOAAAAZGF0YS9zaG9ydC50eHTLSM3JyVfIQJAAUEsDBBQAAAAIAAAAIQDQv7NmLwYAAP1i",
                "AAAOAAAAZGF0YS90d2VldHMuanO13E2OHEUQhuE9p+gTWJ1Z3fXDmiN4w9LgAQaMx4zHDHANtpyOkyAh1sz7SO51S6HqrPgyIr94",
                "K5/v3799eH719euvXj093909fXz14c3j0/n07v793en85enph7vTL5/uv/3p9M3jw/P703cPv51+/PTzh4+nh1/vHv/9+d2bP34/",
                "vX34/nQ+/f3Xn188/1/EYRHHyxGnRby8HHGxiMfLES/4r9eXQ14t5Ly+HHK1kEt4yg1fTljL3UKu4YUfFnIPWTlQOksIidqZ4Z8P",
                "Vc8WYqJ+thliooJKSFTQUt46Smgtz4kaOoLSB4poKemJKtpCtZioohHWc6KMruG/T5TREbbOiTK6BLlPlNFR6i/q6FLWE3V0lP+O",
                "OrqW/EQd7SEkymgNcl9QRjPs8gvKaA//fUEZXUszhzKaYQtZUEZ7aGsWlNEapLloR1dyCWU0ynOqjML2uaiOQswL6ugScv6COlpC",
                "fl5QR6M8J+qoLKdWo1A5LiijPaT8BWW0lRMhymgrz4ky2sp6alcXYl5RRuW/X1FG5R1dUUYll65qLpT1RB0VdwFlVHaQq1ajsNNd",
                "1WAoz6kOQ1lPtRhCzFUPR6ESr1qNiq2EMiqdzYoyKh3Yqh5DyM8VdVQ62hV1VDrvFXVUTgir6qjkkuooWJQoo3Iu3FBG5fy6qVUX",
                "Ksem1ShIc0MZFd9iQxkVf2VDGRUfaNPDUdhCNu3qSn6ijIr/t6OOik+5o46Kn7qjjorvu6vJEEKijIqLvqtVF3b5HWVUphI7yqhk",
                "p1oM5a2rxVBGUWoxhMbm0KYu7J4HqqjMHw9UURmTHuoxhJCqohASRRSS80ANhapxoIbKU6KEykjzrIWoxFRuIaTmON9AQ+OMIipi",
                "H2ft6dKaquOdXr4ejtIs//PXo3FGMaVp/lnlVMb5ijKkeT7DDCXmDTq7oTRDGukrzpBm+gw0JOZEve/CgCnSUI5JQ5mGcp4bCjWU",
                "g+dQqqGckIdiDeUoP5RrKJ7DULChmCNDyYbi4gxFG4LbNBRtKK7YULah2HeD4Yb091FQxRAdzDeU/YQBh9LzKOFQvPChiEMx7Ycy",
                "DmW6MBRyKGOQoZRDmdcMxRzKYGko51AmYENBhzKqG0o6lCVV0qGMPoeiDmVGO5R1KMPkobRDmXoPxR3KeH4w75CC3gB4GEw8pBel",
                "M6bypMo8pORX6KGoVKGHtJ0o9ZA2PsUe0hat4EMqJko+pLKn6EMq0Mo+pFZC4YfU9Cj9kNozxR9SI6n8Q2p5GYAoyc8ERDlGKAKR",
                "DjzMQJSYNwDEh0IQ6bCrFEQ6lisHkQwEBSGS1aEkRDJlFIVI9pGyEMnoUhgiWXJKQyTzUHGIZHMqD9G+sVIgoiS/EhHlQZWISGa8",
                "IhFpbMBMRJG+UhElS5WKSCMjxSLScEu5iDSGUzIiDQwVjUijTWUj0hBW4YiypApHlHfPcESJiWoqhUTpiPScKKa0nlqbSkwFJFKC",
                "3kBKUxmJIvqpkETZnqZCEmUjnQpJlC1/KiRRvoNVRqIU0amMRCn3UxmJ0phMhiRKzBu0elMZidKUTmUkSvs8GZIoacpXPpRvqxWS",
                "aB//6wcZ6e/r5+plN1VIIn3/r5BEugBAIYl0A4BCEukKAL77oeSpQhLlEgBlJIppNpWRKPbeZEYi/X39NiO9fIUkyn7CkETpefgO",
                "iKJShSSKtT8VkihDiKmQRBmXTIUkymBnKiRRRlBTIYkyLJsKSZSx3lRIIi2pVqhSTJSRKCPdqYxEGT5PhSTKmHwqJFEG+pMhiRT0",
                "BpDEZEgivSidQKUnVVMiraka5iXmDaCjqYxE2viUkUhbtEISqZgoJJHKnkISqUArJJFaCYUkUtOjkERqzxSSSI2kQhKp5WVIoiQ/",
                "QxLlGMGXRJSUYkiixLwBaD6VkUiHXWUk2sV8WqGKShWSSFaHQhLJlOHLIsqaKiSRjC6FJJIlp5BEMg8Vkkg2p0ISyZBlSKIkv0IS",
                "6UGVi01Bb/Bx4WRGokhfIYmSpcpIpJGRMhJpuKWMRBrDKSSRBoZ8d0RRvkISZQg7FZJIS/r5v32fjEiUmKimUkiUkEjPqRcml5if",
                "//qIyYRESVBFJJKUlJFIoldIIm1PCkn8t5H+A1BLAQIUAxQAAAAAAAAAIQCYRh4+GwAAABsAAAAPAAAAAAAAAAAAAACAAQAAAABk",
                "YXRhL3N0b3JlZC50eHRQSwECFAMUAAAACAAAACEAgIj55QoAAAARAAAADgAAAAAAAAAAAAAAgAFIAAAAZGF0YS9zaG9ydC50eHRQ",
                "SwECFAMUAAAACAAAACEA0L+zZi8GAAD9YgAADgAAAAAAAAAAAAAAgAF+AAAAZGF0YS90d2VldHMuanNQSwUGAAAAAAMAAwC1AAAA",
                "2QYAAAAA",
            ].joined()) ?? Data())

    /// The long entry's text, written the same way the fixture's was.
    static let longText = (0..<300).map {
        "window.YTD.tweets.part0 line \($0): the quick brown fox jumps over the lazy dog \($0 * $0 % 97) ✓\n"
    }.joined()

    @Test("entries are listed and read: stored, fixed-code and dynamic-code deflate, checked against CRC-32")
    func read() throws {
        let zip = try ZipArchive(Self.fixture)
        #expect(zip.entries.map(\.name) == ["data/stored.txt", "data/short.txt", "data/tweets.js"])
        func text(_ name: String) throws -> String {
            String(decoding: try zip.data(of: try #require(zip.entry(named: name))), as: UTF8.self)
        }
        #expect(try text("data/stored.txt") == "stored text, not compressed")
        #expect(try text("data/short.txt") == "hello hello hello")
        #expect(try text("data/tweets.js") == Self.longText)
    }

    @Test("a truncated zip, a damaged entry and junk are errors, not crashes")
    func damaged() throws {
        for cut in [1, 30, 200, Self.fixture.count - 10] {
            #expect(throws: ArchiveError.self) {
                let zip = try ZipArchive(Array(Self.fixture.dropLast(cut)))
                for entry in zip.entries { _ = try zip.data(of: entry) }
            }
        }
        // Flip bytes inside the long entry's compressed data: a checksum or DEFLATE error.
        let zip = try ZipArchive(Self.fixture)
        let entry = try #require(zip.entry(named: "data/tweets.js"))
        var bytes = Self.fixture
        for k in stride(from: entry.headerOffset + 60, to: entry.headerOffset + 200, by: 7) { bytes[k] ^= 0x5A }
        #expect(throws: ArchiveError.self) { try ZipArchive(bytes).data(of: entry) }
        #expect(throws: ArchiveError.self) { try ZipArchive(Array("not a zip at all, just words".utf8)) }
        #expect(throws: ArchiveError.self) { try ZipArchive([]) }
    }

    @Test("DEFLATE: random junk never traps; a stored block round-trips; the output cap holds")
    func inflate() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let junk = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? Inflate.decompress(junk[...], limit: 1 << 16)
        }
        let stored: [UInt8] = [0x01, 0x03, 0x00, 0xFC, 0xFF] + Array("abc".utf8)
        #expect(try Inflate.decompress(stored[...]) == Array("abc".utf8))
        #expect(throws: Inflate.Failure.self) { try Inflate.decompress(stored[...], limit: 2) }
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }
}
