/// How the reader is coloured. `dark` and `light` suit a terminal of that background;
/// `mono` uses attributes only (bold, underline, reverse), as NO_COLOR asks.
public enum Theme: String, Sendable, CaseIterable {
    case dark, light, mono

    public static let standard = Theme.dark

    /// "dark, light or mono", for help and error messages.
    public static var choices: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }
}

/// One of the eight colours every colour terminal has; nil in a `Look` is the terminal's own.
public enum TerminalColor: Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// Attributes a terminal draws without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// How one `Style` is drawn: attributes, and colours when the theme has them.
public struct Look: Sendable, Hashable {
    public var attributes: TextAttributes
    public var foreground: TerminalColor?
    public var background: TerminalColor?

    public init(_ attributes: TextAttributes = [], foreground: TerminalColor? = nil, background: TerminalColor? = nil) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    public var hasColor: Bool { foreground != nil || background != nil }
}
