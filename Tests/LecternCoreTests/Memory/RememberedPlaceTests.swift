import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// A remembered place holds across terminal widths and finds its way in an edited article.
@Suite struct RememberedPlaceTests {
    /// The top of the screen at one width, remembered, then laid out at another: the word that
    /// was at the top is on the screen, whatever the widths and the screen's height.
    @Test func theWordAtTheTopStaysOnScreenAcrossWidths() throws {
        let seed = Document(ArticleParser.parse(try Fixtures.text(of: Fixtures.seedArticle), id: "seed", path: "seed.txt"))
        for run in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: run)
            let document = run % 3 == 0 ? seed : LayoutPropertyTests.randomDocument(&random)
            let height = 3 + random.next(upTo: 40)
            let before = ArticleLayout(document, width: 20 + random.next(upTo: 120))
            let pagesBefore = Pages(before.lines, height: height)
            let top = min(random.next(upTo: before.lines.count), pagesBefore.lastStart)
            let word = before.position(atLine: top)
            let place = RememberedPlace(word, in: document)
            let after = ArticleLayout(document, width: 20 + random.next(upTo: 120))
            let mapped = place.position(in: document)
            #expect(mapped == word, "seed \(run)")
            let line = after.lineIndex(containing: mapped)
            let span = try #require(after.lines[line].span, "seed \(run)")
            #expect(span.passage == word.passage && span.range.contains(word.offset), "seed \(run): the word is on the line")
            // The reader keeps the line at the top, short of the last page's start.
            let newTop = min(line, Pages(after.lines, height: height).lastStart)
            #expect(newTop <= line && line < newTop + height, "seed \(run): the line is on the screen")
        }
    }

    static let original = """
        How Memories Settle

        The first paragraph sets the scene with a few plain words.

        The second paragraph is where the reader stopped, halfway through the article.

        The third paragraph closes the piece with a last thought.
        """

    static func document(_ text: String) -> Document {
        Document(ArticleParser.parse(text, id: "a", path: "a.txt"))
    }

    /// The place at the start of the passage that begins with `prefix`.
    static func place(at prefix: String, in text: String) throws -> (RememberedPlace, Document) {
        let document = document(text)
        let passage = try #require(document.passages.firstIndex { $0.hasPrefix(prefix) })
        return (RememberedPlace(TextPosition(passage: passage, offset: 0), in: document), document)
    }

    static func text(at position: TextPosition, in document: Document) -> Substring {
        let passage = document.passages[position.passage]
        return passage[passage.utf8.index(passage.utf8.startIndex, offsetBy: position.offset)...]
    }

    @Test func anUnchangedArticleGivesTheSamePlace() throws {
        let (place, document) = try Self.place(at: "The second", in: Self.original)
        #expect(place.anchor == "The second paragraph is where the reader")
        #expect(place.position(in: document) == TextPosition(passage: 2, offset: 0))
    }

    @Test func aPassageAddedBeforeMovesThePlaceWithItsText() throws {
        let (place, _) = try Self.place(at: "The second", in: Self.original)
        let edited = Self.original.replacingOccurrences(
            of: "The first", with: "A new opening paragraph.\n\nA heading\n\nThe first")
        let document = Self.document(edited)
        let position = place.position(in: document)
        #expect(Self.text(at: position, in: document).hasPrefix("The second paragraph"))
    }

    @Test func wordsAddedEarlierInTheSamePassageAreFollowed() throws {
        let document = Self.document(Self.original)
        let offset = Array(document.passages[2].utf8).count - "halfway through the article.".utf8.count
        let place = RememberedPlace(TextPosition(passage: 2, offset: offset), in: document)
        let edited = Self.document(Self.original.replacingOccurrences(of: "is where", with: "is, as it happens, where"))
        #expect(Self.text(at: place.position(in: edited), in: edited) == "halfway through the article.")
    }

    @Test func aSentenceEditedAfterItsFirstWordsIsStillFound() throws {
        let (place, _) = try Self.place(at: "The second", in: Self.original)
        let edited = Self.document(Self.original.replacingOccurrences(of: "where the reader stopped", with: "where one paused"))
        #expect(Self.text(at: place.position(in: edited), in: edited).hasPrefix("The second paragraph is where one"))
    }

    @Test func ofRepeatedTextTheOccurrenceNearestTheOldPlaceWins() throws {
        let repeated = (1...6).map { "Section \($0)\n\nThe same refrain comes back again and again here." }.joined(separator: "\n\n")
        let text = "Refrains\n\n" + repeated
        let document = Self.document(text)
        let fifth = try #require(document.passages.indices.filter { document.passages[$0].hasPrefix("The same refrain") }.dropFirst(4).first)
        let place = RememberedPlace(TextPosition(passage: fifth, offset: 0), in: document)
        // An introduction added at the top: the exact offset no longer holds the refrain.
        let edited = Self.document("Refrains\n\nAn introduction of some length, added later.\n\n" + repeated)
        let position = place.position(in: edited)
        #expect(edited.passages[position.passage].hasPrefix("The same refrain"))
        #expect(edited.passages[position.passage - 1] == "Section 5")
    }

    @Test func whenTheTextIsGoneTheSameFractionIsUsedAtAWordStart() throws {
        let (place, _) = try Self.place(at: "The third", in: Self.original)
        let rewritten = Self.document("""
            How Memories Settle

            Entirely new words fill this article now, with nothing left of the old text at all, \
            and they go on for a while so that there is room to land somewhere in the middle.
            """)
        let position = place.position(in: rewritten)
        #expect(position.passage == 1)
        let passage = Array(rewritten.passages[1].utf8)
        #expect(position.offset > 0 && position.offset < passage.count)
        #expect(passage[position.offset - 1] == UInt8(ascii: " "), "at the start of a word")
    }

    @Test func aShortenedArticleNeverGoesPastTheEnd() throws {
        let (place, _) = try Self.place(at: "The third", in: Self.original)
        for text in ["How Memories Settle", "How Memories Settle\n\nOne line.", "", "\u{00}\u{01}"] {
            let document = Self.document(text)
            let position = place.position(in: document)
            if document.passages.isEmpty {
                #expect(position == .start)
            } else {
                #expect(position.passage < document.passages.count)
                #expect(position.offset <= document.passages[position.passage].utf8.count)
            }
        }
        #expect(place.position(in: Document(elements: [], passages: [])) == .start)
    }

    /// Random places and random edits: the result is always a real position on a scalar
    /// boundary, so the layout can find its line.
    @Test func anyEditGivesAValidPosition() {
        for run in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: run)
            let document = LayoutPropertyTests.randomDocument(&random)
            let layout = ArticleLayout(document, width: 20 + random.next(upTo: 60))
            let place = RememberedPlace(layout.position(atLine: random.next(upTo: layout.lines.count)), in: document)
            var edited = document
            for _ in 0..<(1 + random.next(upTo: 4)) where !edited.passages.isEmpty {
                let index = random.next(upTo: edited.passages.count)
                switch random.next(upTo: 3) {
                case 0: edited.passages[index] = LayoutPropertyTests.randomText(&random, words: 1 + random.next(upTo: 30))
                case 1: edited.passages[index] = String(edited.passages[index].prefix(random.next(upTo: 10)))
                default: edited.passages.removeLast(random.next(upTo: edited.passages.count))
                }
            }
            edited.elements = edited.passages.indices.map { Document.Element.paragraph($0) }
            edited.footerStart = edited.passages.count
            let position = place.position(in: edited)
            guard !edited.passages.isEmpty else {
                #expect(position == .start, "seed \(run)")
                continue
            }
            #expect(position.passage >= 0 && position.passage < edited.passages.count, "seed \(run)")
            let passage = edited.passages[position.passage]
            #expect(position.offset >= 0 && position.offset <= passage.utf8.count, "seed \(run)")
            #expect(passage.utf8.index(passage.utf8.startIndex, offsetBy: position.offset).samePosition(in: passage.unicodeScalars) != nil,
                    "seed \(run): on a scalar boundary")
            _ = ArticleLayout(edited, width: 30).lineIndex(containing: position)
        }
    }

    @Test func anchorsAreCutAtAWordOrAScalar() {
        let long = Document(elements: [.paragraph(0)], passages: [String(repeating: "漢", count: 40)])
        let place = RememberedPlace(.start, in: long)
        #expect(place.anchor == String(repeating: "漢", count: 16), "48 bytes of three-byte characters")
        let words = Document(elements: [.paragraph(0)], passages: [String(repeating: "word ", count: 20)])
        #expect(RememberedPlace(.start, in: words).anchor == String(repeating: "word ", count: 8) + "word", "cut at the last space within 48 bytes")
    }
}
