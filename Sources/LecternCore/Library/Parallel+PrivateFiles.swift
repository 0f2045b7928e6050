#if canImport(Glibc)
import Glibc
#endif

/// Work that opens a file for each item, on all cores, with the files opened on threads that do
/// not share their table of open files.
///
/// While threads share one table, the system counts each use of an open file (every `pread`,
/// `fstat`) atomically, and every open and close takes the table's lock, which the cores then
/// pass back and forth. A thread that calls `unshare(CLONE_FILES)` gets a table of its own (a
/// copy: the files open before, such as a folder, stay open in it), and a table with one user
/// is used without either cost (Linux). Pool threads live on, and one with a table of its own
/// would not see files opened later: so the workers here are threads of their own, which end
/// with the work. The calling thread works too, on the table it shares with no one else while
/// the workers have their own.
extension Parallel {
    /// `transform` of each index of `indices`, in order, computed on all cores as `map` computes
    /// it (with `first` run once meanwhile by the calling thread). `transform` must close every
    /// file it opens: a worker's table ends with it.
    static func mapOpeningFiles<T>(_ indices: Range<Int>, batch: Int = 8, alongside first: () -> Void,
                                   _ transform: (Int) -> T) -> [T] {
        let count = indices.count
        guard count > 1 else {
            first()
            return indices.map(transform)
        }
        let workers = Self.workers(for: count)
        let next = Counter()
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = UnsafeSendable(buffer.baseAddress!)
            withoutActuallyEscaping(transform) { transform in
                let transform = UnsafeSendable(transform)
                let work: @Sendable () -> Void = {
                    while true {
                        let start = next.take(batch)
                        guard start < count else { return }
                        for offset in start..<min(start + batch, count) {
                            (slots.value + offset).initialize(to: transform.value(indices.lowerBound + offset))
                        }
                    }
                }
                let threads = (1..<workers).compactMap { _ in WorkerThread.start(work) }
                first()
                work()
                for thread in threads { pthread_join(thread, nil) }
            }
            initialized = count
        }
    }
}

/// A thread with a table of open files of its own, running one closure; joined by its starter.
private enum WorkerThread {
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// The running thread, or nil when none could be had (the caller's own work then takes its share).
    static func start(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
        let work = Unmanaged.passRetained(Work {
            // Without a table of its own (no such call here), the thread works on the shared one.
            takeOwnFileTable()
            body()
        }).toOpaque()
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

    private static func takeOwnFileTable() {
        _ = unshareFiles?(cloneFiles)
    }

    /// unshare(2), which Glibc's Swift module leaves out (a GNU extension), looked up once.
    private static let unshareFiles: (@convention(c) (Int32) -> Int32)? =
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "unshare").map { unsafeBitCast($0, to: (@convention(c) (Int32) -> Int32).self) }
    /// CLONE_FILES from <sched.h>, not in the module either.
    private static let cloneFiles: Int32 = 0x0000_0400
}
