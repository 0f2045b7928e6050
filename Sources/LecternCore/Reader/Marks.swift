/// Places marked with a letter, as in less and vi: `ma` marks the place read, `'a` goes back to
/// it, in this article or another (a mark remembers its article, as less's marks remember their
/// file). Kept for the session: the reading memory keeps where each article was left already.
public struct Marks: Sendable, Equatable {
    private var places: [Character: Visit] = [:]

    public init() {}

    public subscript(letter: Character) -> Visit? {
        get { places[letter] }
        set { places[letter] = newValue }
    }

    /// A mark's name: an ASCII letter, either case, as less takes.
    public static func isMarkLetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }
}

/// The second key a mark command waits for: the letter to mark, or the letter to go to.
public enum AwaitedMark: Sendable, Equatable {
    case toSet, toGo
}
