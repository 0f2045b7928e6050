import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// `Library.find`: what a person may type to name an article.
@Suite final class FindArticleTests {
    let folder: TemporaryFolder
    let library: Library

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("01-works.txt", "New Research Reveals How Ketamine Works in the Brain\n\nBody.\n")
        try folder.write("02-breaking.txt", "Breaking Free: How Ketamine Therapy May Help Release Trauma\n\nBody.\n")
        try folder.write("03-ptsd.txt", "Ketamine for PTSD: A New Hope for Healing?\n\nBody.\n")
        try folder.write("04-depression.txt", "Ketamine for Depression\n\nBody.\n")
        library = try Library.open(folder: folder.path)
    }

    deinit { folder.remove() }

    private func foundID(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        do {
            guard case .entry(let entry) = try library.find(name) else {
                Issue.record("\(name) was not found in the library", sourceLocation: sourceLocation)
                return nil
            }
            return entry.id
        } catch {
            Issue.record("\(name): \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    @Test func byID() {
        #expect(foundID("03-ptsd") == "03-ptsd")
    }

    @Test func byFileName() {
        #expect(foundID("03-ptsd.txt") == "03-ptsd")
    }

    @Test func byPathInsideTheLibrary() {
        #expect(foundID(folder.url.appendingPathComponent("02-breaking.txt").path) == "02-breaking")
        // The same file through a path that is not in standard form.
        #expect(foundID(folder.path + "/./02-breaking.txt") == "02-breaking")
    }

    @Test func byPathOutsideTheLibrary() throws {
        let other = try TemporaryFolder()
        defer { other.remove() }
        let path = try other.write("stray.txt", "Stray\n")
        #expect(try library.find(path) == .file(path: path, id: "stray"))
    }

    @Test func byExactTitle() {
        #expect(foundID("Ketamine for Depression") == "04-depression")
        #expect(foundID("ketamine for ptsd: a new hope for healing?") == "03-ptsd")
    }

    @Test func byUniqueBeginningInAnyCase() {
        #expect(foundID("breaking free") == "02-breaking")
        #expect(foundID("NEW RESEARCH") == "01-works")
        #expect(foundID("Ketamine for P") == "03-ptsd")
        #expect(foundID("ketamine for d") == "04-depression")
    }

    @Test func ambiguousBeginning() {
        #expect(throws: LibraryError.ambiguousArticle("ketamine for", candidates: [
            "Ketamine for PTSD: A New Hope for Healing?", "Ketamine for Depression",
        ])) { try library.find("ketamine for") }
    }

    @Test func unknownSuggestsClosestTitles() throws {
        do {
            _ = try library.find("Ketamine for Depresion")
            Issue.record("a misspelt title was found")
        } catch {
            guard case .unknownArticle(let name, let suggestions) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(name == "Ketamine for Depresion")
            #expect(suggestions.first == "Ketamine for Depression")
            #expect(suggestions.count <= 3)
        }
    }

    @Test func unknownWithNothingClose() {
        #expect(throws: LibraryError.unknownArticle("zzzz qqqq xxxx", suggestions: [])) {
            try library.find("zzzz qqqq xxxx")
        }
    }

    @Test func missingPathIsUnknown() {
        #expect(throws: LibraryError.self) { try library.find("/no/such/file.txt") }
    }
}

extension FindArticleTests {
    @Test func byUniqueBeginningOfAnID() {
        #expect(foundID("03") == "03-ptsd")
        #expect(foundID("04-DEP") == "04-depression")
    }

    @Test func titleMatchIsForgiving() {
        #expect(foundID("breaking free:  how ketamine therapy may help release trauma") == "02-breaking")
    }
}
