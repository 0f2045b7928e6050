/// What the reader takes from the mouse: the wheel, and a press of the first button.
/// Row and column are 0-based screen cells, as in `Screen`.
public struct MouseEvent: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case wheelUp, wheelDown, click
    }

    public var action: Action
    public var row: Int
    public var column: Int

    public init(_ action: Action, row: Int, column: Int) {
        self.action = action
        self.row = row
        self.column = column
    }
}
