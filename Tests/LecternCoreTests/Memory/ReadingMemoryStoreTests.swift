import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// The state file: a round trip, and every way it can go wrong ends in a notice, never a crash,
/// never a lost file, never a write into the library.
@Suite struct ReadingMemoryStoreTests {
    /// A library folder and a state folder in one temporary folder, removed afterwards.
    struct Setting {
        let root: TemporaryFolder
        var library: String { root.path + "/library" }
        var state: String { root.path + "/state/lectern" }

        init() throws {
            root = try TemporaryFolder()
            try FileManager.default.createDirectory(atPath: root.path + "/library", withIntermediateDirectories: true)
            try Data("Title\n\nText.\n".utf8).write(to: URL(fileURLWithPath: root.path + "/library/a.txt"))
        }

        func store() -> ReadingMemoryStore { ReadingMemoryStore(libraryFolder: library, stateFolder: state) }

        func libraryContents() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: library).sorted()
        }

        func stateContents() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: state)) ?? []).sorted()
        }
    }

    static let time = Date(timeIntervalSince1970: 1_795_000_000.75)

    static func sampleMemory() -> ReadingMemory {
        var memory = ReadingMemory()
        memory.record("02-breaking-free", at: RememberedPlace(offset: 5234, length: 12040, anchor: "memories can \"become\" 漢字"),
                      percent: 43, reachedEnd: false, time: time)
        memory.record("01-how-ketamine-works", at: RememberedPlace(offset: 0, length: 800, anchor: "How"),
                      percent: 100, reachedEnd: true, time: time.addingTimeInterval(60))
        memory.measure = 64
        return memory
    }

    @Test func whatIsSavedIsLoadedAgainAndTheFolderIsCreated() throws {
        let setting = try Setting()
        defer { setting.root.remove() }
        let memory = Self.sampleMemory()
        #expect(!FileManager.default.fileExists(atPath: setting.state))
        #expect(setting.store().save(memory) == nil)
        var store = setting.store()
        let (loaded, notice) = store.load()
        #expect(notice == nil)
        #expect(loaded == memory)
        #expect(loaded.lastArticle == "01-how-ketamine-works")
        #expect(loaded.status(of: "02-breaking-free") == .reading(percent: 43))
        #expect(loaded.status(of: "01-how-ketamine-works") == .finished)
        #expect(loaded.status(of: "03-ketamine-for-ptsd") == .unread)
        #expect(try setting.libraryContents() == ["a.txt"], "nothing is written into the library")
        #expect(setting.stateContents() == [(store.file as NSString).lastPathComponent], "no temporary file is left")
        let text = try String(contentsOfFile: store.file, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"library\": \""))
        #expect(text.contains("\"lastRead\": \"2026-11-18T"))
    }

    @Test func theFileIsNamedByTheLibrarysRealPath() throws {
        let setting = try Setting()
        defer { setting.root.remove() }
        try FileManager.default.createSymbolicLink(atPath: setting.root.path + "/link", withDestinationPath: setting.library)
        let viaLink = ReadingMemoryStore(libraryFolder: setting.root.path + "/link", stateFolder: setting.state)
        #expect(viaLink.file == setting.store().file)
        #expect((viaLink.file as NSString).lastPathComponent.hasPrefix("library-"))
        let other = ReadingMemoryStore(libraryFolder: setting.root.path, stateFolder: setting.state)
        #expect(other.file != viaLink.file)
    }

    @Test(arguments: ["garbage \u{00}\u{FF}", "{\"version\": 1, \"library\": ", "{\"version\": \"1\"}", "[]", "",
                      "{\"version\": 1, \"library\": \"/x\", \"articles\": {\"a\": {\"offset\": 1}}}"])
    func aDamagedFileIsSetAsideWithANotice(content: String) throws {
        let setting = try Setting()
        defer { setting.root.remove() }
        var store = setting.store()
        try FileManager.default.createDirectory(atPath: setting.state, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: store.file))
        let (memory, notice) = store.load(now: Self.time)
        #expect(memory == ReadingMemory())
        let line = try #require(notice)
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("reading memory was damaged: moved to \(store.file).damaged-20261118T"))
        let kept = try #require(setting.stateContents().first { $0.contains(".damaged-") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: setting.state + "/" + kept)) == Data(content.utf8), "the bytes are kept")
        #expect(store.savesEnabled)
        #expect(store.save(Self.sampleMemory()) == nil)
        var again = setting.store()
        #expect(again.load().memory == Self.sampleMemory())
    }

    @Test func anUnreadableFileIsSetAside() throws {
        let setting = try Setting()
        defer { setting.root.remove() }
        var store = setting.store()
        // Root reads any file, whatever its mode; a folder where the file should be cannot be read.
        try FileManager.default.createDirectory(atPath: store.file, withIntermediateDirectories: true)
        let (memory, notice) = store.load()
        #expect(memory == ReadingMemory())
        #expect(notice?.hasPrefix("reading memory could not be read (Is a directory): moved to ") == true)
        #expect(store.save(Self.sampleMemory()) == nil)
    }

    @Test func anUnwritableFolderGivesANoticeAndNoCrash() throws {
        // As root, modes do not stop writes; a path under a regular file always fails.
        var store = ReadingMemoryStore(libraryFolder: "/tmp", stateFolder: "/dev/null/x/lectern")
        let (memory, notice) = store.load()
        #expect(memory == ReadingMemory() && notice == nil, "no file is no memory, quietly")
        let failure = try #require(store.save(Self.sampleMemory()))
        #expect(failure == "reading memory not saved: cannot create /dev/null/x: Not a directory")
    }

    @Test func aFileFromANewerLecternIsNeitherReadNorReplaced() throws {
        let setting = try Setting()
        defer { setting.root.remove() }
        var store = setting.store()
        try FileManager.default.createDirectory(atPath: setting.state, withIntermediateDirectories: true)
        let newer = Data("{\"version\": 2, \"everything\": \"different\"}".utf8)
        try newer.write(to: URL(fileURLWithPath: store.file))
        let (memory, notice) = store.load()
        #expect(memory == ReadingMemory())
        #expect(notice == "reading memory \(store.file) is from a newer lectern (format 2); positions are not kept this time")
        #expect(!store.savesEnabled)
        #expect(store.save(Self.sampleMemory()) == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.file)) == newer)
    }

    @Test func aStateFolderInsideTheLibraryIsNeverWritten() throws {
        let setting = try Setting()
        defer { setting.root.remove() }
        let store = ReadingMemoryStore(libraryFolder: setting.library, stateFolder: setting.library + "/state")
        #expect(store.save(Self.sampleMemory())?.contains("is inside the library") == true)
        #expect(try setting.libraryContents() == ["a.txt"])
    }

    @Test func twoReadersOfOneLibraryKeepEachOthersRecords() throws {
        let setting = try Setting()
        defer { setting.root.remove() }
        var first = setting.store(), second = setting.store()
        var one = first.load().memory, two = second.load().memory
        one.record("a", at: RememberedPlace(offset: 10, length: 100, anchor: "x"), percent: 10, reachedEnd: false, time: Self.time)
        #expect(first.save(one) == nil)
        two.record("b", at: RememberedPlace(offset: 20, length: 100, anchor: "y"), percent: 20, reachedEnd: false,
                   time: Self.time.addingTimeInterval(5))
        #expect(second.save(two) == nil)
        var third = setting.store()
        let merged = third.load().memory
        #expect(merged["a"]?.percent == 10 && merged["b"]?.percent == 20)
        #expect(merged.lastArticle == "b")
    }

    @Test func aChangedArticleResumesAtItsPassage() throws {
        let setting = try Setting()
        defer { setting.root.remove() }
        let text = "Title\n\nFirst paragraph of the article.\n\nSecond paragraph, where the reader was.\n\nThird."
        let before = Document(ArticleParser.parse(text, id: "a", path: "a.txt"))
        var memory = ReadingMemory()
        memory.record("a", at: RememberedPlace(TextPosition(passage: 2, offset: 0), in: before), percent: 50, reachedEnd: false)
        #expect(setting.store().save(memory) == nil)
        let edited = text.replacingOccurrences(of: "First paragraph", with: "A much longer first paragraph, rewritten")
        let after = Document(ArticleParser.parse(edited, id: "a", path: "a.txt"))
        var store = setting.store()
        let place = try #require(store.load().memory["a"]?.place)
        #expect(place.position(in: after) == TextPosition(passage: 2, offset: 0))
    }

    @Test func finishedStaysFinishedAndPercentIsClamped() {
        var memory = ReadingMemory()
        let place = RememberedPlace(offset: 0, length: 1, anchor: "")
        memory.record("a", at: place, percent: 100, reachedEnd: true)
        memory.record("a", at: place, percent: 130, reachedEnd: false)
        #expect(memory.status(of: "a") == .finished)
        #expect(memory["a"]?.percent == 100)
        #expect(ReadingStatus.reading(percent: 43).label == "43%")
        #expect(ArticleMemory.resumedNotice(percent: 43) == "resumed at 43%; g for the start")
    }
}
