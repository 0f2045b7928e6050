import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct KeyMapTests {
    @Test(arguments: KeyMap.all.map(\.title))
    func noKeyIsBoundTwice(section: String) throws {
        let keys = try #require(KeyMap.all.first { $0.title == section }).bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "a key is bound twice \(section.lowercased())")
    }

    @Test func labelsAreMadeFromTheKeys() {
        #expect(KeyMap.article.bindings.first { $0.command == .nextPage }?.label == "Space PgDn f ^F")
        #expect(KeyMap.article.bindings.first { $0.command == .back }?.label == "Backspace h Left")
        #expect(KeyMap.library.bindings.first { $0.command == .quit }?.label == "q Q ^C")
    }

    /// The README's key tables are the key map's, row for row: generate them with `table(for:)`.
    @Test func theReadmeTablesAreTheKeyMap() throws {
        let readme = try Fixtures.text(of: Fixtures.repositoryRoot.appendingPathComponent("README.md"))
        for section in KeyMap.all {
            let table = Self.table(for: section)
            // Followed by a blank line, so that a row left over in the README is caught too.
            #expect(readme.contains("\n" + table + "\n"), "README.md lacks this table, or has it changed:\n\(table)")
        }
    }

    @Test func everyBoundKeyIsInTheHelp() {
        for (open, first) in [(nil, KeyMap.library), (Key.character("t"), KeyMap.outline), (nil as Key?, KeyMap.article)] {
            let reader = ReaderHarness(SampleArticles.chain, rows: 80)
            if first.title != KeyMap.library.title { reader.open("a1") }
            if let open { reader.press(open) }
            reader.press(.character("?"))
            #expect(reader.shown == .help)
            let lines = reader.lines
            #expect(lines.contains(" \(first.title)"))
            #expect(lines[1] == " \(first.title)", "help starts with the keys of the screen it was opened over")
            for section in KeyMap.all {
                #expect(lines.contains(" \(section.title)"))
                for binding in section.bindings {
                    let row = lines.first { $0.hasPrefix("  \(binding.label) ") && $0.hasSuffix(" \(binding.summary)") }
                    #expect(row != nil, "help lacks “\(binding.label)  \(binding.summary)”")
                }
            }
        }
    }

    @Test func lessAndViKeysDoWhatTheirUsersExpect() {
        #expect(KeyMap.article.command(for: .character(" ")) == .nextPage)
        #expect(KeyMap.article.command(for: .character("b")) == .previousPage)
        #expect(KeyMap.article.command(for: .character("j")) == .lineDown)
        #expect(KeyMap.article.command(for: .character("k")) == .lineUp)
        #expect(KeyMap.article.command(for: .character("G")) == .bottom)
        #expect(KeyMap.article.command(for: .character("g")) == .top)
        #expect(KeyMap.article.command(for: .character("/")) == .search)
        #expect(KeyMap.article.command(for: .character("n")) == .nextMatch)
        #expect(KeyMap.article.command(for: .character("N")) == .previousMatch)
        #expect(KeyMap.article.command(for: .character("q")) == .close)
        #expect(KeyMap.article.command(for: .character("t")) == .outline)
    }

    /// A section of the key map as the README's Markdown table.
    static func table(for section: KeySection) -> String {
        var lines = ["\(section.title):", "", "| Keys | What they do |", "| --- | --- |"]
        for binding in section.bindings {
            lines.append("| " + binding.keys.map { "`\($0.label)`" }.joined(separator: " ") + " | \(binding.summary) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
