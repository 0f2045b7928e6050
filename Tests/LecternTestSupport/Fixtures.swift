import Foundation

/// Paths of files that ship with the repository, for tests.
public enum Fixtures {
    /// The repository's root, found from this source file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var bundledLibrary: URL { repositoryRoot.appendingPathComponent("articles") }

    public static var seedArticle: URL { bundledLibrary.appendingPathComponent("02-breaking-free.txt") }

    public static func text(of url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}
