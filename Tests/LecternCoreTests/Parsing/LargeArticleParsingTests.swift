import Foundation
import Testing
@testable import LecternCore

/// Megabyte articles of one enormous block parse whole. (Speed is measured by
/// `lectern-bench`, not asserted here; a quadratic regression shows as a slow test run.)
@Suite struct LargeArticleParsingTests {
    static let wrappedLine = "Hard wrapped text of a paragraph that never ends, line after line after"

    @Test(arguments: [
        ("one hard-wrapped paragraph", "", ""),
        ("one long list item", "- ", "  "),
        ("one long quotation", "> ", "> "),
    ])
    func hugeBlock(name: String, firstPrefix: String, prefix: String) {
        let lines = 30_000
        let text = "Title\n\n" + firstPrefix + Self.wrappedLine + "\n"
            + String(repeating: prefix + Self.wrappedLine + "\n", count: lines - 1)
        let article = ArticleParser.parse(text, id: "big", path: "")
        #expect(article.blocks.count == 1, "\(name)")
    }

    @Test func manyListItems() {
        let text = "Title\n\n" + String(repeating: "- An item of a very long list\n", count: 50_000)
        let article = ArticleParser.parse(text, id: "big", path: "")
        guard case .list(let list) = article.blocks.first else {
            Issue.record("no list")
            return
        }
        #expect(list.items.count == 50_000)
    }
}
