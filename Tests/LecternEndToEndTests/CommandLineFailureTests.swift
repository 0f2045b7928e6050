import Foundation
import LecternTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 10 from the command line: every failure is one line on stderr naming the file and
/// saying what happened; a file name that is not UTF-8 can be named; names are printed escaped.
@Suite final class CommandLineFailureTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("01-a.txt", "Alpha\n\nThe first text.\n")
    }

    deinit { folder.remove() }

    private func path(_ name: String) -> String { folder.url.appendingPathComponent(name).path }

    /// `lectern show PATH`: exit 2 and exactly `lectern: what: PATH`.
    private func expectShowFails(_ file: String, saying what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try LecternCommand.run(["show", file, "--library", folder.path])
        #expect(result.status == 2, sourceLocation: sourceLocation)
        #expect(result.output.isEmpty, sourceLocation: sourceLocation)
        #expect(result.errorOutput == "lectern: \(what): \(file)\n", sourceLocation: sourceLocation)
    }

    @Test func eachFailureIsNamed() throws {
        try expectShowFails(path("missing.txt"), saying: "no such file")
        symlink("nowhere.txt", path("dangling.txt"))
        try expectShowFails(path("dangling.txt"), saying: "a symbolic link to nowhere.txt, which does not exist")
        symlink("loop.txt", path("loop.txt"))
        try expectShowFails(path("loop.txt"), saying: "too many levels of symbolic links")
        try FileManager.default.createDirectory(atPath: path("dir.txt"), withIntermediateDirectories: false)
        try expectShowFails(path("dir.txt"), saying: "a folder, not an article")
        let image = try folder.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 14))
        try expectShowFails(image, saying: "binary data, not text: it has 14 NUL bytes")
    }

    @Test func plainTextOpensWhateverItsName() throws {
        let license = try folder.write("LICENSE", "GNU GENERAL PUBLIC LICENSE\n\nVersion 3, 29 June 2007\n")
        let result = try LecternCommand.run(["show", license, "--width", "60"])
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.hasPrefix("GNU GENERAL PUBLIC LICENSE\n"))
        // Named from its own folder, without a slash, as `less LICENSE` would be.
        let here = try LecternCommand.run(["show", "LICENSE"], in: folder.path)
        #expect(here.status == 0, "\(here.errorOutput)")
        #expect(here.output.contains("Version 3, 29 June 2007"))
        let system = "/usr/share/common-licenses/GPL-3"
        if FileManager.default.fileExists(atPath: system) {
            let gpl = try LecternCommand.run(["show", system])
            #expect(gpl.status == 0, "\(gpl.errorOutput)")
            #expect(gpl.output.contains("GNU GENERAL PUBLIC LICENSE"))
        }
    }

    /// `zless` reads a gzip file as its text; so does Lectern. A damaged one is named.
    @Test func aGzipFileOpensAsItsTextAndADamagedOneIsNamed() throws {
        let text = "Read Me\n\nThis package keeps its notes compressed, as Debian does.\n"
        let compressed = try SystemGzip.compress(Array(text.utf8), in: folder)
        let notes = try folder.write("README.gz", bytes: compressed)
        let result = try LecternCommand.run(["show", notes, "--width", "60"])
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.hasPrefix("Read Me\n"))
        #expect(result.output.contains("keeps its notes compressed"))
        let cut = try folder.write("cut.gz", bytes: Array(compressed.dropLast(9)))
        try expectShowFails(cut, saying: "a damaged gzip file: it ends too soon")
    }

    @Test func aFileNameThatIsNotUTF8IsListedShownAndNamed() throws {
        // sh builds the name from bytes: the test process cannot pass a non-UTF-8 String.
        let make = try Spawn.run(["sh", "-c", #"printf 'Bad Name\n\nPlain text.\n' > "$1/bad$(printf '\377')name.txt""#, "sh", folder.path],
                                 environment: [:])
        #expect(make.status == 0)
        let list = try LecternCommand.run(["list", "--library", folder.path])
        #expect(list.output.contains("bad\\xffname\tBad Name\n"))
        let show = try Spawn.run(["sh", "-c", #"exec "$0" show "$1/bad$(printf '\377')name.txt""#, TestBinaries.lectern, folder.path],
                                 environment: [:])
        #expect(show.status == 0, "\(show.errorOutput)")
        #expect(show.output.hasPrefix("Bad Name\n"))
        let byID = try Spawn.run(["sh", "-c", #"exec "$0" show --library "$1" "bad$(printf '\377')name""#, TestBinaries.lectern, folder.path],
                                 environment: [:])
        #expect(byID.output.hasPrefix("Bad Name\n"), "\(byID.errorOutput)")
        let check = try LecternCommand.run(["check", "--library", folder.path])
        #expect(check.output.contains("bad\\xffname.txt: the file name is not UTF-8\n"))
    }

    @Test func namesWithControlsArePrintedEscaped() throws {
        try folder.write("new\nline.txt", "Newline\n\nwords here\n")
        try folder.write("\u{1B}]0;pwned\u{7}.txt", "")
        let list = try LecternCommand.run(["list", "--library", folder.path])
        #expect(list.output.contains("new\\nline\tNewline\n"))
        #expect(list.output.contains("\\x1b]0;pwned\\x07\t\\x1b]0;pwned\\x07\n"))
        #expect(!list.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        let search = try LecternCommand.run(["search", "words", "--library", folder.path])
        #expect(search.output.hasPrefix("new\\nline\tNewline\t1 match\n"))
        let check = try LecternCommand.run(["check", "--library", folder.path])
        #expect(check.output.contains("  \\x1b]0;pwned\\x07: empty article"))
        let missing = try LecternCommand.run(["show", path("gone\u{1B}[2J.txt")])
        #expect(missing.errorOutput == "lectern: no such file: \(path("gone\\x1b[2J.txt"))\n")
    }

    @Test func checkGroupsFailuresAndPrintsNoEmptyErrorLine() throws {
        symlink("loop.txt", path("loop.txt"))
        symlink("nowhere", path("dangling.txt"))
        try FileManager.default.createDirectory(atPath: path("dir.txt"), withIntermediateDirectories: false)
        try folder.write("image.txt", bytes: [0, 0, 0])
        try folder.write("02-empty.txt", "")
        let check = try LecternCommand.run(["check", "--library", folder.path])
        #expect(check.status == 1)
        #expect(check.errorOutput.isEmpty)
        #expect(check.output == """
            Files that cannot be read as articles (4):
              \(path("dangling.txt")): a symbolic link to nowhere, which does not exist
              \(path("dir.txt")): a folder, not an article
              \(path("image.txt")): binary data, not text: it has 3 NUL bytes
              \(path("loop.txt")): too many levels of symbolic links
            Empty articles (1):
              02-empty: empty article (titled by its file name)
            2 articles, 5 problems

            """)
    }

    /// Permission bits do not stop root, so as root the command runs as nobody (setpriv).
    @Test func permissionDenied() throws {
        let secret = try folder.write("secret.txt", "Secret\n\nText.\n")
        chmod(secret, 0)
        let locked = path("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        chmod(folder.path, 0o755)
        var prefix: [String] = []
        if getuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                print("skipped: running as root without setpriv, so permission bits cannot be tested")
                return
            }
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        let show = try Spawn.run(prefix + [TestBinaries.lectern, "show", secret], environment: [:])
        #expect(show.status == 2)
        #expect(show.errorOutput == "lectern: permission denied: \(secret)\n")
        let list = try Spawn.run(prefix + [TestBinaries.lectern, "list", "--library", locked], environment: [:])
        #expect(list.errorOutput == "lectern: cannot list the library folder \(locked): permission denied\n")
        let check = try Spawn.run(prefix + [TestBinaries.lectern, "check", "--library", folder.path], environment: [:])
        #expect(check.output.contains("  \(secret): permission denied\n"))
    }
}

/// No file descriptor is left open per article: with 64 descriptors allowed, every command
/// still reads a library of 3,000 articles.
@Suite struct DescriptorLeakTests {
    @Test func aLowDescriptorLimitIsEnoughForAnyLibrary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for index in 0..<3_000 {
            try folder.write("\(index).txt", "Article \(index)\n\nWords about topic \(index % 7).\n")
        }
        for arguments in [["list"], ["check"], ["search", "topic 3"], ["show", "Article 2999"]] {
            let result = try Spawn.run(["sh", "-c", #"ulimit -n 64 && exec "$@""#, "sh", TestBinaries.lectern]
                                           + arguments + ["--library", folder.path], environment: [:])
            #expect(result.status == 0, "\(arguments): \(result.errorOutput)")
            #expect(result.errorOutput.isEmpty, "\(arguments): \(result.errorOutput)")
        }
    }
}
