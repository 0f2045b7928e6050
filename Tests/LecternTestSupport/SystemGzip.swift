import Foundation

/// Bytes compressed by the system's `gzip` (Essential on Debian), the yardstick of the decoder.
public enum SystemGzip {
    /// `bytes` compressed at `level`; `-n` (no name or time in the header) unless `name`.
    /// The files go through `folder`.
    public static func compress(_ bytes: [UInt8], level: Int = 6, name: Bool = true, in folder: TemporaryFolder) throws -> [UInt8] {
        let input = try folder.write("gzip-input-\(UUID().uuidString)", bytes: bytes)
        let result = try Spawn.run(["sh", "-c", "gzip -\(level) \(name ? "" : "-n") -c \"$0\" > \"$0.gz\"", input],
                                   environment: ["PATH": "/usr/bin:/bin"])
        guard result.status == 0 else { throw SpawnError(description: "gzip failed: \(result.errorOutput)") }
        return Array(try Data(contentsOf: URL(fileURLWithPath: input + ".gz")))
    }
}
