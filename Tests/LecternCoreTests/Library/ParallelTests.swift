import Synchronization
import Testing
@testable import LecternCore

/// `Parallel.map` puts each result in its item's place, and runs the work beside the items once.
@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 2, 7, 8, 9, 1_000])
    func resultsInOrderAndTheSideWorkOnce(count: Int) {
        let runs = Atomic(0)
        var sorted: [Int] = []
        let squares = Parallel.map(0..<count, alongside: {
            runs.add(1, ordering: .relaxed)
            sorted = (0..<count).reversed()
        }) { $0 * $0 }
        #expect(squares == (0..<count).map { $0 * $0 })
        #expect(runs.load(ordering: .relaxed) == 1)
        #expect(sorted == Array((0..<count).reversed()))
        // A range that does not start at zero, and strings (a type that is retained).
        #expect(Parallel.map(5..<(5 + count)) { String($0) } == (5..<(5 + count)).map { String($0) })
    }
}
