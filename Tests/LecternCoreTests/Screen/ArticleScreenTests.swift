import LecternTestSupport
import Testing
@testable import LecternCore

/// Whole screens of the bundled library, compared as text grids.
@Suite struct ArticleScreenTests {
    let reader: ReaderHarness

    init() throws {
        reader = try ReaderHarness.bundledLibrary()
    }

    @Test func firstPageOfTheSeedAt80x24() {
        reader.open("02-breaking-free")
        #expect(reader.lines == [
            " Breaking Free: How Ketamine Therapy May Help Release Trauma                2/3",
            "  Breaking Free: How Ketamine Therapy May Help Release Trauma",
            "  ═══════════════════════════════════════════════════════════",
            "",
            "  Trauma can be one of life's most profound teachers. Through our wounds,",
            "  we often develop deeper empathy, resilience, and understanding of both",
            "  ourselves and others. However, when trauma's lessons become trapped in",
            "  our nervous system, they can prevent us from fully engaging with life and",
            "  experiencing joy, connection, and peace in the present moment.",
            "",
            "  \"The paradox of trauma is that it has both the power to destroy and the",
            "  power to transform and resurrect,\" writes Dr. Peter A. Levine in his",
            "  groundbreaking work \"Waking the Tiger.\" While trauma's teachings can be",
            "  valuable, we ultimately need to process and release traumatic memories to",
            "  live whole, authentic lives.",
            "",
            "  The Challenge of Traumatic Memories",
            "  ───────────────────────────────────",
            "  For many trauma survivors, especially those with Post-Traumatic Stress",
            "  Disorder (PTSD), traumatic memories remain stubbornly present long after",
            "  the danger has passed. These memories can trigger avoidance behaviors,",
            "  hypervigilance, and difficulties with social connections – making it",
            "  challenging to fully engage in life's precious moments.",
            " Breaking Free: How Ketamine Therapy May Help Release Tr… page 1/5  21%  ? help",
        ])
        let styles = Set(reader.screen.rows[0].spans.map(\.style))
        #expect(styles == [.titleBar])
        #expect(reader.screen.rows[16].spans.contains(Span("The Challenge of Traumatic Memories", .heading)))
        #expect(reader.screen.rows[17].spans.contains { $0.style == .decoration })
    }
}

extension ArticleScreenTests {
    @Test func theListAt80x24() {
        #expect(Array(reader.lines.prefix(4)) == [
            " Lectern — test-library",
            " ▸ New Research Reveals How Ketamine Works in the Brain: What This Me…   unread",
            "   Breaking Free: How Ketamine Therapy May Help Release Trauma           unread",
            "   Ketamine for PTSD: A New Hope for Healing?                            unread",
        ])
        #expect(reader.statusLine.hasPrefix(" 3 articles"))
        #expect(reader.statusLine.hasSuffix("1/3  ? help"))
    }

    @Test func theFooterShowsBothLinksAtTheEnd() {
        reader.open("02-breaking-free")
        reader.press(.end)
        #expect(reader.text.contains("Previous: New Research Reveals How Ketamine Works in the Brain: What This"))
        #expect(reader.text.contains("Next:     Ketamine for PTSD: A New Hope for Healing?"))
        #expect(reader.statusLine.contains("page 5/5  100%"))
    }
}

extension ArticleScreenTests {
    /// A heading held over for the next page must not also stand at the bottom of this one.
    @Test(arguments: [(40, 15), (80, 24), (60, 11), (30, 9)])
    func noPageShowsAHeadingAtItsBottom(columns: Int, rows: Int) throws {
        reader.resize(columns: columns, rows: rows)
        reader.open("02-breaking-free")
        let headings = ["The Challenge of Traumatic Memories", "The Science of Healing", "The Journey of Release"]
        for _ in 0..<40 {
            let view = try #require(reader.state.view)
            let lastShown = view.layout.lines[view.visibleEnd - 1]
            #expect(!lastShown.keepsWithNext || view.visibleEnd == view.layout.lines.count,
                    "page \(view.page + 1) ends on a heading at \(columns)x\(rows)")
            let textRows = reader.lines.dropFirst().dropLast()
            let lastText = textRows.last { !$0.isEmpty } ?? ""
            #expect(!headings.contains { lastText.contains($0) && !lastText.contains("─") })
            if view.isOnLastPage { break }
            reader.press(.pageDown)
        }
    }
}
