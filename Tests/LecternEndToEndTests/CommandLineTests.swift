import Foundation
import LecternTestSupport
import Testing

/// The built `lectern` on the command line: output, JSON, exit codes, one-line errors.
@Suite struct CommandLineTests {
    let library = Fixtures.bundledLibrary.path

    @Test func showLaysOutTheSeedWithEveryKindOfBlock() throws {
        let result = try LecternCommand.run(["show", "Breaking Free", "--library", library])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        for heading in ["The Challenge of Traumatic Memories", "A New Frontier: Ketamine-Assisted Therapy",
                        "The Science of Healing", "Looking Forward: Hope for Healing", "The Journey of Release"] {
            let index = try #require(lines.firstIndex { $0 == heading })
            #expect(lines[index + 1].allSatisfy { $0 == "─" })
        }
        #expect(lines.filter { $0.hasPrefix("  • ") }.count == 7)
        #expect(lines.contains { $0.count == 80 && $0.allSatisfy { $0 == "─" } })
        #expect(lines.contains { $0.hasPrefix("Note: This article is based") })
        #expect(lines.contains("https://www.cell.com/neuron/fulltext/S0896-6273(24)00461-6"))
        #expect(lines.contains { $0.hasPrefix("Previous: New Research Reveals") })
        #expect(lines.contains("Next:     Ketamine for PTSD: A New Hope for Healing?"))
        #expect(!result.output.contains("\u{1B}"))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func showReadsStandardInputForADash() throws {
        // As `less -` does: text piped in, gzip too, laid out as the same file's.
        let file = Fixtures.bundledLibrary.appendingPathComponent("02-breaking-free.txt").path
        let fromFile = try LecternCommand.run(["show", file, "--width", "50"])
        let piped = try LecternCommand.run(["sh", "-c", "cat \"$0\" | \"$1\" show - --width 50", file, TestBinaries.lectern], asIs: true)
        #expect(piped.status == 0)
        #expect(piped.output == fromFile.output)
        let gzipped = try LecternCommand.run(["sh", "-c", "gzip -c \"$0\" | \"$1\" show - --width 50", file, TestBinaries.lectern], asIs: true)
        #expect(gzipped.output == fromFile.output)
        let binary = try LecternCommand.run(["sh", "-c", "printf 'a\\000b' | \"$0\" show -", TestBinaries.lectern], asIs: true)
        #expect(binary.status == 2)
        #expect(binary.errorOutput == "lectern: binary data, not text: it has 1 NUL byte: -\n")
    }

