import Foundation

/// Executables built by SwiftPM, found beside the running test bundle (`.build/debug/`).
public enum TestBinaries {
    public static var folder: String {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().path
    }

    /// The path of the built `lectern` executable.
    public static var lectern: String { folder + "/lectern" }
}
