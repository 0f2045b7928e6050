import Testing
@testable import LecternCore

@Suite struct UserDirectoriesTests {
    @Test func xdgFoldersWinOverHome() {
        let folders = UserDirectories(environment: ["HOME": "/home/ann", "XDG_STATE_HOME": "/var/s/", "XDG_CONFIG_HOME": "/etc/c"])
        #expect(folders.state == "/var/s/lectern")
        #expect(folders.configFile == "/etc/c/lectern/config")
    }

    @Test func withoutXDGTheHomeFoldersAreUsed() {
        let folders = UserDirectories(environment: ["HOME": "/home/ann", "XDG_STATE_HOME": "", "XDG_CONFIG_HOME": "relative/path"])
        #expect(folders.state == "/home/ann/.local/state/lectern")
        #expect(folders.config == "/home/ann/.config/lectern")
    }
}
