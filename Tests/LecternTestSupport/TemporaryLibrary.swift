import Foundation

/// A library folder made for one test, removed when the value goes away.
public final class TemporaryLibrary {
    public let path: String

    /// `files` maps file names to contents.
    public init(_ files: [String: String]) throws {
        path = NSTemporaryDirectory() + "lectern-library-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, Data(text.utf8)) }
    }

    public func write(_ name: String, _ bytes: Data) throws {
        try bytes.write(to: URL(fileURLWithPath: path).appendingPathComponent(name))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs the built `lectern` with arguments, outside any terminal.
public enum LecternCommand {
    public static func run(_ arguments: [String], environment: [String: String] = [:],
                           in folder: String? = nil) throws -> SpawnResult {
        var command = [TestBinaries.lectern] + arguments
        if let folder { command = ["sh", "-c", "cd \"$0\" && exec \"$@\"", folder] + command }
        let base = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        return try Spawn.run(command, environment: base.merging(environment) { $1 })
    }
}
