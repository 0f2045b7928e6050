#if canImport(Glibc)
import Glibc
#endif

/// Where Lectern keeps its own files, by the XDG base directory rules: `$XDG_STATE_HOME/lectern`
/// (else `~/.local/state/lectern`) for reading memory, `$XDG_CONFIG_HOME/lectern` (else
/// `~/.config/lectern`) for the config file. A relative XDG path is ignored, as the rules say.
public struct UserDirectories: Sendable, Equatable {
    public var state: String
    public var config: String

    public init(state: String, config: String) {
        self.state = state
        self.config = config
    }

    public init(environment: [String: String]) {
        let home = Self.home(environment)
        state = Self.base(environment["XDG_STATE_HOME"], else: home + "/.local/state") + "/lectern"
        config = Self.base(environment["XDG_CONFIG_HOME"], else: home + "/.config") + "/lectern"
    }

    /// The config file's path.
    public var configFile: String { config + "/config" }

    private static func base(_ value: String?, else fallback: String) -> String {
        guard let value, value.hasPrefix("/") else { return fallback }
        return value.count > 1 && value.hasSuffix("/") ? String(value.dropLast()) : value
    }

    /// $HOME, else the password database's home for this user, else the root folder.
    private static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], home.hasPrefix("/") {
            return home.count > 1 && home.hasSuffix("/") ? String(home.dropLast()) : home
        }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            return String(cString: directory)
        }
        return ""
    }
}
