import LecternTestSupport
import Testing
@testable import LecternCore

/// The rules of a well-set page: no widows or orphans, a list with its introduction, a heading
/// with two lines of its text, no page more than a third short unless what follows is kept together.
@Suite struct PageRulesTests {
    /// Lines of blocks, each its own passage: "p3" a paragraph of three lines, "i2" one of two
    /// whose last line introduces a list, "l2" a list item, "h1" a heading and its rule, "_" a blank.
    static func lines(_ blocks: String...) -> [LayoutLine] {
        var lines: [LayoutLine] = []
        for (passage, block) in blocks.enumerated() {
            let count = Int(block.dropFirst()) ?? 1
            let span = { (line: Int) in TextSpan(passage: passage, range: line..<(line + 1)) }
            switch block.first {
            case "_": lines.append(LayoutLine(role: .blank))
            case "h":
                lines += (0..<count).map { LayoutLine(role: .heading, span: span($0)) }
                lines.append(LayoutLine(role: .headingRule, prefix: "─"))
            case "l": lines += (0..<count).map { LayoutLine(role: .listItem, span: span($0)) }
            case "i":  // a paragraph whose last line introduces a list
                lines += (0..<count).map { LayoutLine(role: .body, span: span($0), introducesList: $0 == count - 1) }
            default: lines += (0..<count).map { LayoutLine(role: .body, span: span($0)) }
            }
        }
        return lines
    }

    @Test func noOrphanAtTheFoot() {
        // Four lines of one paragraph fill a page of five; its first line would stand alone.
        #expect(Pages(Self.lines("p3", "_", "p4"), height: 5).starts == [0, 4])
    }

    @Test func noWidowAtTheHead() {
        // The page could end after three of four lines: two go over instead.
        #expect(Pages(Self.lines("p4", "_", "p4"), height: 8).starts == [0, 7])
    }

    @Test func twoLineBlocksAreNotSplit() {
        #expect(Pages(Self.lines("p4", "_", "p2"), height: 6).starts == [0, 5])
    }

    @Test func anIntroductionStaysWithItsList() {
        #expect(Pages(Self.lines("p3", "_", "i1", "_", "l1", "l1"), height: 6).starts == [0, 4])
    }

    @Test func aHeadingKeepsTwoLinesOfItsText() {
        #expect(Pages(Self.lines("p3", "_", "h1", "p4"), height: 7).starts == [0, 4])
        // One line of text under it, then another heading: that is all its text.
        #expect(Pages(Self.lines("p3", "_", "h1", "p1", "_", "h1", "p2"), height: 8).starts == [0, 8])
    }

    @Test func aBlockTallerThanAPageIsSplitAnyway() {
        #expect(Pages(Self.lines("p12"), height: 5).starts == [0, 5, 10])
    }

    /// Random articles in the export format, parsed and laid out, paged at heights 5 to 60.
    @Test func pagesOfRandomArticlesKeepTheRules() {
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let document = LayoutCheck.article(Self.randomArticle(&random))
            let width = 20 + random.next(upTo: 80)
            let height = 5 + random.next(upTo: 56)
            let layout = ArticleLayout(document, width: width)
            let pages = Pages(layout.lines, height: height)
            var problems = PagesTests.problems(pages, layout.lines)
            problems += PageRuleCheck(layout.lines, document.passages).problems(pages)
            #expect(problems.isEmpty, "seed \(seed), width \(width), height \(height): \(problems)")
            if !problems.isEmpty { break }
        }
    }

    static let vocabulary = ["trauma", "memory", "the", "a", "healing", "window", "of", "may", "help", "brain",
                             "ketamine", "study", "reconsolidation", "and", "patients", "research", "in"]

    static func words(_ random: inout SeededRandom, _ count: Int) -> String {
        (0..<count).map { _ in vocabulary[random.next(upTo: vocabulary.count)] }.joined(separator: " ")
    }

    /// Headings, paragraphs of one to many lines, lists with introductions and items of several
    /// paragraphs, quotes.
    static func randomArticle(_ random: inout SeededRandom) -> String {
        var text = "Title Of The Article\n\n"
        for _ in 0..<(3 + random.next(upTo: 25)) {
            switch random.next(upTo: 6) {
            case 0: text += "## " + words(&random, 1 + random.next(upTo: 8)).capitalized + "\n\n"
            case 1:
                text += "Research " + words(&random, random.next(upTo: 30)) + " may help:\n\n"
                for _ in 0..<(1 + random.next(upTo: 4)) {
                    text += "- " + words(&random, 1 + random.next(upTo: 30)) + "\n"
                    if random.next(upTo: 3) == 0 { text += "\n  " + words(&random, 1 + random.next(upTo: 30)) + "\n\n" }
                }
                text += "\n"
            case 2: text += "> " + words(&random, 1 + random.next(upTo: 40)) + "\n\n"
            default: text += "Text " + words(&random, random.next(upTo: random.next(upTo: 2) == 0 ? 20 : 120)) + ".\n\n"
            }
        }
        return text
    }
}

