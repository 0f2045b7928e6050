import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// The config file: `key = value` lines, each problem one line naming the file and line.
@Suite struct ConfigFileTests {
    @Test func aGoodFileSetsEveryKey() {
        let text = "\u{FEFF}# Lectern\n\ntheme = light\r\n  measure=64   # columns\nmouse = off\n"
        let parsed = ConfigFile.parse(text, path: "/c/config")
        #expect(parsed.diagnostics == [])
        #expect(parsed.settings == ConfigSettings(theme: .light, measure: 64, mouse: false))
    }

    @Test func anUnknownThemeIsOneLineAndTheDefault() {
        let parsed = ConfigFile.parse("measure = 60\n\ntheme = solarized\n", path: "/c/config")
        #expect(parsed.diagnostics == ["/c/config:3: unknown theme 'solarized' (dark, light or mono); using dark"])
        #expect(parsed.settings == ConfigSettings(measure: 60))
    }

    @Test func malformedLinesAreReportedAndSkipped() {
        let text = "theme mono\ncolour = blue\nmeasure = 12\nmeasure = wide\n= dark\nmouse = maybe\ntheme = \"Mono\"\n"
        let parsed = ConfigFile.parse(text, path: "cfg")
        #expect(parsed.diagnostics == [
            "cfg:1: expected 'key = value', found 'theme mono'",
            "cfg:2: unknown key 'colour' (theme, measure, mouse)",
            "cfg:3: measure must be a number of columns, 20 or more, not '12'",
            "cfg:4: measure must be a number of columns, 20 or more, not 'wide'",
            "cfg:5: expected 'key = value', found no key before '='",
            "cfg:6: mouse must be on or off, not 'maybe'",
        ])
        #expect(parsed.settings == ConfigSettings(theme: .mono))
    }

    @Test func controlCharactersInABadValueAreNotEchoed() {
        let parsed = ConfigFile.parse("theme = \u{1B}[31mred", path: "c")
        #expect(parsed.diagnostics == ["c:1: unknown theme '[31mred' (dark, light or mono); using dark"])
    }

    @Test func aMissingFileIsNoConfigAndAnUnreadableOneIsOneLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(ConfigFile.load(path: folder.path + "/none") == ConfigFile.Parsed(settings: ConfigSettings(), diagnostics: []))
        #expect(ConfigFile.load(path: folder.path).diagnostics == ["\(folder.path): cannot be read; using the defaults"])
        let file = try folder.write("config", "theme = mono\n")
        #expect(ConfigFile.load(path: file).settings.theme == .mono)
    }

    @Test func theCommandLineWinsOverTheConfig() {
        let config = ConfigSettings(theme: .light, measure: 60, mouse: false)
        let fromConfig = ReaderSettings(theme: nil, width: nil, noMouse: false, resume: false, config: config)
        #expect(fromConfig == ReaderSettings(theme: .light, measure: .config(60), mouse: false, resume: false))
        let given = ReaderSettings(theme: .mono, width: 50, noMouse: true, resume: true, config: ConfigSettings())
        #expect(given == ReaderSettings(theme: .mono, measure: .commandLine(50), mouse: false, resume: true))
        #expect(ReaderSettings(theme: nil, width: nil, noMouse: false, resume: false, config: ConfigSettings()) == ReaderSettings())
    }

    @Test func aRememberedMeasureBeatsTheConfigButNotTheCommandLine() {
        #expect(MeasureChoice.commandLine(50).measure(remembered: 70) == 50)
        #expect(MeasureChoice.config(60).measure(remembered: 70) == 70)
        #expect(MeasureChoice.config(60).measure(remembered: nil) == 60)
        #expect(MeasureChoice.standard.measure(remembered: nil) == LayoutMetrics.defaultMeasure)
    }
}
