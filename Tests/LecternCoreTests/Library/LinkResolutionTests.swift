import LecternTestSupport
import Testing
@testable import LecternCore

/// Footer links name articles by title; the match forgives what exports get wrong.
@Suite struct LinkResolutionTests {
    /// A library of `articles` (id, text) in a temporary folder, removed after `body` runs.
    private func withLibrary(_ articles: [(String, String)], _ body: (Library) throws -> Void) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (id, text) in articles { try folder.write("\(id).txt", text) }
        try body(try Library.open(folder: folder.path))
    }

    private func linking(to title: String) -> String { "Linker\n\nBody.\n\nNext\nNext\n\n\(title)\n" }

    @Test(arguments: [
        "Don't Panic - A Guide to Café Life",       // exact
        "don't panic - a guide to café life",       // case
        "DON'T PANIC - A GUIDE TO CAFÉ LIFE",
        "Don’t Panic - A Guide to Café Life",       // typographic apostrophe
        "Don't Panic – A Guide to Café Life",       // en dash
        "Don't Panic — A Guide to Café Life",       // em dash
        "Don't  Panic -  A Guide   to Café Life",   // runs of spaces
        "Don't Panic - A Guide to Cafe\u{301} Life", // NFD
        "Don't Panic—A Guide to Café Life",         // em dash without spaces
        "Don't Panic -A Guide to Café Life",
    ])
    func forgivingTitleMatch(title: String) throws {
        try withLibrary([("target", "Don't Panic - A Guide to Café Life\n\nBody.\n"), ("z-linker", linking(to: title))]) { library in
            let link = try #require(library.entry(id: "z-linker")?.next)
            #expect(link.id == "target")
            #expect(try library.load(id: "z-linker").next?.id == "target")
            #expect(library.check().isEmpty)
        }
    }

    @Test func targetTitleWithTypographyMatchesPlainLink() throws {
        try withLibrary([("target", "Don’t Panic – “A Guide”\n"), ("z-linker", linking(to: "don't panic - \"a guide\""))]) { library in
            #expect(library.entry(id: "z-linker")?.next?.id == "target")
        }
    }

    @Test func differentWordsDoNotMatch() throws {
        try withLibrary([("target", "Ketamine for PTSD\n"), ("z-linker", linking(to: "Ketamine for OCD"))]) { library in
            #expect(library.entry(id: "z-linker")?.next == ArticleLink(title: "Ketamine for OCD", id: nil))
        }
    }

    @Test func unresolvedLinkKeepsItsTitleAndIsReported() throws {
        try withLibrary([("a1", "Alpha\n\nBody.\n\nPrevious\n\nThe Lost Article\n\nNext\n\nBeta"), ("a2", "Beta\n")]) { library in
            let entry = try #require(library.entry(id: "a1"))
            #expect(entry.previous == ArticleLink(title: "The Lost Article", id: nil))
            #expect(entry.next == ArticleLink(title: "Beta", id: "a2"))
            let article = try library.load(id: "a1")
            #expect(article.previous == ArticleLink(title: "The Lost Article", id: nil))
            #expect(article.next == ArticleLink(title: "Beta", id: "a2"))
            #expect(library.check() == [.unresolvedLink(id: "a1", direction: .previous, title: "The Lost Article")])
        }
    }

    @Test func duplicateTitlesResolveToTheFirstAndAreReported() throws {
        let articles = [
            ("a10", "Same Title\n\nSecond copy.\n"),
            ("a9", "same title\n\nFirst copy.\n"),
            ("b", "Linker\n\nBody.\n\nNext\n\nSAME TITLE"),
        ]
        try withLibrary(articles) { library in
            #expect(library.entries.map(\.id) == ["a9", "a10", "b"])
            #expect(library.entry(id: "b")?.next?.id == "a9")
            #expect(library.resolve(title: "Same Title") == "a9")
            #expect(library.check() == [.duplicateTitle(title: "same title", ids: ["a9", "a10"])])
        }
    }

    @Test func selfLinkResolves() throws {
        try withLibrary([("only", "Only\n\nBody.\n\nNext\n\nOnly")]) { library in
            #expect(library.entry(id: "only")?.next?.id == "only")
        }
    }

    @Test func titleKeyFolds() {
        #expect(TitleKey.make("  Don’t   Panic – Now  ") == "don't panic-now")
        #expect(TitleKey.make("Cafe\u{301}") == TitleKey.make("Café"))
        #expect(TitleKey.make("A—B") == TitleKey.make("a - b"))
        #expect(TitleKey.make("Ketamine for PTSD") != TitleKey.make("Ketamine for PTSD 2"))
        #expect(TitleKey.make("\u{FEFF}Self\u{AD}care\u{200B}") == TitleKey.make("selfcare"))
    }
}

extension LinkResolutionTests {
    /// Links are resolved through the titles as written where they name one exactly, and through
    /// a key made for them otherwise: every link ends at the entry `resolve(title:)` finds, which
    /// always makes the key, whatever titles share keys or are written alike.
    @Test func linksResolveAsTheKeyOfTheirTitleDoes() {
        let words = ["Café", "CAFÉ", "Cafe\u{301}", "don't", "Don’t", "a", "A", "–", "-", " ", "  ", "x"]
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let title = { (random: inout SeededRandom) in
                (0..<(1 + random.next(upTo: 3))).map { _ in words[random.next(upTo: words.count)] }.joined(separator: " ")
            }
            let titles = (0..<(1 + random.next(upTo: 12))).map { _ in title(&random) }
            // Half the links name a title exactly, the others a title made afresh.
            let link = { (random: inout SeededRandom) in
                ArticleLink(title: random.next(upTo: 2) == 0 ? titles[random.next(upTo: titles.count)] : title(&random))
            }
            let entries = titles.indices.map { index in
                LibraryEntry(id: "a\(index)", title: titles[index], path: "/a\(index).txt",
                             previous: random.next(upTo: 2) == 0 ? link(&random) : nil, next: link(&random))
            }
            let library = Library(folder: "/", entries: entries)
            for entry in library.entries {
                #expect(entry.previous?.id == library.resolve(title: entry.previous?.title), "seed \(seed)")
                #expect(entry.next?.id == library.resolve(title: entry.next?.title), "seed \(seed)")
            }
        }
    }
}