/// The page rules, stated apart from `PageBreaks`: a page may break a rule only when no place
/// within its height keeps them all, and may end more than a third short only when every place
/// between its end and its height breaks one.
struct PageRuleCheck {
    let lines: [LayoutLine]
    let passages: [String]

    init(_ lines: [LayoutLine], _ passages: [String]) {
        self.lines = lines
        self.passages = passages
    }

    func problems(_ pages: Pages) -> [String] {
        var problems: [String] = []
        for (page, start) in pages.starts.enumerated().dropLast() {
            let end = pages.starts[page + 1]
            // The place the page ends: before the blank lines the next page skips.
            var cut = end
            while cut > start + 1, lines[cut - 1].role == .blank { cut -= 1 }
            let limit = min(lines.count - 1, start + pages.height)
            let broken = brokenRules(cut: cut, start: start)
            if !broken.isEmpty {
                let alternative = (start + 1...limit).first { brokenRules(cut: $0, start: start).isEmpty }
                if let alternative {
                    problems.append("page \(page) ends at \(cut), breaking \(broken), though \(alternative) breaks none")
                }
            }
            let shown = cut - start
            // Ending after the next line of text would put more on the page.
            let next = (cut..<lines.count).first { lines[$0].role != .blank } ?? lines.count
            if pages.height - shown > pages.height / 3, next < limit {
                if let better = (next + 1...limit).first(where: { brokenRules(cut: $0, start: start).isEmpty }) {
                    problems.append("page \(page) holds \(shown) of \(pages.height) lines, though it could end at \(better)")
                }
            }
        }
        return problems
    }

    /// The rules a page from `start` that ends before line `cut` would break.
    func brokenRules(cut: Int, start: Int) -> [String] {
        guard let foot = (start..<cut).last(where: { lines[$0].role != .blank }) else { return ["empty page"] }
        guard let head = (cut..<lines.count).first(where: { lines[$0].role != .blank }) else { return [] }
        var broken: [String] = []
        if isHeading(foot) { broken.append("heading at the foot") }
        if head == foot + 1, sameBlock(foot, head) {
            var first = foot, last = head
            while first > 0, sameBlock(first - 1, first) { first -= 1 }
            while last + 1 < lines.count, sameBlock(last, last + 1) { last += 1 }
            if foot == first { broken.append("orphan") }
            if head == last { broken.append("widow") }
        }
        if lines[head].role == .listItem, lines[foot].role != .listItem, !isHeading(foot),
           let span = lines[foot].span, span.range.upperBound == passages[span.passage].utf8.count,
           passages[span.passage].hasSuffix(":") {
            broken.append("list introduction without its list")
        }
        if !isHeading(head), let heading = (start...foot).last(where: isHeading),
           (heading + 1..<foot + 1).filter({ lines[$0].role != .blank }).count < 2 {
            broken.append("heading with less than two lines")
        }
        return broken
    }

    private func isHeading(_ index: Int) -> Bool {
        [.title, .titleRule, .heading, .headingRule].contains(lines[index].role)
    }

    private func sameBlock(_ a: Int, _ b: Int) -> Bool {
        lines[a].role != .blank && lines[a].role == lines[b].role
            && (lines[a].span == nil || lines[a].span?.passage == lines[b].span?.passage)
    }
}
