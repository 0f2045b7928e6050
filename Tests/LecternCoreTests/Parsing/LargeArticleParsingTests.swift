import Foundation
import Testing
@testable import LecternCore

/// Megabyte articles parse in time proportional to their size, whatever their shape.
@Suite struct LargeArticleParsingTests {
    static func seconds(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }

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
        var article: Article?
        let time = Self.seconds { article = ArticleParser.parse(text, id: "big", path: "") }
        #expect(article?.blocks.count == 1, "\(name)")
        #expect(time < 3, "\(name): \(text.utf8.count) bytes took \(time) s")
    }

    @Test func manyListItems() {
        let text = "Title\n\n" + String(repeating: "- An item of a very long list\n", count: 50_000)
        var article: Article?
        let time = Self.seconds { article = ArticleParser.parse(text, id: "big", path: "") }
        guard case .list(let list) = article?.blocks.first else {
            Issue.record("no list")
            return
        }
        #expect(list.items.count == 50_000)
        #expect(time < 3, "took \(time) s")
    }
}
