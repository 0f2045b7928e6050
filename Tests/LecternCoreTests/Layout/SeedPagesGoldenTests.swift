import LecternTestSupport
import Testing
@testable import LecternCore

/// The seed's pages as the reader shows them in terminals of 80x24 and 40x20 (a text column of
/// 76 and 38, 22 and 18 text rows: the title bar and the status line take two rows), which is
/// what `lectern show --width 76 --height 22` and `--width 38 --height 18` print.
@Suite struct SeedPagesGoldenTests {
    static func pages(width: Int, height: Int) throws -> [[String]] {
        let text = try Fixtures.text(of: Fixtures.seedArticle)
        let document = Document(ArticleParser.parse(text, id: "02-breaking-free", path: "02-breaking-free.txt"))
        let paged = PagedText.text(ArticleLayout(document, width: width), document.passages, height: height)
        return paged.split(separator: "\n\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    static func compare(_ got: [[String]], _ expected: [[String]], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(got.count == expected.count, "\(got.count) pages, not \(expected.count)", sourceLocation: sourceLocation)
        for (index, (page, wanted)) in zip(got, expected).enumerated() where page != wanted {
            Issue.record(Comment(rawValue: "page \(index + 1) differs:\n" + page.joined(separator: "\n")),
                         sourceLocation: sourceLocation)
        }
    }

    @Test func at80x24() throws {
        Self.compare(try Self.pages(width: 76, height: 22), Self.pages80x24)
    }

    @Test func at40x20() throws {
        Self.compare(try Self.pages(width: 38, height: 18), Self.pages40x20)
    }

    /// The reader, paging through the seed in these terminals, shows these pages and nothing else.
    @Test(arguments: [(80, 24, 2), (40, 20, 1)])
    func theReaderShowsTheSamePages(columns: Int, rows: Int, margin: Int) throws {
        let text = try Fixtures.text(of: Fixtures.seedArticle)
        let reader = ReaderHarness([(id: "02-breaking-free", text: text)], columns: columns, rows: rows)
        reader.open("02-breaking-free")
        let expected = columns == 80 ? Self.pages80x24 : Self.pages40x20
        var shown: [[String]] = []
        for _ in expected {
            var page = reader.lines.dropFirst().dropLast().map { row in
                var line = String(row.dropFirst(margin))
                while line.last == " " { line.removeLast() }
                return line
            }
            while page.last?.isEmpty == true { page.removeLast() }
            shown.append(page)
            reader.press(.character(" "))
        }
        Self.compare(shown, expected)
    }
}

extension SeedPagesGoldenTests {
    static let pages80x24: [[String]] = [
        [
            "Breaking Free: How Ketamine Therapy May Help Release Trauma",
            "═══════════════════════════════════════════════════════════",
            "",
            "Trauma can be one of life's most profound teachers. Through our wounds,",
            "we often develop deeper empathy, resilience, and understanding of both",
            "ourselves and others. However, when trauma's lessons become trapped in",
            "our nervous system, they can prevent us from fully engaging with life and",
            "experiencing joy, connection, and peace in the present moment.",
            "",
            "\"The paradox of trauma is that it has both the power to destroy and the",
            "power to transform and resurrect,\" writes Dr. Peter A. Levine in his",
            "groundbreaking work \"Waking the Tiger.\" While trauma's teachings can be",
            "valuable, we ultimately need to process and release traumatic memories to",
            "live whole, authentic lives.",
            "",
            "The Challenge of Traumatic Memories",
            "───────────────────────────────────",
            "For many trauma survivors, especially those with Post-Traumatic Stress",
            "Disorder (PTSD), traumatic memories remain stubbornly present long after",
            "the danger has passed. These memories can trigger avoidance behaviors,",
            "hypervigilance, and difficulties with social connections – making it",
            "challenging to fully engage in life's precious moments.",
        ],
        [
            "Traditional exposure therapy, where patients gradually face trauma-related",
            "triggers in a safe environment, has been a standard treatment approach.",
            "However, research shows it may only be effective for a small percentage of",
            "PTSD patients. This has led scientists to explore new approaches for helping",
            "people process and release traumatic memories.",
            "",
            "A New Frontier: Ketamine-Assisted Therapy",
            "─────────────────────────────────────────",
            "Recent research published in 2024 offers hope through an innovative",
            "approach: ketamine-assisted therapy during memory reconsolidation. This",
            "groundbreaking study suggests that ketamine, when administered within a",
            "specific window after exposure to trauma-related memories, may help \"erase\"",
            "or significantly reduce the impact of traumatic memories.",
            "",
            "Here's how it works: When we recall a traumatic memory, it enters a",
            "temporary state where it can be modified – known as the \"reconsolidation",
            "window.\" This window typically lasts about six hours after the memory is",
            "activated. During this time, the memory is uniquely vulnerable to change,",
            "creating an opportunity for therapeutic intervention.",
        ],
        [
            "The research shows that administering ketamine during this window may help:",
            "",
            "  • Reduce the intensity of traumatic memories",
            "  • Decrease avoidance behaviors",
            "  • Improve social connections",
            "  • Create lasting positive changes in how the brain processes trauma-",
            "    related triggers",
            "",
            "The Science of Healing",
            "──────────────────────",
            "The study reveals that ketamine works through multiple pathways in the",
            "brain, particularly affecting areas responsible for emotional memory",
            "processing. It appears to help by:",
            "",
            "  • Modifying how traumatic memories are stored in the brain",
            "  • Reducing the activity of cells that hold onto traumatic memories",
            "  • Engaging the brain's natural reward system to help create new, more",
            "    positive associations",
            "",
            "This multi-faceted approach may explain why ketamine therapy shows promise",
            "where other treatments have fallen short.",
        ],
        [
            "Looking Forward: Hope for Healing",
            "─────────────────────────────────",
            "While this research is still emerging, it offers hope for trauma survivors",
            "seeking relief. Ketamine therapy, when properly administered within a",
            "therapeutic context, may provide a new path for processing and releasing",
            "traumatic memories while retaining the wisdom gained from these experiences.",
            "",
            "It's important to note that ketamine therapy should always be conducted",
            "under proper medical supervision and as part of a comprehensive treatment",
            "approach. This may include traditional therapy, mindfulness practices, and",
            "other healing modalities that support the body and mind's natural capacity",
            "for healing.",
            "",
            "The Journey of Release",
            "──────────────────────",
            "Releasing trauma doesn't mean forgetting or diminishing our experiences.",
            "Instead, it means creating space for new experiences while carrying forward",
            "the strength and wisdom we've gained. As author Bessel van der Kolk notes",
            "in \"The Body Keeps the Score,\" trauma is not just an event that took place",
            "sometime in the past; it is also the imprint left by that experience on",
            "mind, brain, and body.",
        ],
        [
            "Through innovative treatments like ketamine therapy, we may be able to",
            "soften that imprint while retaining the growth it inspired, allowing us to",
            "move forward with greater freedom and peace.",
            "",
            "────────────────────────────────────────────────────────────────────────────",
            "",
            "Note: This article is based on recent scientific research and is intended",
            "for informational purposes only. Please consult with qualified healthcare",
            "providers about treatment options appropriate for your specific situation.",
            "",
            "https://www.cell.com/neuron/fulltext/S0896-6273(24)00461-6",
            "",
            "Previous: New Research Reveals How Ketamine Works in the Brain: What This",
            "          Means for Patients",
            "Next:     Ketamine for PTSD: A New Hope for Healing?",
        ],
    ]

