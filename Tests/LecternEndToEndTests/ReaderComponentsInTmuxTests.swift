import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LecternTestSupport
import Testing

/// The outline and the library search that runs while keys are answered, in the real reader.
/// Deadlines are generous: the machine may be loaded; nothing here is timed.
@Suite struct ReaderComponentsInTmuxTests {
    static let wait = 20.0

    func reader(_ arguments: [String] = [], library: String = Fixtures.bundledLibrary.path) throws -> TmuxSession {
        try TmuxSession(command: [TestBinaries.lectern, "--library", library] + arguments)
    }

    @Test func theOutlineListsTheSeedsHeadingsAndJumpsToOne() throws {
        let session = try reader(["Breaking Free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("t")
        let outline = try session.waitUntil(timeout: Self.wait, description: "the five headings") { screen in
            SampleArticles.seedHeadings.allSatisfy(screen.contains)
        }
        #expect(outline.contains("Outline — Breaking Free"))
        #expect(outline.contains("▸   The Challenge of Traumatic Memories"))
        try session.sendKeys("j")
        try session.waitFor("▸   A New Frontier", timeout: Self.wait)
        try session.sendKeys("Enter")
        let article = try session.waitUntil(timeout: Self.wait, description: "the article at the heading") { screen in
            !screen.contains("Outline —") && screen.contains("page ")
        }
        let body = article.split(separator: "\n").dropFirst().dropLast()
        #expect(body.contains { $0.contains("A New Frontier: Ketamine-Assisted Therapy") })
        #expect(!article.contains("page 1/5"), "the heading is not on the first page")
    }

    /// 10,000 small articles, each with the word: the search takes a while, and meanwhile
    /// the list moves and Esc stops it, keeping what it found.
    @Test func aLongLibrarySearchLeavesTheKeysAnswered() throws {
        let folder = try TemporaryFolder(prefix: "lectern-10k")
        // Foundation takes a minute to write or remove 10,000 files on a loaded machine; POSIX calls and rm take seconds.
        defer { _ = try? Spawn.run(["rm", "-rf", folder.path], environment: ["PATH": "/usr/bin:/bin"]) }
        let paragraph = String(repeating: "Every evening the keeper lit the lantern above the harbour, and the boats came home by it. ",
                               count: 4)
        let body = Array("\n\n\(paragraph)\n\nThe tide turned at dusk.\n\n\(paragraph)\n".utf8)
        for index in 1...10_000 {
            let id = String(format: "%05d", index)
            try Self.write(Array("Harbour Note \(id)".utf8) + body, to: folder.path + "/\(id).txt")
        }
        let session = try reader(library: folder.path)
        try session.waitFor("10,000 articles", timeout: 180)
        try session.sendKeys("s")
        try session.type("lantern")
        try session.sendKeys("Enter")
        let progress = try session.waitUntil(timeout: 120, description: "a progress figure") { screen in
            screen.range(of: "searching… [0-9,]+ of 10,000", options: .regularExpression) != nil && screen.contains("▸")
        }
        #expect(progress.contains("text “lantern”"))
        try session.sendKeys("j")
        try session.waitUntil(timeout: Self.wait, description: "j answered while the search runs") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count > 2 && lines[2].contains("▸ Harbour Note") && screen.contains("searching…")
        }
        try session.sendKeys("Escape")
        let stopped = try session.waitFor("Search stopped after", timeout: Self.wait)
        let line = try #require(stopped.split(separator: "\n").last { $0.contains("Search stopped after") })
        #expect(line.range(of: "after [0-9,]+ of 10,000 articles", options: .regularExpression) != nil)
        #expect(stopped.contains("▸ Harbour Note"), "what was found stays listed")
        #expect(stopped.contains("matches"))
        // The list still moves, and the search reports nothing more.
        try session.sendKeys("G")
        let end = try session.waitUntil(timeout: Self.wait, description: "the end of the list") { screen in
            !screen.contains("Search stopped") && !screen.contains("searching…")
        }
        let position = try #require(end.split(separator: "\n").last?.split(separator: " ").last { $0.contains("/") })
        let parts = position.split(separator: "/").compactMap { Int($0) }
        #expect(parts.count == 2 && parts[0] == parts[1] && parts[1] < 10_000, "stopped before the end: \(position)")
    }

    private static func write(_ bytes: [UInt8], to path: String) throws {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard file >= 0 else { throw WriteFailure(path: path) }
        defer { close(file) }
        let written = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw WriteFailure(path: path) }
    }
}

private struct WriteFailure: Error {
    var path: String
}
