import LecternTestSupport
import Testing
@testable import LecternCore

/// `t`: the article's headings with their pages; choosing one turns to it.
@Suite struct OutlineTests {
    let reader: ReaderHarness

    init() throws {
        reader = try ReaderHarness.bundledLibrary()
        reader.open("02-breaking-free")
    }

    @Test func listsTheSeedsFiveHeadingsWithTheirPages() throws {
        reader.press(.character("t"))
        #expect(reader.shown == .outline)
        let outline = try #require({ if case .outline(let outline) = reader.state.screen { outline } else { nil } }())
        #expect(outline.headings.map(\.text) == SampleArticles.seedHeadings)
        let view = try #require(reader.state.view)
        for heading in outline.headings {
            #expect(heading.page == view.pages.page(containing: heading.line))
        }
        #expect(outline.headings.map(\.page) == outline.headings.map(\.page).sorted())
        #expect(reader.lines[0].hasPrefix(" Outline — Breaking Free"))
        #expect(reader.lines[1].hasPrefix(" ▸   The Challenge of Traumatic Memories"))
        #expect(reader.lines[1].hasSuffix("page \(outline.headings[0].page + 1)"))
        #expect(reader.lines[5].contains("The Journey of Release"))
        #expect(reader.statusLine.contains("1/5"))
    }

    @Test func enterJumpsToTheChosenHeading() throws {
        reader.press(.character("t"), .character("j"), .enter)
        #expect(reader.shown == .article)
        let view = try #require(reader.state.view)
        #expect(view.top == view.headingLines[1], "the heading at the top")
        #expect(reader.lines[1].trimmingCharacters() == "A New Frontier: Ketamine-Assisted Therapy")
        #expect(reader.lines[0].hasPrefix(" A New Frontier: Ketamine-Assisted Therapy"), "the running head")
    }

    @Test func theSectionBeingReadIsMarkedAndEscapeReturns() throws {
        reader.press(.character("G"))
        let before = try #require(reader.state.view?.top)
        reader.press(.character("t"))
        #expect(reader.text.contains("▸ • The Journey of Release"), "the cursor starts on the section being read")
        reader.press(.character("k"))
        #expect(reader.text.contains("   • The Journey of Release"))
        reader.press(.escape)
        #expect(reader.shown == .article)
        #expect(reader.state.view?.top == before, "Esc returns to the same place")
    }

    @Test func theTitleBarShowsTheRunningHead() throws {
        #expect(reader.lines[0].hasPrefix(" Breaking Free: How Ketamine"), "before the first heading: the title")
        reader.press(.character("t"), .character("G"), .character("k"), .enter, .character("j"))
        #expect(reader.lines[0].hasPrefix(" Looking Forward: Hope for Healing"), "one line into the section")
        #expect(reader.statusLine.hasPrefix(" Breaking Free: How Ketamine"), "the title stays in the status line")
        reader.press(.character("k"), .character("k"))
        #expect(reader.lines[0].hasPrefix(" The Science of Healing"), "a line above it: the section before")
    }

    @Test func anArticleWithoutHeadingsSaysSo() {
        let reader = ReaderHarness([("plain", "Plain\n\nJust one paragraph.\n")])
        reader.open("plain")
        reader.press(.character("t"))
        #expect(reader.text.contains("This article has no headings"))
        reader.press(.enter)
        #expect(reader.shown == .article)
    }

    @Test func theOutlineFollowsAResize() throws {
        reader.press(.character("t"))
        reader.resize(columns: 40, rows: 12)
        let outline = try #require({ if case .outline(let outline) = reader.state.screen { outline } else { nil } }())
        let view = try #require(reader.state.view)
        #expect(outline.headings.map(\.page) == outline.headings.map { view.pages.page(containing: $0.line) })
        #expect(outline.headings.last?.page ?? 0 > 4, "more pages at 40x12")
    }
}
