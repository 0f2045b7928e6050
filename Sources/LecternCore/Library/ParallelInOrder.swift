import Dispatch
import Synchronization

extension Parallel {
    /// `transform` of each index of `indices` on all cores, each result handed to `consume` in
    /// order as soon as it and every one before it are done, by the worker that finished the last
    /// of them; `consume` returning false stops the work. Unlike a `map` in rounds, no core waits
    /// for the slowest item of a round while the results are consumed, and no more than `window`
    /// results are made ahead of the one consumed.
    static func forEachInOrder<T>(_ indices: Range<Int>, window: Int, _ transform: (Int) -> T,
                                  consume: (T) -> Bool) {
        let workers = Self.workers(for: indices.count)
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

/// The shared state of `forEachInOrder`: which item to make next, which results are made but
/// not yet consumed, and whether a worker is consuming them now (one at a time, in order). Each
/// result is written once into its slot, and read once, after the lock says it is there.
private final class InOrderQueue<T>: @unchecked Sendable {
    private struct State {
        var nextToTake = 0
        var nextToConsume = 0
        var isReady: [Bool]
        var isConsuming = false
        var isStopped = false
    }

    private let count: Int
    private let window: Int
    private let state: Mutex<State>
    private let results: UnsafeMutablePointer<T?>
    /// Items taken and not yet consumed, at most the window.
    private let ahead: DispatchSemaphore

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
        state = Mutex(State(isReady: [Bool](repeating: false, count: count)))
        results = .allocate(capacity: count)
        results.initialize(repeating: nil, count: count)
        ahead = DispatchSemaphore(value: window)
    }

    deinit {
        // libdispatch traps when a semaphore is freed with a value below the one it started
        // with: after a stop, the items taken and made but never consumed gave no place back.
        // With no worker left, giving back a whole window more is always enough.
        for _ in 0..<window { ahead.signal() }
        results.deinitialize(count: count)
        results.deallocate()
    }

    /// The next item to make, or nil when there is none left or the work has stopped.
    func take() -> Int? {
        ahead.wait()
        let taken: Int? = state.withLock { state in
            guard !state.isStopped, state.nextToTake < count else { return nil }
            state.nextToTake += 1
            return state.nextToTake - 1
        }
        if taken == nil { ahead.signal() }  // lets the other workers see the end too
        return taken
    }

    /// Stores a result; unless another worker is consuming (it will come to this one), consumes
    /// every result in order from the next one to consume that is ready.
    func finish(_ offset: Int, _ result: T, consume: (T) -> Bool) {
        results[offset] = result
        var next: Int? = state.withLock { state in
            state.isReady[offset] = true
            guard !state.isConsuming else { return nil }
            state.isConsuming = true
            return Self.nextReady(&state, count: count)
        }
        while let index = next {
            let goesOn = consume(results[index].take()!)
            ahead.signal()
            next = state.withLock { state in
                if !goesOn {
                    state.isStopped = true
                    ahead.signal()  // a worker waiting to take an item learns that there is none
                }
                return Self.nextReady(&state, count: count)
            }
        }
    }

    /// The next result to consume if it is ready, marked consumed; otherwise nil, and this
    /// worker stops consuming (the one that finishes that result will).
    private static func nextReady(_ state: inout State, count: Int) -> Int? {
        guard !state.isStopped, state.nextToConsume < count, state.isReady[state.nextToConsume] else {
            state.isConsuming = false
            return nil
        }
        state.nextToConsume += 1
        return state.nextToConsume - 1
    }
}
