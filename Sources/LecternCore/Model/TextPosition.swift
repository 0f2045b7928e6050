/// A place in an article's text: a passage and a UTF-8 offset inside it.
/// Reading positions and search matches are stored this way, so they survive re-layout.
public struct TextPosition: Sendable, Hashable, Comparable {
    public var passage: Int
    public var offset: Int

    public init(passage: Int, offset: Int) {
        self.passage = passage
        self.offset = offset
    }

    public static let start = TextPosition(passage: 0, offset: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        a.passage != b.passage ? a.passage < b.passage : a.offset < b.offset
    }
}

/// A run of an article's text: one passage, UTF-8 offsets `range` inside it.
public struct TextSpan: Sendable, Hashable {
    public var passage: Int
    public var range: Range<Int>

    public init(passage: Int, range: Range<Int>) {
        self.passage = passage
        self.range = range
    }

    public var start: TextPosition { TextPosition(passage: passage, offset: range.lowerBound) }
}
