import Foundation
import Testing

@testable import FootprintInput

/// A small CBOR encoder for fixtures (definite lengths, as DAG-CBOR writes them).
private enum CBOR {
    static func head(_ major: UInt8, _ value: UInt64) -> [UInt8] {
        switch value {
        case 0..<24: return [major << 5 | UInt8(value)]
        case 24..<256: return [major << 5 | 24, UInt8(value)]
        case 256..<65_536: return [major << 5 | 25, UInt8(value >> 8), UInt8(value & 0xFF)]
        default: return [major << 5 | 26] + (0..<4).reversed().map { UInt8((value >> (8 * UInt64($0))) & 0xFF) }
        }
    }
    static func text(_ s: String) -> [UInt8] { head(3, UInt64(s.utf8.count)) + Array(s.utf8) }
    static func bytes(_ b: [UInt8]) -> [UInt8] { head(2, UInt64(b.count)) + b }
    static func map(_ pairs: [(String, [UInt8])]) -> [UInt8] {
        head(5, UInt64(pairs.count)) + pairs.flatMap { text($0.0) + $0.1 }
    }
    static func array(_ items: [[UInt8]]) -> [UInt8] { head(4, UInt64(items.count)) + items.flatMap { $0 } }
    static func cidLink(_ cid: [UInt8]) -> [UInt8] { [0xD8, 42] + bytes([0] + cid) }
}

private func varint(_ value: Int) -> [UInt8] {
    var v = value
    var out: [UInt8] = []
    repeat {
        var byte = UInt8(v & 0x7F)
        v >>= 7
        if v > 0 { byte |= 0x80 }
        out.append(byte)
    } while v > 0
    return out
}

/// A CIDv1 (dag-cbor, sha2-256) with a made-up digest.
private func cid(_ seed: UInt8) -> [UInt8] { [0x01, 0x71, 0x12, 0x20] + Array(repeating: seed, count: 32) }

private func car(_ blocks: [[UInt8]]) -> [UInt8] {
    let header = CBOR.map([("roots", CBOR.array([CBOR.cidLink(cid(0))])), ("version", CBOR.head(0, 1))])
    var out = varint(header.count) + header
    for (index, block) in blocks.enumerated() {
        let id = cid(UInt8(index + 1))
        out += varint(id.count + block.count) + id + block
    }
    return out
}

@Suite("Bluesky repository")
struct BlueskyRepositoryTests {
    private func post(_ text: String, _ date: String) -> [UInt8] {
        CBOR.map([("$type", CBOR.text("app.bsky.feed.post")), ("createdAt", CBOR.text(date)), ("text", CBOR.text(text))])
    }

    @Test("posts come out with text and date; other records and MST nodes are not posts")
    func posts() throws {
        let like = CBOR.map([("$type", CBOR.text("app.bsky.feed.like")), ("createdAt", CBOR.text("2024-01-01T00:00:00Z"))])
        let node = CBOR.map([("e", CBOR.array([])), ("l", CBOR.cidLink(cid(9)))])
        let file = car([
            post("hello 👋 world", "2024-03-04T05:06:07.000-07:00"), like, node, post("second", "2024-03-05T00:00:00Z"),
        ])
        let (posts, skipped) = try BlueskyRepository.posts(from: file)
        #expect(skipped == 0)
        #expect(posts.map(\.text) == ["hello 👋 world", "second"])
        #expect(posts[0].createdAt == "2024-03-04T05:06:07.000-07:00")
        #expect(posts[0].platform == "bluesky")
        #expect(posts[0].id?.hasPrefix("bafyrei") == true)
    }

    @Test("a block that is not CBOR is skipped and counted; the rest still read")
    func badBlock() throws {
        let file = car([[0xFF, 0x00], post("kept", "2024-01-01T00:00:00Z")])
        let (posts, skipped) = try BlueskyRepository.posts(from: file)
        #expect(skipped == 1 && posts.map(\.text) == ["kept"])
    }

    @Test("a broken CAR is an error, not a crash", arguments: [0, 1, 5, 20])
    func truncated(cut: Int) {
        let file = car([post("a post long enough to cut", "2024-01-01T00:00:00Z")])
        let broken = Array(file.dropLast(cut == 0 ? file.count : cut))
        #expect(throws: ArchiveError.self) { try BlueskyRepository.posts(from: cut == 1 ? [0x0A] + broken : broken) }
    }

    @Test("CBOR: lengths beyond the bytes left, deep nesting, indefinite lengths and bad UTF-8 throw")
    func cborErrors() {
        #expect(throws: CBORError.self) { try CBORDecoder.decode([0x7A, 0xFF, 0xFF, 0xFF, 0xFF, 0x61]) }
        #expect(throws: CBORError.self) { try CBORDecoder.decode(Array(repeating: 0x81, count: 10_000) + [0x00]) }
        #expect(throws: CBORError.self) { try CBORDecoder.decode([0x9F, 0x01, 0xFF]) }
        #expect(throws: CBORError.self) { try CBORDecoder.decode([0x62, 0xC3, 0x28]) }
        #expect((try? CBORDecoder.decode([0x83, 0x01, 0x20, 0xF5]).value) == .array([.unsigned(1), .negative(0), .bool(true)]))
    }

    @Test("the shared samples give the posts they hold", .enabled(if: PlatformArchiveTests.samplesPresent))
    func samples() throws {
        func read(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: PlatformArchiveTests.samples.appendingPathComponent("bluesky/\(name)")))
        }
        // Counted independently with Python's cbor2 when this test was written.
        #expect(try BlueskyRepository.posts(from: try read("fakermaker.repo.car")).posts.count == 26)
        #expect(try BlueskyRepository.posts(from: try read("greenground.repo.car")).posts.count == 0)
        #expect(try BlueskyRepository.posts(from: try read("repo_slice.car")).posts.count == 1)
    }
}
