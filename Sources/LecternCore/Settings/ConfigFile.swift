import FoundationEssentials

/// The settings a config file sets; nil where it says nothing, so the defaults apply.
public struct ConfigSettings: Sendable, Equatable {
    public var theme: Theme?
    /// The widest text column, in terminal columns.
    public var measure: Int?
    public var mouse: Bool?

    public init(theme: Theme? = nil, measure: Int? = nil, mouse: Bool? = nil) {
        self.theme = theme
        self.measure = measure
        self.mouse = mouse
    }
}

/// `$XDG_CONFIG_HOME/lectern/config`: one `key = value` a line; `#` starts a comment; blank lines
/// are skipped. A line that cannot be understood is reported ("FILE:LINE: ...") and left out,
/// so its setting keeps the default; the rest of the file still applies.
public enum ConfigFile {
    /// The narrowest measure the config accepts.
    public static let minimumMeasure = 20
    public static let keys = ["theme", "measure", "mouse"]

    public struct Parsed: Sendable, Equatable {
        public var settings: ConfigSettings
        /// One line each, ready for stderr.
        public var diagnostics: [String]
    }

    /// Reads and parses the file at `path`. A missing file is no config and no complaint.
    public static func load(path: String) -> Parsed {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return Parsed(settings: ConfigSettings(), diagnostics: [])
        } catch {
            return Parsed(settings: ConfigSettings(), diagnostics: ["\(path): cannot be read; using the defaults"])
        }
        return parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String) -> Parsed {
        var settings = ConfigSettings()
        var diagnostics: [String] = []
        var lineNumber = 0
        // CRLF is one Character in Swift, and a newline like LF.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = Substring(rawLine)
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            line = withoutComment(line)
            let content = String(line.trimmingWhitespace())
            if content.isEmpty { continue }
            let place = "\(path):\(lineNumber)"
            guard let equals = content.firstIndex(of: "=") else {
                diagnostics.append("\(place): expected 'key = value', found '\(shown(content))'")
                continue
            }
            let key = content[..<equals].trimmingWhitespace().lowercased()
            let value = unquoted(String(content[content.index(after: equals)...].trimmingWhitespace()))
            if let problem = apply(key: key, value: value, to: &settings) {
                diagnostics.append("\(place): \(problem)")
            }
        }
        return Parsed(settings: settings, diagnostics: diagnostics)
    }

    /// Sets one key; returns what is wrong with the line instead, if anything.
    private static func apply(key: String, value: String, to settings: inout ConfigSettings) -> String? {
        switch key {
        case "theme":
            guard let theme = Theme(rawValue: value.lowercased()) else {
                return "unknown theme '\(shown(value))' (\(Theme.choices)); using \(Theme.standard.rawValue)"
            }
            settings.theme = theme
        case "measure":
            guard let measure = Int(value), measure >= minimumMeasure else {
                return "measure must be a number of columns, \(minimumMeasure) or more, not '\(shown(value))'"
            }
            settings.measure = measure
        case "mouse":
            switch value.lowercased() {
            case "on", "yes", "true": settings.mouse = true
            case "off", "no", "false": settings.mouse = false
            default: return "mouse must be on or off, not '\(shown(value))'"
            }
        case "":
            return "expected 'key = value', found no key before '='"
        default:
            return "unknown key '\(shown(key))' (\(keys.joined(separator: ", ")))"
        }
        return nil
    }

    /// A `#` at the start of a line or after white space begins a comment.
    private static func withoutComment(_ line: Substring) -> Substring {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "#", previous.isWhitespace { return line[..<index] }
            previous = line[index]
        }
        return line
    }

    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else {
            return value
        }
        return String(value.dropFirst().dropLast())
    }

    /// A value as it may be shown on one line of stderr: no control characters, not too long.
    private static func shown(_ text: String) -> String {
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter(DisplayWidth.isPrintable)))
        return clean.count > 40 ? String(clean.prefix(40)) + "…" : clean
    }
}
