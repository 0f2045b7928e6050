import LecternTestSupport
import Testing
@testable import LecternCore

/// The line breaker against an exhaustive search and against the greedy breaker it replaced, on
/// random paragraphs of Latin, CJK, hyphenated and over-long words at widths 1 to 200.
/// A failure names its seed: replay it with LECTERN_SEED=n, hunt longer with LECTERN_SEEDS=n.
@Suite struct OptimalBreakingTests {
    /// Words of every kind that changes where a line may break.
    static let words = [
        "a", "an", "the", "reader", "trauma", "memory", "reconsolidation", "self-care", "COVID-19", "e.g.",
        "naïve", "café", "日本語の", "文章。", "「引用」", "한글", "😀", "👍🏽", "word(s)", "3.14", "—", "x",
        "well-known-long-compound", "https://example.com/a/very/long/address/that/does/not/fit",
        "Ωmega", "e\u{301}te\u{301}", "ideographs漢字漢字漢字", "supercalifragilisticexpialidocious",
    ]

    static func randomParagraph(_ random: inout SeededRandom, words count: Int) -> String {
        (0..<count).map { _ in words[random.next(upTo: words.count)] }
            .joined(separator: random.next(upTo: 6) == 0 ? "  " : " ")
    }

    /// The raggedness of lines: the sum over all but the last of the square of the unused columns.
    static func cost(_ text: String, _ lines: [Range<Int>], width: Int) -> Int {
        lines.dropLast().reduce(0) { sum, range in
            let slack = width - DisplayWidth.of(text.utf8Slice(range))
            return sum + slack * slack
        }
    }

    /// Every line fits, unless it is one cluster wider than the line; the text comes out whole and
    /// in order, with nothing but spaces at the breaks.
    static func problems(_ text: String, _ lines: [Range<Int>], width: Int) -> [String] {
        var problems: [String] = []
        let boundaries = LayoutCheck.clusterBoundaries(text)
        var position = 0
        for range in lines {
            let line = text.utf8Slice(range)
            if DisplayWidth.of(line) > width, line.count > 1 {
                problems.append("\(line.debugDescription) is wider than \(width)")
            }
            if !boundaries.contains(range.lowerBound) || !boundaries.contains(range.upperBound) {
                problems.append("\(line.debugDescription) cuts a cluster")
            }
            if range.lowerBound < position || !text.utf8Slice(position..<range.lowerBound).allSatisfy({ $0 == " " }) {
                problems.append("text lost or repeated before \(line.debugDescription)")
            }
            position = range.upperBound
        }
        if !text.utf8Slice(position..<text.utf8.count).allSatisfy({ $0 == " " }) {
            problems.append("text lost at the end")
        }
        return problems
    }

    /// The least raggedness over every choice of the points where a line may end, found by trying
    /// them all; the points come from `BreakPoints`, which the greedy comparison below checks.
    static func bruteForceCost(_ text: String, width: Int) -> Int {
        var copy = text
        let points = copy.withUTF8 { BreakPoints($0, width: width).points }
        guard points.count > 1 else { return 0 }
        let inner = Array(points.indices.dropFirst().dropLast())
        var best = Int.max
        for choice in 0..<(1 << inner.count) {
            var chosen = [0]
            for (bit, index) in inner.enumerated() where points[index].isForced || choice & (1 << bit) != 0 {
                chosen.append(index)
            }
            chosen.append(points.count - 1)
            let lines = zip(chosen, chosen.dropFirst()).map { points[$0].nextStart..<points[$1].lineEnd }
            let fits = zip(chosen, chosen.dropFirst()).allSatisfy { start, end in
                end == start + 1 || DisplayWidth.of(text.utf8Slice(points[start].nextStart..<points[end].lineEnd)) <= width
            }
            if fits { best = min(best, cost(text, lines, width: width)) }
        }
        return best
    }

