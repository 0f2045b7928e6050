import Testing
@testable import LecternCore

@Suite struct SearchResultsTests {
    let passages = ["Cats", "A cat and a cat.", "No felines here.", "Concatenate"]
    var results: SearchResults { SearchResults(query: SearchQuery("cat")!, passages: passages) }

    func position(_ passage: Int, _ offset: Int) -> TextPosition { TextPosition(passage: passage, offset: offset) }

    @Test func collectsMatchesInTextOrder() {
        #expect(results.count == 4)
        #expect(results.matches == [
            TextSpan(passage: 0, range: 0..<3),
            TextSpan(passage: 1, range: 2..<5),
            TextSpan(passage: 1, range: 12..<15),
            TextSpan(passage: 3, range: 3..<6),
        ])
    }

    @Test func nextFindsTheMatchAtOrAfterAPosition() {
        #expect(results.next(from: .start, strictly: false)! == (0, false))
        #expect(results.next(from: position(1, 2), strictly: false)! == (1, false))
        #expect(results.next(from: position(1, 3), strictly: false)! == (2, false))
        #expect(results.next(from: position(2, 0), strictly: false)! == (3, false))
    }

    @Test func nextStrictlySkipsTheMatchAtThePosition() {
        #expect(results.next(from: position(1, 2), strictly: true)! == (2, false))
        #expect(results.next(from: .start, strictly: true)! == (1, false))
    }

    @Test func nextWrapsToTheFirst() {
        #expect(results.next(from: position(3, 3), strictly: true)! == (0, true))
        #expect(results.next(from: position(3, 4), strictly: false)! == (0, true))
        #expect(results.next(from: position(9, 0), strictly: false)! == (0, true))
    }

    @Test func previousFindsTheMatchStrictlyBefore() {
        #expect(results.previous(from: position(1, 12))! == (1, false))
        #expect(results.previous(from: position(1, 13))! == (2, false))
        #expect(results.previous(from: position(3, 0))! == (2, false))
    }

    @Test func previousWrapsToTheLast() {
        #expect(results.previous(from: .start)! == (3, true))
        #expect(results.previous(from: position(9, 0))! == (3, false))
    }

    @Test func noMatchesMeansNoNextOrPrevious() {
        let none = SearchResults(query: SearchQuery("dog")!, passages: passages)
        #expect(none.count == 0)
        #expect(none.next(from: .start, strictly: false) == nil)
        #expect(none.previous(from: .start) == nil)
    }

    @Test func agreesWithALinearScanAtEveryPosition() {
        let matches = results.matches
        for passage in 0..<passages.count {
            for offset in 0...passages[passage].utf8.count {
                let here = position(passage, offset)
                let atOrAfter = matches.firstIndex { $0.start >= here }
                #expect(results.next(from: here, strictly: false)!.index == atOrAfter ?? 0)
                let after = matches.firstIndex { $0.start > here }
                #expect(results.next(from: here, strictly: true)!.index == after ?? 0)
                let before = matches.lastIndex { $0.start < here }
                #expect(results.previous(from: here)!.index == before ?? matches.count - 1)
            }
        }
    }
}
