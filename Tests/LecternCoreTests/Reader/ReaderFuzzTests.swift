import LecternTestSupport
import Testing
@testable import LecternCore

/// Random keys and sizes through the whole reader: it never traps, and every frame fits.
@Suite struct ReaderFuzzTests {
    static let articles: [(id: String, text: String)] = [
        ("empty", ""),
        ("blank", "\n\n   \n"),
        ("cjk", "東京の喫茶店\n\n東京には数多くの喫茶店があります。それぞれの店には独自の雰囲気があり、コーヒーの香りが漂っています。\n\nNext\n\nWide"),
        ("wide", "Wide\n\n" + String(repeating: "https://example.com/" + String(repeating: "x", count: 200) + " ", count: 3)
            + "\n\n- 👩‍🔬 e\u{301} item\n\n> quoted 漢字\n\n---\n\nPrevious\n\n東京の喫茶店\n\nNext\n\nNot Here"),
        ("long", SampleArticles.article(title: "Long", paragraphs: 40, previous: "Wide")),
    ]

    static let keys: [Key] = KeyMap.all.flatMap { $0.bindings.flatMap(\.keys) }
        + [.character("x"), .character("é"), .character("漢"), .character(" "), .enter, .escape, .backspace,
           .tab, .delete, .control("w"), .control("u"), .character("/"), .character("s"), .character("?")]

    static func section(of screen: ReaderHarness.Shown) -> KeySection {
        switch screen {
        case .library: return KeyMap.library
        case .article: return KeyMap.article
        case .outline: return KeyMap.outline
        case .help: return KeyMap.help
        }
    }

    @Test(arguments: PropertySeeds.range(default: 40))
    func randomSessionsNeverBreakTheScreen(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var reader = ReaderHarness(Self.articles, columns: 80, rows: 24)
        var quits = 0, framesInArticles = 0
        for step in 0..<300 {
            var quitKey = false
            if random.next(upTo: 25) == 0 {
                reader.resize(columns: random.next(upTo: 130), rows: random.next(upTo: 50))
            } else {
                let key = Self.keys[random.next(upTo: Self.keys.count)]
                quitKey = reader.state.prompt == nil && Self.section(of: reader.shown).command(for: key) == .quit
                reader.press(key)
            }
            if !reader.state.isRunning {
                // The reader stops only when asked to; then start again to keep exploring.
                #expect(quitKey, "seed \(seed), step \(step): the reader stopped without a quit key")
                quits += 1
                reader = ReaderHarness(Self.articles, columns: 1 + random.next(upTo: 120), rows: 1 + random.next(upTo: 40))
            }
            if reader.state.view != nil { framesInArticles += 1 }
            let screen = reader.screen
            #expect(screen.rows.count == screen.size.rows, "seed \(seed), step \(step)")
            for row in screen.rows {
                let width = DisplayWidth.of(row.spans.map(\.text).joined())
                #expect(width <= max(0, screen.size.columns), "seed \(seed), step \(step): \(width) columns")
            }
            if let view = reader.state.view {
                #expect(view.top >= 0 && view.top <= max(0, view.layout.lines.count - 1) || view.layout.lines.isEmpty,
                        "seed \(seed), step \(step)")
            }
        }
        // The session explored articles, not only the list, whatever the quits.
        #expect(framesInArticles > 0, "seed \(seed): no article was opened in 300 steps (\(quits) quits)")
    }
}
