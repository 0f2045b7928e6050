import Foundation

/// Where background work leaves its events for the input loop, which takes them between reads.
/// It also counts the jobs still running, so the loop can read keys with a short wait meanwhile.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [ReaderEvent] = []
    private var running = 0

    func post(_ event: ReaderEvent) {
        lock.withLock { events.append(event) }
    }

    func jobStarted() { lock.withLock { running += 1 } }
    func jobEnded() { lock.withLock { running -= 1 } }

    /// Work is running or its results wait to be taken.
    var isBusy: Bool { lock.withLock { running > 0 || !events.isEmpty } }

    func take() -> [ReaderEvent] {
        lock.withLock {
            defer { events.removeAll() }
            return events
        }
    }
}

/// A stop request that long work checks as it goes.
final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    var isCancelled: Bool { lock.withLock { cancelled } }
    func cancel() { lock.withLock { cancelled = true } }
}

/// The latest of a series of requests, for one worker to take: a request replaced before the
/// worker took it is never done (a run of resizes lays the article out once or twice, not once each).
final class LatestRequest<Request: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: Request?
    private var working = false

    /// Leaves `request` for the worker; true when no worker is at work and one must be started.
    func put(_ request: Request) -> Bool {
        lock.withLock {
            pending = request
            defer { working = true }
            return !working
        }
    }

    /// The request to do next, or nil when there is none: the worker then stops.
    func take() -> Request? {
        lock.withLock {
            defer { pending = nil }
            if pending == nil { working = false }
            return pending
        }
    }
}
