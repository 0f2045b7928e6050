/// Draws the reader's state as a screen model: pure, so every screen can be checked in tests.
/// Each screen draws its own part; the chrome frames it.
extension ReaderState {
    public func render() -> Screen {
        if isTooSmall { return ReaderChrome.tooSmall(size) }
        let frame = self.frame
        let part: ScreenPart
        switch screen {
        case .library: part = libraryScreen.render(in: frame, memory: memory)
        case .article(let article): part = article.render(in: frame)
        case .outline(let outline): part = outline.render(in: frame)
        case .help(let help): part = help.render(in: frame)
        }
        return ReaderChrome.compose(part, notice: notice, in: frame)
    }
}
