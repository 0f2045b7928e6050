import Testing
@testable import LecternCore

/// Files with nothing, or nothing but a title, still make articles: titled by their id when empty.
@Suite struct EmptyArticleTests {
    @Test func emptyFile() {
        let article = ParseFixture.parse("", id: "042-empty")
        #expect(article == Article(id: "042-empty", title: "042-empty", path: "042-empty.txt", blocks: []))
    }

    @Test(arguments: ["\n", "\n\n\n", "   \n\t\n  ", "\r\n\r\n", "\u{FEFF}", "\u{FEFF}\n \n"])
    func blankOnlyFile(text: String) {
        let article = ParseFixture.parse(text, id: "blank")
        #expect(article.title == "blank")
        #expect(article.blocks == [])
        #expect(article.previous == nil && article.next == nil)
    }

    @Test func controlCharactersAndSpacesOnly() {
        // Spaces keep the file under the binary threshold (a tenth of its bytes being controls).
        let spaces = String(repeating: " ", count: 40)
        let article = ParseFixture.parse("\u{1B}[2J\u{7}\(spaces)\n\u{1B}]0;title\u{7}\(spaces)\n", id: "controls")
        #expect(article.title == "controls")
        #expect(article.blocks == [])
    }

    @Test(arguments: ["Only a Title", "Only a Title\n", "\n\nOnly a Title\n\n\n", "Only a Title\r\n"])
    func titleOnlyFile(text: String) {
        let article = ParseFixture.parse(text, id: "t")
        #expect(article.title == "Only a Title")
        #expect(article.blocks == [])
    }

    @Test func titleFromTheHeadMatchesTheParser() {
        #expect(ArticleParser.title(inHead: "\n  \n# Marked Title\n\nBody", id: "x") == "Marked Title")
        #expect(ArticleParser.title(inHead: "\n \n", id: "x") == "x")
        #expect(ArticleParser.title(inHead: "", id: "x") == "x")
    }
}
