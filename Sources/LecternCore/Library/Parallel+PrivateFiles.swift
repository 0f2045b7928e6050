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
    /// The same, with no scratch.
    static func mapOpeningFiles<T>(_ indices: Range<Int>, batch: Int = 8, alongside first: () -> Void,
                                   _ transform: (Int) -> T) -> [T] {
        mapOpeningFiles(indices, batch: batch, alongside: first, scratch: {}) { _, index in transform(index) }
    }

    /// `transform` of each index of `indices`, in order, computed on all cores as `map` computes
    /// it (with `first` run once meanwhile by the calling thread, and each worker's own
    /// `scratch`, as `results` makes it). `transform` must close every file it opens: a worker's
    /// table ends with it.
    static func mapOpeningFiles<T, Scratch>(_ indices: Range<Int>, batch: Int = 8, alongside first: () -> Void,
                                            scratch: () -> Scratch, _ transform: (inout Scratch, Int) -> T) -> [T] {
        results(indices, batch: batch, alongside: first, scratch: scratch, transform) { workers, work in
            // The threads are joined before `work` returns to its owner.
            withoutActuallyEscaping(work) { work in
                // A thread that cannot have a table of its own works on the shared one.
                let threads = (1..<workers).compactMap { _ in
                    POSIXThread.start {
                        _ = GNUCalls.takeOwnFileTable()
                        work()
                    }
                }
                first()
                work()
                for thread in threads { pthread_join(thread, nil) }
            }
        }
    }
}
