/// Each theme's look for every style, as data, so that the shell only translates it to ncurses
/// and tests can check what matters: the current match never looks like the other matches,
/// and `mono` has no colour at all.
extension Theme {
    public func look(for style: Style) -> Look {
        switch self {
        case .dark: return Self.darkLook(style)
        case .light: return Self.lightLook(style)
        case .mono: return Self.monoLook(style)
        }
    }

    /// Colours on the terminal's own dark background.
    private static func darkLook(_ style: Style) -> Look {
        switch style {
        case .body, .prompt: return Look()
        case .title, .message: return Look(.bold)
        case .heading: return Look(.bold, foreground: .magenta)
        case .quote: return Look(.italic, foreground: .green)
        case .decoration, .dim, .note: return Look(.dim)
        case .link: return Look(.underline, foreground: .cyan)
        case .match: return Look(foreground: .black, background: .yellow)
        case .currentMatch: return Look([.bold, .underline], foreground: .black, background: .magenta)
        case .titleBar: return Look(.bold, foreground: .white, background: .blue)
        case .statusBar, .selection: return Look(.reverse)
        }
    }

    /// Colours that stay legible on a light background: no yellow or cyan text.
    private static func lightLook(_ style: Style) -> Look {
        switch style {
        case .body, .prompt: return Look()
        case .title, .message: return Look(.bold)
        case .heading: return Look(.bold, foreground: .blue)
        case .quote: return Look(.italic, foreground: .magenta)
        case .decoration, .dim, .note: return Look(.dim)
        case .link: return Look(.underline, foreground: .blue)
        case .match: return Look(foreground: .black, background: .yellow)
        case .currentMatch: return Look([.bold, .underline], foreground: .white, background: .red)
        case .titleBar: return Look(.bold, foreground: .white, background: .blue)
        case .statusBar, .selection: return Look(.reverse)
        }
    }

    /// Attributes only.
    private static func monoLook(_ style: Style) -> Look {
        switch style {
        case .body, .prompt: return Look()
        case .title: return Look([.bold, .underline])
        case .heading, .message: return Look(.bold)
        case .quote: return Look(.italic)
        case .decoration, .dim, .note: return Look(.dim)
        case .link: return Look(.underline)
        case .match, .selection, .titleBar, .statusBar: return Look(.reverse)
        case .currentMatch: return Look([.reverse, .bold, .underline])
        }
    }
}