    @Test func showWidthIsHonoured() throws {
        let result = try LecternCommand.run(["show", "02-breaking-free", "--library", library, "--width", "40"])
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    @Test func showJSONIsTheParsedModel() throws {
        let result = try LecternCommand.run(["show", "breaking free", "--json", "--library", library])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["id"] as? String == "02-breaking-free")
        #expect(json["title"] as? String == "Breaking Free: How Ketamine Therapy May Help Release Trauma")
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.filter { $0["type"] as? String == "heading" }.count == 5)
        #expect(blocks.filter { $0["type"] as? String == "paragraph" }.count == 13)
        #expect(blocks.filter { $0["type"] as? String == "rule" }.count == 1)
        let lists = blocks.filter { $0["type"] as? String == "list" }.compactMap { $0["items"] as? [String] }
        #expect(lists.map(\.count) == [4, 3])
        let next = try #require(json["next"] as? [String: Any])
        #expect(next["title"] as? String == "Ketamine for PTSD: A New Hope for Healing?")
        #expect(next["id"] as? String == "03-ketamine-for-ptsd")
        let previous = try #require(json["previous"] as? [String: Any])
        #expect(previous["id"] as? String == "01-how-ketamine-works")
    }

    @Test func listJSONHasIdsTitlesAndLinks() throws {
        let result = try LecternCommand.run(["list", "--json", "--library", library])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == ["01-how-ketamine-works", "02-breaking-free", "03-ketamine-for-ptsd"])
        #expect(entries[0]["previous"] is NSNull)
        #expect((entries[2]["previous"] as? [String: Any])?["id"] as? String == "02-breaking-free")
    }

    @Test func searchFindsPhrasesAcrossTheLibrary() throws {
        let result = try LecternCommand.run(["search", "--json", "reconsolidation window", "--library", library])
        #expect(result.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(hits.count == 1)
        #expect(hits.first?["id"] as? String == "02-breaking-free")
        #expect(hits.first?["count"] as? Int == 1)
        let matches = try #require(hits.first?["matches"] as? [[String: String]])
        #expect(matches.first?["snippet"]?.contains("reconsolidation window") == true)
    }

    @Test func checkIsCleanOnTheBundledLibrary() throws {
        let result = try LecternCommand.run(["check", "--library", library])
        #expect(result.status == 0)
        #expect(result.output.contains("3 articles, no problems"))
    }

    @Test func checkReportsProblemsAndExitsOne() throws {
        let folder = try TemporaryFolder(files: [
            "a.txt": "Alpha\n\nText.\n\nNext\n\nNowhere To Be Found",
            "b.txt": "",
            "c.txt": "Alpha\n\nSame title.",
        ])
        defer { folder.remove() }
        try folder.write("d.txt", bytes: [0x43, 0x61, 0x66, 0xE9, 0x0A, 0x0A, 0x93, 0x51, 0x94, 0x0A])
        try folder.write("e.txt", bytes: [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00])
        let result = try LecternCommand.run(["check", "--library", folder.path])
        #expect(result.status == 1)
        #expect(result.output.contains("\"Nowhere To Be Found\""))
        #expect(result.output.contains("empty article"))
        #expect(result.output.contains("shared by a, c"))
        #expect(result.output.contains("  d: not UTF-8, read as Windows-1252"))
        #expect(result.output.contains("e.txt: binary data, not text: it has 2 NUL bytes"))
        #expect(result.errorOutput.isEmpty, "no empty 'lectern: ' line: \(result.errorOutput)")
        let list = try LecternCommand.run(["list", "--library", folder.path])
        #expect(list.output.contains("d\tCafé"))
        #expect(!list.output.contains("e\t"))
    }

    @Test func errorsAreOneLineAndNonZero() throws {
        let missing = try LecternCommand.run(["list", "--library", "/nonexistent-lectern"])
        #expect(missing.status != 0)
        #expect(missing.errorOutput == "lectern: no library folder at /nonexistent-lectern\n")
        let file = try LecternCommand.run(["list", "--library", Fixtures.seedArticle.path])
        #expect(file.status != 0)
        #expect(file.errorOutput.contains("is a file, not a library folder"))
        let unknown = try LecternCommand.run(["show", "Ketamine for PSTD", "--library", library])
        #expect(unknown.status != 0)
        #expect(unknown.errorOutput.split(separator: "\n").count == 1)
        #expect(unknown.errorOutput.contains("closest: \"Ketamine for PTSD: A New Hope for Healing?\""))
        let misplaced = try LecternCommand.run(["--library", library, "list"])
        #expect(misplaced.status != 0)
        #expect(misplaced.errorOutput.contains("put options after it, as in 'lectern list --library DIR'"))
    }

    @Test func theLibraryComesFromTheEnvironmentOrTheWorkingFolder() throws {
        let fromEnvironment = try LecternCommand.run(["list"], environment: ["LECTERN_LIBRARY": library])
        #expect(fromEnvironment.output.contains("02-breaking-free"))
        let fromFolder = try LecternCommand.run(["list"], in: Fixtures.repositoryRoot.path)
        #expect(fromFolder.output.contains("02-breaking-free"))
    }

    @Test func aPathOutsideAnyLibraryOpensWithItsFolderAsTheLibrary() throws {
        let result = try LecternCommand.run(["show", "--json", Fixtures.seedArticle.path], in: NSTemporaryDirectory())
        #expect(result.status == 0, "\(result.errorOutput)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((json["next"] as? [String: Any])?["id"] as? String == "03-ketamine-for-ptsd")
        let folder = try TemporaryFolder(files: [:])
        defer { folder.remove() }
        let binary = try folder.write("data.txt", bytes: [0x00, 0x01, 0x02])
        let refused = try LecternCommand.run(["show", binary])
        #expect(refused.status != 0)
        #expect(refused.errorOutput == "lectern: binary data, not text: it has 1 NUL byte: \(binary)\n")
    }

    @Test func theReaderWithoutATerminalSaysSoInOneLine() throws {
        let result = try LecternCommand.run(["--library", library])
        #expect(result.status != 0)
        #expect(result.errorOutput == "lectern: the reader needs a terminal; try 'lectern list' or 'lectern show ARTICLE'\n")
    }
}
