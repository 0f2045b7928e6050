/// The start of a long article, parsed on its own so that its first pages can be shown while the
/// rest is read: the blocks that lines of the opening close are the whole article's first blocks.
extension ArticleParser {
    /// `text` is the start of an article's decoded text. The last line, which may be cut, and the
    /// block still open at the end, which the rest may continue, are left out; so is the footer,
    /// which a long article has at its end.
    public static func parseOpening(_ text: String, id: String, path: String) -> Article {
        let lines = sourceLines(text).dropLast()
        guard let titleLine = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) else {
            return Article(id: id, title: id, path: path, blocks: [])
        }
        var builder = BlockBuilder()
        for line in lines[(titleLine + 1)...] {
            builder.add(SourceLine(line))
        }
        return Article(id: id, title: titleText(lines[titleLine]), path: path, blocks: builder.blocks)
    }
}
