import Foundation
import LecternTestSupport
import Testing

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

    @Test func theFirstPageComesFirstThenThePageTotal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("long.txt", LongArticle.text(bytes: 3_000_000))
        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path, path])
        let first = try session.waitFor("Paragraph 1 ", timeout: Self.wait)
        #expect(first.contains("A Long Article"))
        #expect(first.contains("page 1/"))
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
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("long.txt", LongArticle.text(bytes: 3_000_000))
        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path, path])
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
