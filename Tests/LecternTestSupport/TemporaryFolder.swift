import Foundation

/// A folder under the system's temporary directory that a test fills with files and removes
/// when done (`defer { folder.remove() }`). Each one has a unique name, so tests can run in parallel.
public struct TemporaryFolder: Sendable {
    public let url: URL
    public var path: String { url.path }

    public init(prefix: String = "lectern-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A folder holding `files` (names to UTF-8 contents), e.g. a small library.
    public init(files: [String: String], prefix: String = "lectern-test") throws {
        try self.init(prefix: prefix)
        for (name, text) in files { try write(name, text) }
    }

    /// Writes `bytes` to `name` inside the folder and returns the file's path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8, byte for byte (no BOM, no newline added).
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
