import Foundation

/// Runs the built `lectern` with arguments, outside any terminal.
public enum LecternCommand {
    /// `asIs` runs `arguments` as the whole command (a shell line that pipes into lectern).
    public static func run(_ arguments: [String], environment: [String: String] = [:],
                           in folder: String? = nil, asIs: Bool = false) throws -> SpawnResult {
        var command = asIs ? arguments : [TestBinaries.lectern] + arguments
        if let folder { command = ["sh", "-c", "cd \"$0\" && exec \"$@\"", folder] + command }
        let base = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        return try Spawn.run(command, environment: base.merging(environment) { $1 })
    }
}
