import Dispatch
import Foundation

extension Parallel {
    /// `transform` of each index of `indices` on all cores, each result handed to `consume` in
    /// order as soon as it and every one before it are done, by the worker that finished the last
    /// of them; `consume` returning false stops the work. Unlike a `map` in rounds, no core waits
    /// for the slowest item of a round while the results are consumed, and no more than `window`
    /// results are made ahead of the one consumed.
    static func forEachInOrder<T>(_ indices: Range<Int>, window: Int, _ transform: (Int) -> T,
                                  consume: (T) -> Bool) {
        let workers = min(indices.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        guard workers > 1 else {
            for index in indices where !consume(transform(index)) { return }
            return
        }
        let queue = InOrderQueue<T>(count: indices.count, window: max(window, workers))
        withoutActuallyEscaping(transform) { transform in
            withoutActuallyEscaping(consume) { consume in
                let (work, use) = (UnsafeSendable(transform), UnsafeSendable(consume))
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while let offset = queue.take() {
                        queue.finish(offset, work.value(indices.lowerBound + offset), consume: use.value)
                    }
                }
            }
        }
    }
}

/// The shared state of `forEachInOrder`: which item to make next, the results made but not yet
/// consumed, and whether a worker is consuming them now (one at a time, in order).
private final class InOrderQueue<T>: @unchecked Sendable {
    private let count: Int
    private var nextToTake = 0
    private var nextToConsume = 0
    private var done: [T?]
    private var isConsuming = false
    private var isStopped = false
    private let lock = NSLock()
    /// Items taken and not yet consumed, at most the window.
    private let ahead: DispatchSemaphore

    init(count: Int, window: Int) {
        self.count = count
        done = [T?](repeating: nil, count: count)
        ahead = DispatchSemaphore(value: window)
    }

    /// The next item to make, or nil when there is none left or the work has stopped.
    func take() -> Int? {
        ahead.wait()
        lock.lock()
        defer { lock.unlock() }
        guard !isStopped, nextToTake < count else {
            ahead.signal()  // lets the other workers see the end too
            return nil
        }
        nextToTake += 1
        return nextToTake - 1
    }

    /// Stores a result; unless another worker is consuming (it will come to this one), consumes
    /// every result in order from the next one to consume that is ready.
    func finish(_ offset: Int, _ result: T, consume: (T) -> Bool) {
        lock.lock()
        done[offset] = result
        guard !isConsuming else { return lock.unlock() }
        isConsuming = true
        while !isStopped, nextToConsume < count, let next = done[nextToConsume] {
            done[nextToConsume] = nil
            nextToConsume += 1
            lock.unlock()
            let goesOn = consume(next)
            ahead.signal()
            lock.lock()
            if !goesOn {
                isStopped = true
                ahead.signal()  // a worker waiting to take an item learns that there is none
            }
        }
        isConsuming = false
        lock.unlock()
    }
}
