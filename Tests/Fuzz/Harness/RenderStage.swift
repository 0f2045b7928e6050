/// Article → screens: the article opened at a size, every page drawn. Each frame fits the
/// screen and holds no control character, and the pages together show the article's words in order.
enum RenderStage {
    static func run(_ bytes: [UInt8]) {
        var input = FuzzInput(bytes)
        let size = TerminalSize(columns: 1 + input.take(upTo: 140), rows: 1 + input.take(upTo: 50))
        let measure = LayoutMetrics.minimumWidth + input.take(upTo: 80)
        guard let text = input.text else { return }
        let runtime = ReaderFixture.runtime(articles: [("fuzz", text)], size: size, measure: measure)
        ReaderFixture.check(runtime.state.render(), "the list")
        runtime.send(.key(.enter))
        guard let view = runtime.state.view, !runtime.state.isTooSmall else { return }
        var shown: [Unicode.Scalar] = []
        var pages = 0
        while true {
            let screen = runtime.state.render()
            ReaderFixture.check(screen, "page \(pages)")
            // Rows between the title bar and the status bar are the text.
            for row in screen.rows.dropFirst().dropLast() { shown += FuzzCheck.ink(row.spans.map(\.text).joined()) }
            let top = runtime.state.view?.top
            runtime.send(.key(.pageDown))
            pages += 1
            if runtime.state.view?.top == top || pages > view.layout.lines.count + 1 { break }
        }
        // The layout's own checks are LayoutStage's; here what it holds must reach the screen.
        let expected = view.layout.lines.flatMap { FuzzCheck.ink($0.prefix + $0.text(in: view.document.passages)) }
        FuzzCheck.require(FuzzCheck.isSubsequence(expected, of: shown) || size.columns < view.layout.width,
                          "the pages do not show the article's words in order")
    }
}
