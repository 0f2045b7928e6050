import Foundation
import LecternTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A multi-megabyte article opened from the command line: its first page is drawn from the
/// opening, the page total follows once the whole is laid out in the background, and keys
/// typed meanwhile act as they would on the whole.
@Suite struct LongArticleInTmuxTests {
    static let wait = 60.0

    /// The number after "page N/" on the status line, once it is a number.
    static func pageTotal(_ screen: String) -> Int? {
        guard let status = screen.split(separator: "\n").last(where: { $0.contains("page ") }),
              let after = status.split(separator: "/").dropFirst().first else { return nil }
        return Int(after.prefix { $0.isNumber })
    }

    /// The N of "page N/" on the status line.
    static func pageNumber(_ screen: String) -> Int? {
        guard let status = screen.split(separator: "\n").last(where: { $0.contains("page ") }),
              let after = status.components(separatedBy: "page ").last else { return nil }
        return Int(after.prefix { $0.isNumber })
    }

    /// A 3 MB article alone in a folder, opened from the command line; the folder is the caller's to remove.
    static func openLongArticle(environment: [String: String] = [:]) throws -> (TemporaryFolder, TmuxSession) {
        let folder = try TemporaryFolder()
        let path = try folder.write("long.txt", LongArticle.text(bytes: 3_000_000))
        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path, path],
                                      environment: environment)
        return (folder, session)
    }

    @Test func theFirstPageComesFirstThenThePageTotal() throws {
        let (folder, session) = try Self.openLongArticle()
        defer { folder.remove() }
        // The text and the status line of the first frame (a capture can land between the two
        // on a loaded machine).
        let first = try session.waitUntil(timeout: Self.wait, description: "the first page") {
            $0.contains("Paragraph 1 ") && $0.contains("page 1/")
        }
        #expect(first.contains("A Long Article"))
        let whole = try session.waitUntil(timeout: Self.wait, description: "a page total") { Self.pageTotal($0) != nil }
        let total = try #require(Self.pageTotal(whole))
        #expect(total > 1_000)
        #expect(whole.contains("Paragraph 1 "), "still on the first page")
        try session.sendKeys("G")
        let last = try session.waitFor("page \(total)/\(total)", timeout: Self.wait)
        #expect(last.contains("The One After"))
        try session.sendKeys("q")
        try session.waitFor("1 article", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }

    @Test func keysTypedAtOnceActOnTheWholeArticle() throws {
        let (folder, session) = try Self.openLongArticle()
        defer { folder.remove() }
        // Typed before the first frame, or before the whole is laid out, or after: the same outcome.
        try session.sendKeys("Space", "Space", "G", "b")
        let screen = try session.waitUntil(timeout: Self.wait, description: "the page before the last") { screen in
            guard let total = Self.pageTotal(screen) else { return false }
            return screen.contains("page \(total - 1)/\(total)")
        }
        #expect(!screen.contains("Paragraph 1 "))
        // A resize keeps the place and comes to the page total at the new size.
        let before = try #require(Self.pageTotal(screen))
        try session.resize(columns: 60, rows: 30)
        let resized = try session.waitUntil(timeout: Self.wait, description: "a new page total at 60x30") { screen in
            Self.pageTotal(screen).map { $0 != before } ?? false
        }
        let total = try #require(Self.pageTotal(resized))
        // Still near the end: a page of 60x30 holds about as much as one of 80x24.
        let page = try #require(Self.pageNumber(resized))
        #expect(page >= total - 3 && page <= total)
    }
}

/// Keys that need only the place being read (back to the list, quit), typed while only the
/// opening is shown, act at once; the place is recorded, also when a signal ends the reader.
extension LongArticleInTmuxTests {
    /// A debug build started with this never lays out the whole: what these keys do cannot wait for it.
    static let wholeHeldBack = ["LECTERN_HOLD_BACKGROUND_FOR_TESTING": "1"]

    @Test func qRightAfterTheFirstPageShowsTheListWithoutWaitingForTheWhole() throws {
        let (folder, session) = try Self.openLongArticle(environment: Self.wholeHeldBack)
        defer { folder.remove() }
        try session.waitFor("Paragraph 1 ", timeout: Self.wait)
        try session.sendKeys("Space", "Space")
        try session.waitFor("page 3/…", timeout: Self.wait)
        try session.sendKeys("q")
        let list = try session.waitFor("1 article", timeout: Self.wait)
        #expect(list.contains("A Long Article"))
        #expect(!list.contains("unread"), "the place is recorded:\n\(list)")
        // Opened again: where it was left, from its opening.
        try session.sendKeys("Enter")
        let again = try session.waitFor("resumed at", timeout: Self.wait)
        #expect(again.contains("page 3/…"))
        try session.sendKeys("Q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }

    @Test func aSignalWhileTheOpeningIsShownRecordsThePlace() throws {
        // Never in the library folder, where the reader would not keep places.
        let state = try TemporaryFolder()
        defer { state.remove() }
        let home = ["XDG_STATE_HOME": state.path + "/state", "XDG_CONFIG_HOME": state.path + "/config"]
        let (folder, first) = try Self.openLongArticle(environment: Self.wholeHeldBack.merging(home) { $1 })
        defer { folder.remove() }
        try first.waitFor("Paragraph 1 ", timeout: Self.wait)
        try first.sendKeys("Space", "Space", "Space")
        try first.waitFor("page 4/…", timeout: Self.wait)
        try first.signalCommand(SIGTERM)
        try first.waitFor("[exit 143]", timeout: Self.wait)
        let second = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path, "--resume"],
                                     environment: home)
        let resumed = try second.waitFor("resumed at", timeout: Self.wait)
        #expect(resumed.contains("page 4/"), "\(resumed)")
        #expect(!resumed.contains("Paragraph 1 "))
        try second.sendKeys("Q")
        try second.waitFor("[exit 0]", timeout: Self.wait)
    }

    @Test func anArticleLeftFromItsOpeningOpensAgainAndComesWhole() throws {
        let (folder, session) = try Self.openLongArticle()
        defer { folder.remove() }
        try session.waitFor("Paragraph 1 ", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("1 article", timeout: Self.wait)
        try session.sendKeys("Enter")
        try session.waitFor("Paragraph 1 ", timeout: Self.wait)
        // The whole laid out for this visit (the first's was dropped) comes, and the end is there.
        let whole = try session.waitUntil(timeout: Self.wait, description: "a page total") { Self.pageTotal($0) != nil }
        let total = try #require(Self.pageTotal(whole))
        try session.sendKeys("G")
        let last = try session.waitFor("page \(total)/\(total)", timeout: Self.wait)
        #expect(last.contains("The One After"))
        try session.sendKeys("Q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }
}
