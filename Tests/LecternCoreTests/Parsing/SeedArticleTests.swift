import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct SeedArticleTests {
    let article: Article

    init() throws {
        article = ArticleParser.parse(try Fixtures.text(of: Fixtures.seedArticle), id: "02-breaking-free", path: "")
    }

    @Test func titleIsTheFirstLine() {
        #expect(article.title == "Breaking Free: How Ketamine Therapy May Help Release Trauma")
    }

    @Test func hasTheFiveHeadings() {
        let headings = article.blocks.compactMap { block -> String? in
            if case .heading(let text) = block { return text }
            return nil
        }
        #expect(headings == [
            "The Challenge of Traumatic Memories",
            "A New Frontier: Ketamine-Assisted Therapy",
            "The Science of Healing",
            "Looking Forward: Hope for Healing",
            "The Journey of Release",
        ])
    }

    @Test func countsBlocksOfEachKind() {
        var paragraphs = 0, rules = 0, notes = 0, links = 0
        var listSizes: [Int] = []
        for block in article.blocks {
            switch block {
            case .paragraph: paragraphs += 1
            case .rule: rules += 1
            case .note: notes += 1
            case .link: links += 1
            case .list(let list): listSizes.append(list.items.count)
            case .heading, .quote: break
            }
        }
        #expect(paragraphs == 13)
        #expect(listSizes == [4, 3])
        #expect(rules == 1)
        #expect(notes == 1)
        #expect(links == 1)
    }

    @Test func footerBecomesLinksNotParagraphs() {
        #expect(article.previous?.title == "New Research Reveals How Ketamine Works in the Brain: What This Means for Patients")
        #expect(article.next?.title == "Ketamine for PTSD: A New Hope for Healing?")
        #expect(article.blocks.last == .link("https://www.cell.com/neuron/fulltext/S0896-6273(24)00461-6"))
    }

    @Test func listIsIntroducedByAParagraphEndingInAColon() throws {
        let index = try #require(article.blocks.firstIndex { if case .list = $0 { true } else { false } })
        guard case .paragraph(let intro) = article.blocks[index - 1] else {
            Issue.record("no paragraph before the list")
            return
        }
        #expect(intro.hasSuffix("may help:"))
    }
}
