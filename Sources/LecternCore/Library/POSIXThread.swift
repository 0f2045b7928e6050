#if canImport(Glibc)
import Glibc
#endif

/// POSIX threads that each run one closure and end: joined by whoever started them, or detached.
/// Threads of our own rather than the pool's where a thread changes itself for its work (its
/// priority, its table of open files): a pool thread would live on changed.
enum POSIXThread {
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// A running thread for the caller to `pthread_join`, or nil when none could be had.
    static func start(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { context in
            Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, work)
        guard started == 0 else {
            Unmanaged<Work>.fromOpaque(work).release()
            return nil
        }
        return thread
    }

    /// Runs `body` on a thread nobody joins; here, when no thread can be had, rather than lost.
    static func detach(_ body: @escaping @Sendable () -> Void) {
        guard let thread = start(body) else { return body() }
        pthread_detach(thread)
    }
}
