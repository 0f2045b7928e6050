import LecternTestSupport
import Testing
@testable import LecternCore

/// `Parallel.forEachInOrder` hands every result over once, in order, and stops when told to.
@Suite struct ParallelInOrderTests {
    @Test func everyResultIsConsumedOnceInOrder() {
        for seed in PropertySeeds.range(default: 60) {
            var random = SeededRandom(seed: seed)
            let count = random.next(upTo: 40)
            let start = random.next(upTo: 5)
            // Uneven items, so that later ones are often done before earlier ones.
            let spins = (0..<count).map { _ in random.next(upTo: 20_000) }
            var consumed: [Int] = []
            Parallel.forEachInOrder(start..<(start + count), window: 1 + random.next(upTo: 6)) { index in
                var sum = 0
                for step in 0..<spins[index - start] { sum &+= step }
                return (index, sum)
            } consume: { result in
                consumed.append(result.0)
                return true
            }
            #expect(consumed == Array(start..<(start + count)), "seed \(seed)")
        }
    }

    @Test func aRunStoppedWithItemsTakenEndsCleanly() {
        // Items taken after the stop are made but never consumed: freeing the queue must not
        // trap (libdispatch checks that a semaphore ends no lower than it started), as a write
        // to a closed pipe with SIGPIPE ignored made `show | head` and `list | head` do.
        for _ in 0..<300 {
            var consumed = 0
            // The first item slow, so that the other worker takes and makes the next ones meanwhile.
            Parallel.forEachInOrder(0..<64, window: 8) { index in
                var sum = 0
                for step in 0..<(index == 0 ? 200_000 : 10) { sum &+= step }
                return sum
            } consume: { _ in
                consumed += 1
                return false
            }
            #expect(consumed == 1)
        }
    }

    @Test func consumingStopsWhenConsumeReturnsFalse() {
        for seed in PropertySeeds.range(default: 60) {
            var random = SeededRandom(seed: seed)
            let count = 1 + random.next(upTo: 40)
            let stop = random.next(upTo: count)
            var consumed: [Int] = []
            Parallel.forEachInOrder(0..<count, window: 1 + random.next(upTo: 6)) { $0 } consume: { index in
                consumed.append(index)
                return index != stop
            }
            #expect(consumed == Array(0...stop), "seed \(seed)")
        }
    }
}
