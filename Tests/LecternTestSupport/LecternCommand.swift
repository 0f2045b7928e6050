import Foundation

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
