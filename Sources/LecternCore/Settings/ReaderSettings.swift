/// What the reader starts with, from the command line, the config file and the defaults,
/// in that order of precedence.
public struct ReaderSettings: Sendable, Equatable {
    public var theme: Theme
    public var measure: MeasureChoice
    /// Report the wheel and clicks; off (`--no-mouse`) leaves the terminal's own selection alone.
    public var mouse: Bool
    /// Open the article read last, where it was left (`--resume`).
    public var resume: Bool

    public init(theme: Theme = .standard, measure: MeasureChoice = .standard, mouse: Bool = true, resume: Bool = false) {
        self.theme = theme
        self.measure = measure
        self.mouse = mouse
        self.resume = resume
    }

    /// The command line's choices (nil or false where it said nothing) over the config's.
    public init(theme: Theme?, width: Int?, noMouse: Bool, resume: Bool, config: ConfigSettings) {
        self.theme = theme ?? config.theme ?? .standard
        if let width {
            measure = .commandLine(width)
        } else if let configured = config.measure {
            measure = .config(configured)
        } else {
            measure = .standard
        }
        mouse = !noMouse && (config.mouse ?? true)
        self.resume = resume
    }
}

/// Where the text column's width comes from. The reader's `-`/`+` choice, kept in the reading
/// memory, overrides the config but not an explicit `--width`.
public enum MeasureChoice: Sendable, Equatable {
    case commandLine(Int)
    case config(Int)
    case standard

    public func measure(remembered: Int?) -> Int {
        switch self {
        case .commandLine(let width): return width
        case .config(let width): return remembered ?? width
        case .standard: return remembered ?? LayoutMetrics.defaultMeasure
        }
    }
}