    static let pages40x20: [[String]] = [
        [
            "Breaking Free: How Ketamine Therapy",
            "May Help Release Trauma",
            "═══════════════════════════════════",
            "",
            "Trauma can be one of life's most",
            "profound teachers. Through our wounds,",
            "we often develop deeper empathy,",
            "resilience, and understanding of both",
            "ourselves and others. However, when",
            "trauma's lessons become trapped in",
            "our nervous system, they can prevent",
            "us from fully engaging with life and",
            "experiencing joy, connection, and",
            "peace in the present moment.",
            "",
            "\"The paradox of trauma is that it has",
            "both the power to destroy and the",
            "power to transform and resurrect,\"",
        ],
        [
            "writes Dr. Peter A. Levine in his",
            "groundbreaking work \"Waking the",
            "Tiger.\" While trauma's teachings can",
            "be valuable, we ultimately need to",
            "process and release traumatic memories",
            "to live whole, authentic lives.",
            "",
            "The Challenge of Traumatic Memories",
            "───────────────────────────────────",
            "For many trauma survivors, especially",
            "those with Post-Traumatic Stress",
            "Disorder (PTSD), traumatic memories",
            "remain stubbornly present long after",
            "the danger has passed. These memories",
            "can trigger avoidance behaviors,",
            "hypervigilance, and difficulties",
            "with social connections – making it",
        ],
        [
            "challenging to fully engage in life's",
            "precious moments.",
            "",
            "Traditional exposure therapy, where",
            "patients gradually face trauma-related",
            "triggers in a safe environment, has",
            "been a standard treatment approach.",
            "However, research shows it may only be",
            "effective for a small percentage of",
            "PTSD patients. This has led scientists",
            "to explore new approaches for helping",
            "people process and release traumatic",
            "memories.",
        ],
        [
            "A New Frontier: Ketamine-Assisted",
            "Therapy",
            "─────────────────────────────────",
            "Recent research published in 2024",
            "offers hope through an innovative",
            "approach: ketamine-assisted therapy",
            "during memory reconsolidation. This",
            "groundbreaking study suggests that",
            "ketamine, when administered within",
            "a specific window after exposure to",
            "trauma-related memories, may help",
            "\"erase\" or significantly reduce the",
            "impact of traumatic memories.",
            "",
            "Here's how it works: When we",
            "recall a traumatic memory, it",
            "enters a temporary state where it",
            "can be modified – known as the",
        ],
        [
            "\"reconsolidation window.\" This window",
            "typically lasts about six hours after",
            "the memory is activated. During",
            "this time, the memory is uniquely",
            "vulnerable to change, creating",
            "an opportunity for therapeutic",
            "intervention.",
            "",
            "The research shows that administering",
            "ketamine during this window may help:",
            "",
            "  • Reduce the intensity of traumatic",
            "    memories",
            "  • Decrease avoidance behaviors",
            "  • Improve social connections",
            "  • Create lasting positive changes in",
            "    how the brain processes trauma-",
            "    related triggers",
        ],
        [
            "The Science of Healing",
            "──────────────────────",
            "The study reveals that ketamine works",
            "through multiple pathways in the",
            "brain, particularly affecting areas",
            "responsible for emotional memory",
            "processing. It appears to help by:",
            "",
            "  • Modifying how traumatic memories",
            "    are stored in the brain",
            "  • Reducing the activity of cells",
            "    that hold onto traumatic memories",
            "  • Engaging the brain's natural",
            "    reward system to help create new,",
            "    more positive associations",
            "",
            "This multi-faceted approach may",
            "explain why ketamine therapy shows",
        ],
        [
            "promise where other treatments have",
            "fallen short.",
            "",
            "Looking Forward: Hope for Healing",
            "─────────────────────────────────",
            "While this research is still emerging,",
            "it offers hope for trauma survivors",
            "seeking relief. Ketamine therapy,",
            "when properly administered within a",
            "therapeutic context, may provide a",
            "new path for processing and releasing",
            "traumatic memories while retaining the",
            "wisdom gained from these experiences.",
            "",
            "It's important to note that ketamine",
            "therapy should always be conducted",
            "under proper medical supervision and",
            "as part of a comprehensive treatment",
        ],
        [
            "approach. This may include traditional",
            "therapy, mindfulness practices, and",
            "other healing modalities that support",
            "the body and mind's natural capacity",
            "for healing.",
            "",
            "The Journey of Release",
            "──────────────────────",
            "Releasing trauma doesn't mean",
            "forgetting or diminishing our",
            "experiences. Instead, it means",
            "creating space for new experiences",
            "while carrying forward the strength",
            "and wisdom we've gained. As author",
            "Bessel van der Kolk notes in \"The Body",
            "Keeps the Score,\" trauma is not just",
            "an event that took place sometime in",
            "the past; it is also the imprint left",
        ],
        [
            "by that experience on mind, brain, and",
            "body.",
            "",
            "Through innovative treatments like",
            "ketamine therapy, we may be able to",
            "soften that imprint while retaining",
            "the growth it inspired, allowing us to",
            "move forward with greater freedom and",
            "peace.",
            "",
            "──────────────────────────────────────",
            "",
            "Note: This article is based on",
            "recent scientific research and is",
            "intended for informational purposes",
            "only. Please consult with qualified",
            "healthcare providers about treatment",
        ],
        [
            "options appropriate for your specific",
            "situation.",
            "",
            "https://www.cell.com/neuron/fulltext/S",
            "0896-6273(24)00461-6",
            "",
            "Previous: New Research Reveals How",
            "          Ketamine Works in the Brain:",
            "          What This Means for Patients",
            "Next:     Ketamine for PTSD: A New",
            "          Hope for Healing?",
        ],
    ]
}
