import LecternTestSupport
import Testing
@testable import LecternCore

/// The text of every match of `query` in `text`, checking that each range lies on scalar boundaries.
func matchedTexts(_ query: String, in text: String) -> [String] {
    guard let query = SearchQuery(query) else { return [] }
    return query.ranges(in: text).map { range in
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        // Fails (nil) when a range cuts a scalar's bytes.
        return String(text.utf8[start..<end]) ?? "<not on a scalar boundary>"
    }
}

@Suite struct SearchMatchingTests {
    @Test func asciiIsCaseInsensitiveByDefault() {
        #expect(matchedTexts("the", in: "The cat, THE hat, theory.") == ["The", "THE", "the"])
    }

    @Test func upperCaseInTheQueryMakesItCaseSensitive() {
        #expect(matchedTexts("The", in: "The cat, THE hat, theory.") == ["The"])
    }

    @Test func rangesAreUTF8Offsets() {
        #expect(SearchQuery("cat")?.ranges(in: "é cat cat") == [3..<6, 7..<10])
        #expect(SearchQuery("漢字")?.ranges(in: "これは漢字です。漢字") == [9..<15, 24..<30])
    }

    @Test func accentedLatin() {
        #expect(matchedTexts("été", in: "Été, ÉTÉ, été, ete") == ["Été", "ÉTÉ", "été"])
        #expect(matchedTexts("ÉTÉ", in: "Été, ÉTÉ, été") == ["ÉTÉ"])
    }

    @Test func sharpS() {
        #expect(matchedTexts("straße", in: "Straße, STRAẞE, STRASSE") == ["Straße", "STRAẞE"])
    }

    @Test func greekWithFinalSigma() {
        #expect(matchedTexts("λόγος", in: "ΛΌΓΟΣ και λόγοσ και λόγος") == ["ΛΌΓΟΣ", "λόγοσ", "λόγος"])
    }

    @Test func firstLetterWithSeveralNonASCIIForms() {
        #expect(matchedTexts("σ", in: "Σ and σ and ς") == ["Σ", "σ", "ς"])
        #expect(matchedTexts("kelvin", in: "a long prefix, then \u{212A}ELVIN and kelvin") == ["\u{212A}ELVIN", "kelvin"])
    }

    @Test func cyrillic() {
        #expect(matchedTexts("привет", in: "ПРИВЕТ, Привет, привет!") == ["ПРИВЕТ", "Привет", "привет"])
    }

    @Test func cjkHasNoCase() {
        #expect(matchedTexts("漢字", in: "これは漢字です。漢字！") == ["漢字", "漢字"])
        #expect(matchedTexts("字漢", in: "漢字です") == [])
    }

    @Test func longSMatchesS() {
        #expect(matchedTexts("st", in: "ſt and ST") == ["ſt", "ST"])
    }

    @Test func decomposedQueryMatchesPrecomposedText() {
        #expect(matchedTexts("cafe\u{301}", in: "Un café noir") == ["café"])
        #expect(matchedTexts("CAFE\u{301}", in: "CAFÉ café") == ["CAFÉ"])
    }

    @Test func matchNeverEndsInsideACluster() {
        #expect(matchedTexts("x", in: "x\u{301}") == [])
        #expect(SearchQuery("x")?.ranges(in: "x\u{301}x") == [3..<4])
        #expect(matchedTexts("👨", in: "👨\u{200D}👩") == [])
        #expect(matchedTexts("👍", in: "👍\u{1F3FD} 👍") == ["👍"])
        #expect(matchedTexts("e", in: "é") == [])
    }

    @Test(arguments: ["hello\nworld", "hello   world", "hello \n world", "hello\tworld", "hello\u{A0}world", "hello\r\nworld"])
    func spaceMatchesAnyWhiteSpaceRun(text: String) {
        #expect(matchedTexts("hello world", in: text) == [text])
    }

    @Test func spaceNeedsWhiteSpace() {
        #expect(matchedTexts("hello world", in: "helloworld hello-world") == [])
    }

    @Test func matchesDoNotOverlap() {
        #expect(SearchQuery("aaa")?.ranges(in: "aaaa") == [0..<3])
        #expect(SearchQuery("aa")?.ranges(in: "aaaaa") == [0..<2, 2..<4])
        #expect(SearchQuery("aba")?.ranges(in: "ababa") == [0..<3])
    }

    @Test func noMatchInEmptyOrShortText() {
        #expect(SearchQuery("abc")?.ranges(in: "") == [])
        #expect(SearchQuery("abc")?.ranges(in: "ab") == [])
        #expect(SearchQuery("a b")?.ranges(in: "a ") == [])
    }

    /// Compares with a slow reference that folds every text scalar, over random mixed-script text.
    @Test func agreesWithAReferenceMatcher() {
        var random = SeededRandom(seed: 7)
        let pieces = ["a", "A", "b", "é", "É", "e\u{301}", "ß", "ẞ", "σ", "ς", "Σ", "ж", "Ж", "漢", "ſ", "s", "S",
                      " ", "  ", "\n", " \n", "\t", "\u{A0}", "x\u{301}", "👍", "\u{1F3FD}", "k", "K"]
        for _ in 0..<400 {
            let text = Normalization.nfc((0..<random.next(upTo: 40)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined())
            let scalars = Array(text.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            let start = random.next(upTo: scalars.count)
            let length = 1 + random.next(upTo: min(4, scalars.count - start))
            var queryText = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
            if random.next(upTo: 2) == 0 { queryText = queryText.lowercased() }
            guard let query = SearchQuery(queryText) else { continue }
            #expect(query.ranges(in: text) == referenceRanges(query, text), "query \(queryText.debugDescription) in \(text.debugDescription)")
        }
    }
}

/// Scalar-by-scalar matching that folds the text itself instead of precomputing variants.
private func referenceRanges(_ query: SearchQuery, _ text: String) -> [Range<Int>] {
    func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        query.isCaseSensitive ? a == b : CaseFolding.fold(a) == CaseFolding.fold(b)
    }
    let textScalars = Array(text.unicodeScalars)
    let offsets = textScalars.reduce(into: [0]) { $0.append($0.last! + UTF8.width($1)) }
    let queryScalars = Array(query.text.unicodeScalars)
    var found: [Range<Int>] = []
    var i = 0
    candidates: while i < textScalars.count {
        var j = i
        for q in queryScalars {
            if q == " " {
                let runStart = j
                while j < textScalars.count, textScalars[j].properties.isWhitespace { j += 1 }
                if j == runStart { i += 1; continue candidates }
            } else if j < textScalars.count, same(q, textScalars[j]) {
                j += 1
            } else {
                i += 1; continue candidates
            }
        }
        if j < textScalars.count, !isClusterBoundary(text, at: offsets[j]) { i += 1; continue }
        found.append(offsets[i]..<offsets[j])
        i = j
    }
    return found
}

/// Whether a cluster of `text` (as layout cuts them) starts at UTF-8 offset `offset`.
private func isClusterBoundary(_ text: String, at offset: Int) -> Bool {
    var text = text
    return text.withUTF8 { ClusterScanner.isBoundary(in: $0, at: offset) }
}
