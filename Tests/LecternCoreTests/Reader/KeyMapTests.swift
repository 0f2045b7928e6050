import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct KeyMapTests {
    @Test(arguments: [("article", KeyMap.article), ("library", KeyMap.library)])
    func noKeyIsBoundTwice(view: String, bindings: [KeyBinding]) {
        let keys = bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "a key is bound twice in the \(view) view")
    }

    @Test func theReadmeDocumentsEveryBinding() throws {
        let readme = try Fixtures.text(of: Fixtures.repositoryRoot.appendingPathComponent("README.md"))
        for binding in KeyMap.article + KeyMap.library where binding.command != .help {
            #expect(readme.contains(binding.summary), "README lacks “\(binding.summary)”")
        }
    }

    @Test func lessAndViKeysDoWhatTheirUsersExpect() {
        #expect(KeyMap.command(for: .character(" "), in: KeyMap.article) == .nextPage)
        #expect(KeyMap.command(for: .character("b"), in: KeyMap.article) == .previousPage)
        #expect(KeyMap.command(for: .character("j"), in: KeyMap.article) == .lineDown)
        #expect(KeyMap.command(for: .character("k"), in: KeyMap.article) == .lineUp)
        #expect(KeyMap.command(for: .character("G"), in: KeyMap.article) == .bottom)
        #expect(KeyMap.command(for: .character("g"), in: KeyMap.article) == .top)
        #expect(KeyMap.command(for: .character("/"), in: KeyMap.article) == .search)
        #expect(KeyMap.command(for: .character("n"), in: KeyMap.article) == .nextMatch)
        #expect(KeyMap.command(for: .character("N"), in: KeyMap.article) == .previousMatch)
        #expect(KeyMap.command(for: .character("q"), in: KeyMap.article) == .closeArticle)
    }
}
