import LecternTestSupport
import Testing
@testable import LecternCore

/// Lines by role, one character each: t title, T title rule, h heading, H heading rule,
/// p body, l list item, _ blank.
private func lines(_ roles: String) -> [LayoutLine] {
    roles.map { character -> LayoutLine in
        switch character {
        case "t": return LayoutLine(role: .title)
        case "T": return LayoutLine(role: .titleRule)
        case "h": return LayoutLine(role: .heading)
        case "H": return LayoutLine(role: .headingRule)
        case "l": return LayoutLine(role: .listItem)
        case "_": return LayoutLine(role: .blank)
        default: return LayoutLine(role: .body)
        }
    }
}

/// Pages of a layout: where each starts, for a number of text rows.
@Suite struct PagesTests {
    @Test func plainTextFillsEachPage() {
        #expect(Pages(lines("pppppppppp"), height: 4).starts == [0, 4, 8])
        #expect(Pages(lines("pppppppp"), height: 4).starts == [0, 4])
        #expect(Pages(lines("ppp"), height: 10).starts == [0])
    }

    @Test func noLinesIsOnePage() {
        let pages = Pages([], height: 5)
        #expect(pages.starts == [0])
        #expect(pages.count == 1)
        #expect(pages.start(after: 0) == nil)
        #expect(pages.start(before: 0) == nil)
    }

    @Test func headingAtTheBottomMovesToTheNextPage() {
        #expect(Pages(lines("pppphHpp"), height: 5).starts == [0, 4])
    }

    @Test func headingAndItsRuleMoveTogether() {
        #expect(Pages(lines("ppphHppp"), height: 5).starts == [0, 3])
    }

    @Test func blankBeforeAMovedHeadingStaysBehind() {
        // The page ends on the blank; the next starts on the heading.
        #expect(Pages(lines("ppp_hHpp"), height: 5).starts == [0, 4])
    }

    @Test func wrappedHeadingMovesWhole() {
        #expect(Pages(lines("pp_hhhHpp"), height: 6).starts == [0, 3])
    }

    @Test func noPageStartsWithABlankLine() {
        #expect(Pages(lines("pppp_pppp"), height: 4).starts == [0, 5])
        #expect(Pages(lines("pppp___pp"), height: 4).starts == [0, 7])
    }

    /// Judgement: the first page starts at the first line even when it is blank, so that every
    /// line is on a page.
    @Test func firstPageStartsAtTheTop() {
        #expect(Pages(lines("_pp"), height: 2).starts == [0, 2])
    }

    @Test func titleStaysWithTheText() {
        #expect(Pages(lines("tT_ppp"), height: 3).starts == [0, 3])
        #expect(Pages(lines("ptT_ppp"), height: 3).starts == [0, 1, 4])
    }

    @Test func headingTallerThanAPageIsCutWhereItMustBe() {
        // Nothing else could fill the page: the heading is cut rather than looping forever.
        #expect(Pages(lines("hhhhhHpp"), height: 3).starts == [0, 3, 6])
    }

    @Test func heightOfOne() {
        #expect(Pages(lines("p_hHp"), height: 1).starts == [0, 2, 3, 4])
        #expect(Pages(lines("pp"), height: 0).starts == [0, 1])
    }

    @Test func pageContainingALine() {
        let pages = Pages(lines("pppp_pppp_pp"), height: 4)
        #expect(pages.starts == [0, 5, 10])
        #expect((0..<12).map { pages.page(containing: $0) } == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2])
        #expect(pages.page(containing: 100) == 2)
        #expect(pages.page(containing: -1) == 0)
    }

    @Test func startAfterAndBefore() {
        let pages = Pages(lines("pppp_pppp_pp"), height: 4)
        #expect(pages.start(after: 0) == 5)
        #expect(pages.start(after: 3) == 5)
        #expect(pages.start(after: 5) == 10)
        #expect(pages.start(after: 10) == nil)
        #expect(pages.start(after: 11) == nil)
        #expect(pages.start(before: 0) == nil)
        #expect(pages.start(before: 2) == 0)
        #expect(pages.start(before: 5) == 0)
        #expect(pages.start(before: 7) == 5)
        #expect(pages.start(before: 10) == 5)
        #expect(pages.start(before: 11) == 10)
        #expect(pages.lastStart == 10)
    }

    /// Pages of real layouts at random sizes keep every rule.
    @Test func pagesOfRandomLayouts() throws {
        let library = try Library.open(folder: Fixtures.bundledLibrary.path)
        let documents = try library.entries.map { Document(try library.load(id: $0.id)) }
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let document = random.next(upTo: 2) == 0
                ? documents[random.next(upTo: documents.count)]
                : LayoutPropertyTests.randomDocument(&random)
            let width = 8 + random.next(upTo: 100)
            let height = 1 + random.next(upTo: 40)
            let layout = ArticleLayout(document, width: width).lines
            let problems = Self.problems(Pages(layout, height: height), layout)
            #expect(problems.isEmpty, "seed \(seed), width \(width), height \(height): \(problems)")
            if !problems.isEmpty { break }
        }
    }

    static func problems(_ pages: Pages, _ lines: [LayoutLine]) -> [String] {
        var problems: [String] = []
        let starts = pages.starts
        if starts.first != 0 { problems.append("the first page starts at \(starts[0])") }
        if zip(starts, starts.dropFirst()).contains(where: { $0 >= $1 }) { problems.append("starts not increasing: \(starts)") }
        if let last = starts.last, !lines.isEmpty, last >= lines.count { problems.append("a page starts after the end") }
        for (page, start) in starts.enumerated() {
            let end = page + 1 < starts.count ? starts[page + 1] : lines.count
            if page > 0, lines[start].role == .blank { problems.append("page \(page) starts on a blank line") }
            // The lines shown: up to the last non-blank line before the next page.
            let shown = (start..<end).last { lines[$0].role != .blank }.map { start...$0 } ?? start...start
            if shown.count > pages.height { problems.append("page \(page) holds \(shown.count) lines") }
            let onlyHeading = shown.allSatisfy { lines[$0].keepsWithNext || lines[$0].role == .blank }
            if end < lines.count, lines[shown.upperBound].keepsWithNext, !onlyHeading {
                problems.append("page \(page) ends on a \(lines[shown.upperBound].role)")
            }
            for line in start..<end where pages.page(containing: line) != page {
                problems.append("line \(line) is not on page \(page)")
            }
            let after = pages.start(after: start)
            if after != (page + 1 < starts.count ? starts[page + 1] : nil) { problems.append("start(after: \(start)) is \(String(describing: after))") }
            let before = pages.start(before: start)
            if before != (page > 0 ? starts[page - 1] : nil) { problems.append("start(before: \(start)) is \(String(describing: before))") }
        }
        return problems
    }
}
