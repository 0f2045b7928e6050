import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `lectern show --height`: the reader's pages as text, separated by form feeds.
@Suite struct PagedShowTests {
    let library = Fixtures.bundledLibrary.path

    @Test func pagesAreTheReadersSeparatedByFormFeeds() throws {
        let result = try LecternCommand.run(["show", "02-breaking-free", "--library", library, "--width", "76", "--height", "22"])
        #expect(result.status == 0)
        let text = try Fixtures.text(of: Fixtures.seedArticle)
        let document = Document(ArticleParser.parse(text, id: "02-breaking-free", path: "02-breaking-free.txt"))
        let layout = ArticleLayout(document, width: 76)
        #expect(result.output == PagedText.text(layout, document.passages, height: 22) + "\n")
        let pages = result.output.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == Pages(layout.lines, height: 22).count)
        #expect(pages.allSatisfy { $0.split(separator: "\n", omittingEmptySubsequences: false).count <= 23 })
        #expect(pages[0].hasPrefix("Breaking Free: How Ketamine Therapy May Help Release Trauma\n═"))
    }

    @Test func heightMustBeAtLeastOne() throws {
        let result = try LecternCommand.run(["show", "02-breaking-free", "--library", library, "--height", "0"])
        #expect(result.status != 0)
        #expect(result.errorOutput.contains("--height must be at least 1"))
    }
}
