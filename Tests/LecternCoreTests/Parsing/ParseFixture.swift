@testable import LecternCore

/// Parses small articles written inside tests, through the same decoding a library file gets.
enum ParseFixture {
    /// `text`'s UTF-8 bytes, decoded (line ends, BOM, controls, NFC) and parsed.
    static func parse(_ text: String, id: String = "test") -> Article {
        parse(bytes: Array(text.utf8), id: id)
    }

    static func parse(bytes: [UInt8], id: String = "test") -> Article {
        guard let decoded = ArticleText.decode(bytes) else {
            fatalError("test fixture is not text")
        }
        return ArticleParser.parse(decoded.text, id: id, path: "\(id).txt")
    }

    /// The blocks of an article made of a title line and `body`.
    static func blocks(_ body: String) -> [Block] {
        parse("Title\n\n" + body).blocks
    }

    /// The items of the only list in `body`, as (number, text).
    static func listItems(_ body: String) -> [ListItem] {
        let lists = blocks(body).compactMap { block -> ArticleList? in
            if case .list(let list) = block { return list }
            return nil
        }
        return lists.count == 1 ? lists[0].items : []
    }
}
