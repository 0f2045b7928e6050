import Synchronization

/// Where background work leaves its events for the input loop, which takes them between reads.
/// It also counts the jobs still running, so the loop can read keys with a short wait meanwhile.
final class Inbox: Sendable {
    private struct Contents {
        var events: [ReaderEvent] = []
        var running = 0
    }

    private let contents = Mutex(Contents())

    func post(_ event: ReaderEvent) {
        contents.withLock { $0.events.append(event) }
    }

    func jobStarted() { contents.withLock { $0.running += 1 } }
    func jobEnded() { contents.withLock { $0.running -= 1 } }

    /// Work is running or its results wait to be taken.
    var isBusy: Bool { contents.withLock { $0.running > 0 || !$0.events.isEmpty } }

    func take() -> [ReaderEvent] {
        contents.withLock { contents in
            defer { contents.events.removeAll() }
            return contents.events
        }
    }
}

/// A stop request that long work checks as it goes.
final class CancelFlag: Sendable {
    private let cancelled = Atomic(false)

    var isCancelled: Bool { cancelled.load(ordering: .acquiring) }
    func cancel() { cancelled.store(true, ordering: .releasing) }
}

/// The latest of a series of requests, for one worker to take: a request replaced before the
/// worker took it is never done (a run of resizes lays the article out once or twice, not once each).
final class LatestRequest<Request: Sendable>: Sendable {
    private struct Slot {
        var pending: Request?
        var working = false
    }

    private let slot = Mutex(Slot())

    /// Leaves `request` for the worker; true when no worker is at work and one must be started.
    func put(_ request: Request) -> Bool {
        slot.withLock { slot in
            defer { slot.working = true }
            slot.pending = request
            return !slot.working
        }
    }

    /// The request to do next, or nil when there is none: the worker then stops.
    func take() -> Request? {
        slot.withLock { slot in
            defer { slot.pending = nil }
            if slot.pending == nil { slot.working = false }
            return slot.pending
        }
    }
}
