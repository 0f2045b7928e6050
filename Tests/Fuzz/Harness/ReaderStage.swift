/// The whole reader, end to end: two articles from the input, then keys and resizes read off
/// the input. Every frame fits the screen and holds no control character. Slow: use the
/// stages above for volume.
enum ReaderStage {
    static let keys: [Key] = KeyMap.all.flatMap { $0.bindings.flatMap(\.keys) }
        + [.character("x"), .character("é"), .character("漢"), .character(" "), .enter, .escape, .backspace,
           .tab, .delete, .control("w"), .control("u"), .character("/"), .character("s"), .character("?")]

    static func run(_ bytes: [UInt8]) {
        var input = FuzzInput(bytes)
        let keyCount = input.take(upTo: 64)
        var script: [Int] = []
        for _ in 0..<keyCount { script.append(input.take(upTo: 256)) }
        let size = TerminalSize(columns: input.take(upTo: 140), rows: input.take(upTo: 50))
        // A form feed splits the rest into two articles, so links and history have somewhere to go.
        let halves = input.rest.split(separator: 0x0C, maxSplits: 1, omittingEmptySubsequences: false)
        var articles: [(id: String, text: String)] = []
        for half in halves {
            guard let text = ArticleText.decode(Array(half))?.text else { return }
            articles.append((id: "a\(articles.count)", text: text))
        }
        let runtime = ReaderFixture.runtime(articles: articles, size: size, measure: 76)
        ReaderFixture.check(runtime.state.render(), "first frame")
        for (step, choice) in script.enumerated() {
            if choice >= 250 {
                runtime.send(.resize(TerminalSize(columns: choice * 7 % 130, rows: choice * 3 % 45)))
            } else {
                runtime.send(.key(keys[choice % keys.count]))
            }
            if !runtime.state.isRunning { return }
            ReaderFixture.check(runtime.state.render(), "step \(step)")
        }
    }
}
