import Foundation
import LecternTestSupport
import Testing

/// The reader starting on a long list draws its first screen from the first files and reads
/// the rest in the background: every title arrives, the last included.
@Suite struct FirstScreenListInTmuxTests {
    static let wait = 60.0

    @Test func titlesPastTheFirstScreenArrive() throws {
        let folder = try TemporaryFolder(prefix: "lectern-first-screen")
        defer { folder.remove() }
        for index in 1...600 {
            let id = String(format: "%04d", index)
            try folder.write("\(id).txt", "Lighthouse Log \(id)\n\nThe lamp was lit at dusk.\n")
        }
        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path])
        // The first rows and the status line's count (a capture can land between the two on a
        // loaded machine).
        try session.waitUntil(timeout: Self.wait, description: "the first rows and the count") {
            $0.contains("Lighthouse Log 0001") && $0.contains("600 articles")
        }
        try session.sendKeys("G")
        try session.waitFor("▸ Lighthouse Log 0600", timeout: Self.wait)
    }
}
