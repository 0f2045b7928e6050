/// A line of text being typed at the bottom of the screen. The screen that owns it says what
/// it is for (an article's search, the list's filter, a library search) and how it is labelled.
public struct Prompt: Sendable, Equatable {
    public var text = ""

    public init(text: String = "") { self.text = text }

    public enum Outcome: Equatable { case editing, submitted, cancelled }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            text.append(character)
        case .backspace, .control("h"):
            if text.isEmpty { return .cancelled }
            text.removeLast()
        case .control("u"):
            text = ""
        case .control("w"):
            while text.last == " " { text.removeLast() }
            while let last = text.last, last != " " { text.removeLast() }
        case .enter:
            return .submitted
        case .escape, .control("c"), .control("g"):
            return .cancelled
        case .tab:
            text.append(" ")
        case .control, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .delete:
            break
        }
        return .editing
    }
}