    @Test func smallParagraphsAreSetAtTheExactOptimum() {
        for seed in PropertySeeds.range(default: 400) {
            var random = SeededRandom(seed: seed)
            let text = Self.randomParagraph(&random, words: 1 + random.next(upTo: 7))
            let width = 1 + random.next(upTo: random.next(upTo: 3) == 0 ? 200 : 30)
            let measure = max(2, width)
            var copy = text
            guard copy.withUTF8({ BreakPoints($0, width: measure).points.count }) <= 14 else { continue }
            let lines = LineBreaker.lines(of: text, width: width)
            let problems = Self.problems(text, lines, width: measure)
            let cost = Self.cost(text, lines, width: measure)
            let optimum = Self.bruteForceCost(text, width: measure)
            #expect(problems.isEmpty && cost == optimum,
                    "seed \(seed), width \(width), \(text.debugDescription): \(problems), cost \(cost), optimum \(optimum)")
            if !problems.isEmpty || cost != optimum { break }
        }
    }

    @Test func longParagraphsAreNeverMoreRaggedThanGreedy() {
        for seed in PropertySeeds.range(default: 400) {
            var random = SeededRandom(seed: seed)
            let text = Self.randomParagraph(&random, words: 1 + random.next(upTo: 150))
            let width = 1 + random.next(upTo: 200)
            let measure = max(2, width)
            let lines = LineBreaker.lines(of: text, width: width)
            let greedy = GreedyLineBreaker.lines(of: text, width: width)
            let problems = Self.problems(text, lines, width: measure)
            let cost = Self.cost(text, lines, width: measure)
            let greedyCost = Self.cost(text, greedy, width: measure)
            // The same break opportunities: wherever greedy breaks, a break point is.
            var copy = text
            let points = copy.withUTF8 { BreakPoints($0, width: measure).points }
            let ends = Set(points.map(\.lineEnd)), starts = Set(points.map(\.nextStart))
            let foreign = greedy.filter { !starts.contains($0.lowerBound) || !ends.contains($0.upperBound) }
            #expect(problems.isEmpty && cost <= greedyCost && foreign.isEmpty,
                    "seed \(seed), width \(width), \(text.debugDescription): \(problems), cost \(cost), greedy \(greedyCost), greedy lines not at break points: \(foreign)")
            if !problems.isEmpty || cost > greedyCost || !foreign.isEmpty { break }
        }
    }

    /// The optimum by a plain search over every earlier point for every point, each line measured
    /// anew: no window, no running columns.
    static func exhaustiveCost(_ text: String, width: Int) -> Int {
        var copy = text
        let points = copy.withUTF8 { BreakPoints($0, width: width).points }
        guard points.count > 1 else { return 0 }
        var best = [0] + Array(repeating: Int.max, count: points.count - 1)
        for end in 1..<points.count {
            for start in 0..<end where best[start] != Int.max {
                if points[(start + 1)..<end].contains(where: \.isForced) { continue }
                let used = DisplayWidth.of(text.utf8Slice(points[start].nextStart..<points[end].lineEnd))
                if used > width, end > start + 1 { continue }
                let cost = best[start] + (end == points.count - 1 ? 0 : (width - used) * (width - used))
                best[end] = min(best[end], cost)
            }
        }
        return best[points.count - 1]
    }

    /// The yardstick: the body paragraphs of the bundled articles at 76, 60 and 40 columns.
    @Test func bundledArticlesAreSetAtTheOptimum() throws {
        let library = try Library.open(folder: Fixtures.bundledLibrary.path)
        for entry in library.entries {
            let paragraphs = try library.load(id: entry.id).blocks.compactMap { block -> String? in
                if case .paragraph(let text) = block { return text }
                return nil
            }
            for width in [76, 60, 40] {
                let cost = paragraphs.map { Self.cost($0, LineBreaker.lines(of: $0, width: width), width: width) }.reduce(0, +)
                let optimum = paragraphs.map { Self.exhaustiveCost($0, width: width) }.reduce(0, +)
                let greedy = paragraphs.map { Self.cost($0, GreedyLineBreaker.lines(of: $0, width: width), width: width) }.reduce(0, +)
                #expect(cost == optimum && cost < greedy, "\(entry.id) at \(width): \(cost), optimum \(optimum), greedy \(greedy)")
            }
        }
    }

    @Test func aShortLineEarlierMakesTheRestEven() {
        // Greedy fills the first line and leaves the second nearly empty; the optimum evens them.
        let text = "aaa bb cc ddddd"
        #expect(GreedyLineBreaker.lines(of: text, width: 6).map { text.utf8Slice($0) } == ["aaa bb", "cc", "ddddd"])
        #expect(LineBreaker.lines(of: text, width: 6).map { text.utf8Slice($0) } == ["aaa", "bb cc", "ddddd"])
    }

    @Test func anOverLongWordIsCutAsItStands() {
        let text = "see https://example.com/long/path now"
        #expect(LineBreaker.lines(of: text, width: 10).map { text.utf8Slice($0) } == [
            "see", "https://ex", "ample.com/", "long/path", "now",
        ])
    }

    @Test func theLastLineCostsNothing() {
        // One full line and a short last one beat two half lines.
        let text = "aaaa bbbb c"
        #expect(LineBreaker.lines(of: text, width: 9).map { text.utf8Slice($0) } == ["aaaa bbbb", "c"])
    }
}
