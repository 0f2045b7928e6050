/// A line of text being typed at the bottom of the screen: a search, the list's filter, a library search.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable { case search, filter, librarySearch }

    public var purpose: Purpose
    public var text = ""

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

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
        default:
            break
        }
        return .editing
    }
}
