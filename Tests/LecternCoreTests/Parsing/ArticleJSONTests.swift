import Testing
@testable import LecternCore

/// The JSON shape of `show --json`, compared as an exact string.
@Suite struct ArticleJSONTests {
    @Test func smallArticle() {
        let text = """
            A "Small" Article

            First paragraph.

            A Heading

            It may help:

            1. One
            2. Two

            > Quoted.

            ---

            Note: done.

            https://example.com/x

            Next

            Another Article
            """
        let json = ArticleJSON.article(ParseFixture.parse(text, id: "small")).serialized()
        let expected = #"{"id":"small","title":"A \"Small\" Article","path":"small.txt","blocks":["#
            + #"{"type":"paragraph","text":"First paragraph."},"#
            + #"{"type":"heading","text":"A Heading"},"#
            + #"{"type":"paragraph","text":"It may help:"},"#
            + #"{"type":"list","ordered":true,"items":["One","Two"]},"#
            + #"{"type":"quote","text":"Quoted."},"#
            + #"{"type":"rule"},"#
            + #"{"type":"note","text":"Note: done."},"#
            + #"{"type":"link","text":"https://example.com/x"}],"#
            + #""previous":null,"next":{"title":"Another Article","id":null}}"#
        #expect(json == expected)
    }

    @Test func emptyArticle() {
        let json = ArticleJSON.article(ParseFixture.parse("", id: "e")).serialized()
        #expect(json == #"{"id":"e","title":"e","path":"e.txt","blocks":[],"previous":null,"next":null}"#)
    }

    @Test func resolvedLinkAndBulletList() {
        var article = ParseFixture.parse("T\n\n- a\n- b\n\nPrevious\n\nP")
        article.previous?.id = "p1"
        let json = ArticleJSON.article(article).serialized()
        #expect(json == #"{"id":"test","title":"T","path":"test.txt","blocks":[{"type":"list","ordered":false,"items":["a","b"]}],"#
            + #""previous":{"title":"P","id":"p1"},"next":null}"#)
    }
}
