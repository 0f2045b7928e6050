import Dispatch
import Foundation

/// Work on independent items spread over the machine's cores.
enum Parallel {
    /// `transform` of each index of `indices`, in order, computed on all cores. Indices are
    /// handed out in small batches (`batch` at a time) from a shared counter, so a slow item
    /// holds up no other; large items (pieces of one long article) go one at a time.
    static func map<T>(_ indices: Range<Int>, batch: Int = 8, _ transform: (Int) -> T) -> [T] {
        let count = indices.count
        guard count > 1 else { return indices.map(transform) }
        var results = [T?](repeating: nil, count: count)
        let workers = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let next = Counter()
        results.withUnsafeMutableBufferPointer { slots in
            let slots = UnsafeSendable(slots)
            withoutActuallyEscaping(transform) { transform in
                let work = UnsafeSendable(transform)
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while true {
                        let first = next.take(batch)
                        guard first < count else { return }
                        for offset in first..<min(first + batch, count) {
                            slots.value[offset] = work.value(indices.lowerBound + offset)
                        }
                    }
                }
            }
        }
        return results.map { $0! }
    }

    /// A shared counter: each `take` returns the value before adding `step`.
    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()

        func take(_ step: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            let taken = value
            value += step
            return taken
        }
    }
}

/// Lets a value cross into `concurrentPerform`'s workers, which use it on disjoint parts only.
struct UnsafeSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
