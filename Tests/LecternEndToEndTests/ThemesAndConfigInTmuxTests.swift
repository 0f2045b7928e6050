import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `--version`, `--theme` and the config file, with the real binary; each test has its own
/// config and state folders, so the user's own are never read or written.
@Suite struct ThemesAndConfigInTmuxTests {
    static let wait = 10.0
    let library = Fixtures.bundledLibrary.path
    static let colourCode = "\u{1B}\\[(3|4)[0-7](;[0-9;]*)?m"

    func reader(_ arguments: [String], home: TemporaryFolder) throws -> TmuxSession {
        try TmuxSession(command: [TestBinaries.lectern, "--library", library] + arguments,
                        environment: ["XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state",
                                      "NO_COLOR": ""])
    }

    @Test func versionIsPrinted() throws {
        let result = try LecternCommand.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == LecternVersion.current + "\n")
        #expect(LecternVersion.current.split(separator: ".").count == 3)
    }

    @Test func monoDrawsWithAttributesOnly() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let session = try reader(["--theme", "mono", "Breaking Free"], home: home)
        try session.waitFor("page 1/5", timeout: Self.wait)
        let styled = try session.capture(escapes: true)
        #expect(styled.contains("\u{1B}[7m"))
        #expect(styled.range(of: Self.colourCode, options: .regularExpression) == nil, "no colour codes")
    }

    /// In every theme a search's current match is drawn unlike the other matches: "power" is
    /// twice on the seed's first page, and n/N stand on the first.
    @Test(arguments: Theme.allCases)
    func theCurrentMatchStandsOut(theme: Theme) throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let session = try reader(["--theme", theme.rawValue, "Breaking Free"], home: home)
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("/")
        try session.type("power")
        try session.sendKeys("Enter")
        try session.waitFor("match 1/", timeout: Self.wait)
        let styled = try session.capture(escapes: true)
        let looks = try styled.matches(of: Regex("((?:\u{1B}\\[[0-9;]*m)+)power")).map { String($0.output[1].substring ?? "") }
        #expect(looks.count == 2, "\(styled.debugDescription)")
        #expect(Set(looks).count == 2, "the two matches look different: \(looks.debugDescription)")
        let coloured = looks.contains { $0.range(of: Self.colourCode, options: .regularExpression) != nil }
        #expect(coloured == (theme != .mono))
    }

    @Test func theConfigSetsTheThemeAndABadLineIsOneLineOnStderr() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: home.path + "/config/lectern", withIntermediateDirectories: true)
        let config = home.path + "/config/lectern/config"
        try Data("theme = mono\nmeasure = 5\n".utf8).write(to: URL(fileURLWithPath: config))
        let session = try reader(["Breaking Free"], home: home)
        try session.waitFor("page 1/5", timeout: Self.wait)
        let styled = try session.capture(escapes: true)
        #expect(styled.range(of: Self.colourCode, options: .regularExpression) == nil, "the config's mono")
        try session.sendKeys("Q")
        let after = try session.waitFor("[exit 0]", timeout: Self.wait)
        // The line is longer than the pane is wide: tmux wraps it.
        let unwrapped = after.replacingOccurrences(of: "\n", with: "")
        #expect(unwrapped.contains("lectern: \(config):2: measure must be a number of columns, 20 or more, not '5'"))
    }
}
