/// A read-only hash table from 64-bit word hashes to lists of small integers, probed with
/// linear probing on the hash itself: no rehashing and no allocation per lookup. Built once from
/// a dictionary when rules are compiled; looked up for every token of every post.
struct HashMultiMap: Sendable {
    private var keys: [UInt64] = []
    /// Where each slot's values start in `values`, and how many it has (0: an empty slot).
    private var starts: [Int32] = []
    private var counts: [Int32] = []
    private var values: [Int32] = []
    private var mask = 0

    init() {}

    init(_ dictionary: [UInt64: [Int]]) {
        var capacity = 8
        while capacity < dictionary.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        starts = Array(repeating: 0, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        for (key, list) in dictionary where !list.isEmpty {
            var slot = Self.slot(key, mask)
            while counts[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            starts[slot] = Int32(values.count)
            counts[slot] = Int32(list.count)
            values += list.map { Int32($0) }
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The values stored under `key` (empty when none).
    @inline(__always)
    func values(_ key: UInt64) -> ArraySlice<Int32> {
        guard mask > 0 else { return [] }
        var slot = Self.slot(key, mask)
        while counts[slot] != 0 {
            if keys[slot] == key {
                let start = Int(starts[slot])
                return values[start..<(start + Int(counts[slot]))]
            }
            slot = (slot + 1) & mask
        }
        return []
    }
}

/// A read-only set of 64-bit hashes with linear probing.
struct HashSet64: Sendable {
    private var slots: [UInt64] = []
    private var used: [Bool] = []
    private var mask = 0

    init() {}

    init(_ hashes: some Collection<UInt64>) { self = Self.build(hashes).set }

    /// The set of `hashes`, and each distinct hash once in first-seen order.
    static func build(_ hashes: some Collection<UInt64>) -> (set: HashSet64, unique: [UInt64]) {
        var set = HashSet64()
        var capacity = 8
        while capacity < hashes.count * 2 { capacity <<= 1 }
        set.mask = capacity - 1
        set.slots = Array(repeating: 0, count: capacity)
        set.used = Array(repeating: false, count: capacity)
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes {
            var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & set.mask
            while set.used[slot] && set.slots[slot] != hash { slot = (slot + 1) & set.mask }
            if set.used[slot] { continue }
            set.slots[slot] = hash
            set.used[slot] = true
            unique.append(hash)
        }
        return (set, unique)
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        guard mask > 0 else { return false }
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while used[slot] {
            if slots[slot] == hash { return true }
            slot = (slot + 1) & mask
        }
        return false
    }
}
