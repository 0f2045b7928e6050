import Dispatch
import FoundationEssentials
import Synchronization

/// Work on independent items spread over the machine's cores.
enum Parallel {
    /// `transform` of each index of `indices`, in order, computed on all cores. Indices are
    /// handed out in small batches (`batch` at a time) from a shared counter, so a slow item
    /// holds up no other; large items (pieces of one long article) go one at a time.
    static func map<T>(_ indices: Range<Int>, batch: Int = 8, _ transform: (Int) -> T) -> [T] {
        map(indices, batch: batch, alongside: {}, transform)
    }

    /// `body` of each index of `indices`, on all cores (work done in place).
    static func forEach(_ indices: Range<Int>, batch: Int = 8, _ body: (Int) -> Void) {
        _ = map(indices, batch: batch, body)
    }

    /// The same, with `first` run once meanwhile, by one worker before it joins the others:
    /// work that needs none of the items (a sort of their names) then takes no time of its own.
    static func map<T>(_ indices: Range<Int>, batch: Int = 8, alongside first: () -> Void, _ transform: (Int) -> T) -> [T] {
        withoutActuallyEscaping(first) { first in
            let firstWork = UnsafeSendable(first)
            return results(indices, batch: batch, alongside: first, scratch: {}, { _, index in transform(index) }) { workers, work in
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    if worker == 0 { firstWork.value() }
                    work()
                }
            }
        }
    }

    /// `transform` of each index of `indices`, in order, written straight into its place by
    /// `run`'s workers (`run` gets how many there should be), each taking batches from a shared
    /// counter until none are left; no workers for one item or none, and `first` run here then.
    /// Each worker makes its own `scratch` once and hands it to `transform` for every item it
    /// takes (room that one item uses and the next may use again).
    static func results<T, Scratch>(_ indices: Range<Int>, batch: Int, alongside first: () -> Void,
                                    scratch makeScratch: () -> Scratch, _ transform: (inout Scratch, Int) -> T,
                                    run: (_ workers: Int, _ work: @Sendable () -> Void) -> Void) -> [T] {
        let count = indices.count
        guard count > 1 else {
            first()
            var scratch = makeScratch()
            return indices.map { transform(&scratch, $0) }
        }
        let next = Counter()
        // Each result is written once, straight into its place: no optionals to unwrap and copy.
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = UnsafeSendable(buffer.baseAddress!)
            withoutActuallyEscaping(transform) { transform in
                withoutActuallyEscaping(makeScratch) { makeScratch in
                    let (transform, makeScratch) = (UnsafeSendable(transform), UnsafeSendable(makeScratch))
                    run(Self.workers(for: count)) {
                        var scratch = makeScratch.value()
                        while true {
                            let start = next.take(batch)
                            guard start < count else { return }
                            for offset in start..<min(start + batch, count) {
                                (slots.value + offset).initialize(to: transform.value(&scratch, indices.lowerBound + offset))
                            }
                        }
                    }
                }
            }
            initialized = count
        }
    }

    /// As many workers as cores, but no more than items.
    static func workers(for count: Int) -> Int {
        min(count, max(1, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// A shared counter: each `take` returns the value before adding `step`.
    private final class Counter: Sendable {
        private let value = Atomic(0)

        func take(_ step: Int) -> Int {
            value.wrappingAdd(step, ordering: .relaxed).oldValue
        }
    }
}

/// Lets a value cross into `concurrentPerform`'s workers, which use it on disjoint parts only.
struct UnsafeSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
