import ArgumentParser
import FoundationEssentials
import LecternCore

extension Theme: ExpressibleByArgument {}

/// The reader's options beside the article and the library: how it looks and what it remembers.
struct ReaderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The colours; mono uses attributes only. Default: the config's theme, else dark.",
                               valueName: "theme"))
    var theme: Theme?
    @Flag(help: "Leave the mouse to the terminal (its own selection), no wheel or clicks in the reader.")
    var noMouse = false
    @Flag(help: "Open the article read last, where it was left.")
    var resume = false

    /// These options over the config file's settings; each problem in the config is one line on stderr.
    func settings(width: Int?, environment: [String: String] = ProcessInfo.processInfo.environment) -> ReaderSettings {
        let config = ConfigFile.load(path: UserDirectories(environment: environment).configFile)
        for diagnostic in config.diagnostics {
            reportError(diagnostic)
        }
        return ReaderSettings(theme: theme, width: width, noMouse: noMouse, resume: resume, config: config.settings)
    }
}
