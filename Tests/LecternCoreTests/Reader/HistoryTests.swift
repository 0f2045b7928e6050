import Testing
@testable import LecternCore

@Suite struct HistoryTests {
    @Test func aNewVisitDropsTheForwardEntries() {
        var history = History<String>()
        for place in ["a", "b", "c"] { history.visit(place) }
        #expect(history.back() == "b")
        #expect(history.back() == "a")
        history.visit("d")
        #expect(history.locations == ["a", "d"])
        #expect(history.forward() == nil)
        #expect(history.back() == "a")
        #expect(history.forward() == "d")
    }

    @Test func itKeepsExactlyItsCapacity() {
        var history = History<Int>(capacity: 3)
        for place in 1...3 { history.visit(place) }
        #expect(history.locations == [1, 2, 3])
        history.visit(4)
        #expect(history.locations == [2, 3, 4])
        #expect(history.current == 4)
        #expect(history.back() == 3)
        #expect(history.back() == 2)
        #expect(history.back() == nil)
    }

    @Test func updateReplacesOnlyTheCurrentPlace() {
        var history = History<String>()
        history.update("nowhere")
        #expect(history.locations.isEmpty)
        history.visit("a")
        history.visit("b")
        _ = history.back()
        history.update("a2")
        #expect(history.locations == ["a2", "b"])
    }
}
