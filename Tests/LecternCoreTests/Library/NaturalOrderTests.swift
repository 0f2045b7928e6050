import LecternTestSupport
import Testing
@testable import LecternCore

/// File names sort as people expect: numbers by value, letters without regard to case.
@Suite struct NaturalOrderTests {
    private func sorted(_ names: [String]) -> [String] { names.sorted(by: NaturalOrder.areInIncreasingOrder) }

    @Test func numbersCompareByValue() {
        #expect(sorted(["a10", "a2", "a1", "a100", "a20"]) == ["a1", "a2", "a10", "a20", "a100"])
    }

    @Test func caseIsIgnored() {
        #expect(sorted(["beta", "Alpha", "alpha2", "Gamma", "ALPHA10"]) == ["Alpha", "alpha2", "ALPHA10", "beta", "Gamma"])
    }

    @Test func leadingZerosAndPrefixes() {
        #expect(sorted(["010-x", "9-x", "001-x", "1-y"]) == ["001-x", "1-y", "9-x", "010-x"])
        #expect(sorted(["ab", "a", "abc"]) == ["a", "ab", "abc"])
    }

    @Test func numbersInsideNames() {
        #expect(sorted(["part 10 b", "part 2 c", "part 2 a"]) == ["part 2 a", "part 2 c", "part 10 b"])
    }

    @Test func orderIsStrict() {
        let names = ["a", "A", "a01", "a1", "x2", "x02", "éa", "b"]
        for a in names {
            #expect(!NaturalOrder.areInIncreasingOrder(a, a))
            for b in names where a != b {
                #expect(NaturalOrder.areInIncreasingOrder(a, b) != NaturalOrder.areInIncreasingOrder(b, a),
                        "\(a) vs \(b)")
            }
        }
    }

    @Test func libraryListsInNaturalOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["a10", "a2", "A3", "b1", "a1"] {
            try folder.write("\(name).txt", "Title \(name)\n")
        }
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.map(\.id) == ["a1", "a2", "A3", "a10", "b1"])
        #expect(library.entries.map(\.title) == ["Title a1", "Title a2", "Title A3", "Title a10", "Title b1"])
    }
}

extension NaturalOrderTests {
    /// Judgement: accented letters sort with their base letter, in any case.
    @Test func accentedLettersSortWithTheirBaseLetter() {
        #expect(sorted(["Éclair", "éa", "ébène", "zed"]) == ["éa", "ébène", "Éclair", "zed"])
    }
}

extension NaturalOrderTests {
    /// The order stated as a walk over two names, digit runs compared as numbers: the sort key
    /// must give the same answer for any pair.
    private func walkPrecedes(_ a: String, _ b: String) -> Bool {
        let left = a.lowercased().unicodeScalars.map(\.value), right = b.lowercased().unicodeScalars.map(\.value)
        let isDigit = { (value: UInt32) in (0x30...0x39).contains(value) }
        var i = 0, j = 0
        while i < left.count, j < right.count {
            if isDigit(left[i]), isDigit(right[j]) {
                var leftEnd = i, rightEnd = j
                while leftEnd < left.count, isDigit(left[leftEnd]) { leftEnd += 1 }
                while rightEnd < right.count, isDigit(right[rightEnd]) { rightEnd += 1 }
                let leftValue = Array(left[i..<leftEnd].drop { $0 == 0x30 })
                let rightValue = Array(right[j..<rightEnd].drop { $0 == 0x30 })
                if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
                if leftValue != rightValue { return leftValue.lexicographicallyPrecedes(rightValue) }
                i = leftEnd
                j = rightEnd
                continue
            }
            if left[i] != right[j] { return left[i] < right[j] }
            i += 1
            j += 1
        }
        if (i == left.count) != (j == right.count) { return i == left.count }
        return a < b
    }

    @Test func theKeyOrdersAsTheWalkDoes() {
        let alphabet: [Character] = ["0", "0", "1", "2", "9", "a", "B", "z", "-", " ", "/", ":", "."]
        for seed in UInt64(1)...3000 {
            var generator = SeededRandom(seed: seed)
            let name = { (generator: inout SeededRandom) in
                String((0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            }
            let a = name(&generator), b = name(&generator)
            #expect(NaturalOrder.areInIncreasingOrder(a, b) == walkPrecedes(a, b), "\(a) vs \(b)")
        }
    }

    /// ASCII names are keyed from their bytes: as the general folding keys them, digit runs
    /// and all, and not at all when they are not ASCII.
    @Test func asciiKeysAreTheKeysOfTheGeneralFolding() {
        let pieces = ["0", "00", "007", "1", "9", "10", "a", "Z", "-", " ", ".txt", "é", "\u{7F}", "\u{0}"]
        for seed in PropertySeeds.range(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let bytes = String(decoding: (0..<random.next(upTo: 30)).map { _ in UInt8(random.next(upTo: 0x80)) }, as: UTF8.self)
            let pieced = (0..<random.next(upTo: 8)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            for name in [bytes, pieced, bytes + "é", "É" + pieced] {
                #expect(NaturalOrder.key(name) == NaturalOrder.keyOfFoldedScalars(name), "seed \(seed): \(name.debugDescription)")
            }
        }
    }
}

extension NaturalOrderTests {
    /// The keys of a folder's names written into one buffer sort the names as comparing them
    /// two at a time does, for ASCII names (folded from their bytes) and others alike.
    @Test func sortingAFolderOrdersAsComparingPairs() {
        let pieces = ["0", "00", "1", "2", "9", "10", "a", "A", "b", "Z", "é", "É", "-", " ", ".", "_", "txt"]
        for seed in PropertySeeds.range(default: 500) {
            var random = SeededRandom(seed: seed)
            let names = (0..<random.next(upTo: 40)).map { _ in
                (0..<random.next(upTo: 6)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            }
            #expect(NaturalOrder.sorted(names) == names.sorted(by: NaturalOrder.areInIncreasingOrder), "seed \(seed): \(names)")
        }
    }
}

extension NaturalOrderTests {
    /// Names that share long beginnings (so that the first eight elements of their keys, packed
    /// in one word, tie), with digit runs of more than 255 digits and scalars beyond one byte,
    /// sort as comparing them two at a time does: the packed words decide only where they differ.
    @Test func sortingNamesWithLongSharedBeginningsOrdersAsComparingPairs() {
        let pieces = ["chapter-", "0", "00000", "1", "12", "255", String(repeating: "7", count: 300),
                      "é", "É", "e\u{301}", "漢", "😀", "a", "A", " ", "_", ".txt"]
        for seed in PropertySeeds.range(default: 400) {
            var random = SeededRandom(seed: seed)
            let stem = (0..<random.next(upTo: 4)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            let names = (0..<random.next(upTo: 40)).map { _ in
                stem + (0..<random.next(upTo: 5)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            }
            #expect(NaturalOrder.sorted(names) == names.sorted(by: NaturalOrder.areInIncreasingOrder), "seed \(seed): \(names)")
        }
        #expect(NaturalOrder.sorted(["", ""]) == ["", ""])
    }
}
