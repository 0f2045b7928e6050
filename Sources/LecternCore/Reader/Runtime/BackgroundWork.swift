import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Runs the reader's long work (loading an article, searching the library).
public protocol BackgroundWork: AnyObject {
    func start(_ work: @escaping @Sendable () -> Void)
}

/// On a thread of its own, off the input loop: the reader's.
public final class ThreadWork: BackgroundWork {
    public init() {}

    public func start(_ work: @escaping @Sendable () -> Void) {
        // A detached thread of its own, not a dispatch queue's: it lowers its own priority.
        POSIXThread.detach {
            // Below the input loop: on a busy machine keys come first, the search second.
            #if canImport(Glibc)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)  // on Linux, 0 is this thread only
            #endif
            work()
        }
    }
}

/// At once, on the caller's thread: tests see each key's whole outcome before the next.
public final class InlineWork: BackgroundWork {
    public init() {}
    public func start(_ work: @escaping @Sendable () -> Void) { work() }
}

/// Held until the test runs it: tests press keys while the work is "still running".
public final class HeldWork: BackgroundWork {
    private var held: [@Sendable () -> Void] = []

    public init() {}

    public var pending: Int { held.count }

    public func start(_ work: @escaping @Sendable () -> Void) { held.append(work) }

    /// Runs everything held so far, in order.
    public func runAll() {
        while !held.isEmpty { held.removeFirst()() }
    }
}

/// Holds the work started before the first frame until `release()`, then starts it and all
/// later work on `work`: reading the whole of a long article must not compete with drawing its
/// first page for the cores.
public final class AfterFirstFrame: BackgroundWork {
    private let work: BackgroundWork
    private var held: [@Sendable () -> Void]? = []

    public init(_ work: BackgroundWork = ThreadWork()) { self.work = work }

    public func start(_ job: @escaping @Sendable () -> Void) {
        if held != nil { held?.append(job) } else { work.start(job) }
    }

    /// The first frame is drawn.
    public func release() {
        let jobs = held ?? []
        held = nil
        for job in jobs { work.start(job) }
    }
}
