#if canImport(Glibc)
import Glibc
#endif

/// GNU calls that the Glibc module leaves out (their headers are not in it), looked up by name
/// in the C library when first used; nil where the C library has no such call.
enum GNUCalls {
    private typealias TwoIntegers = @convention(c) (Int32, Int32) -> Int32
    private typealias OneInteger = @convention(c) (Int32) -> Int32

    /// unshare(2) with CLONE_FILES (<sched.h>): the calling thread gets a table of open files of
    /// its own, a copy of the shared one. False when the call is missing or refused.
    static func takeOwnFileTable() -> Bool {
        unshare?(0x0000_0400) == 0
    }

    /// mallopt(3) (<malloc.h>): blocks up to `mmapThreshold` bytes come from the heap, and the
    /// heap's free top is given back to the system only past `trimThreshold` bytes.
    static func setMallocThresholds(mmapThreshold: Int32, trimThreshold: Int32) {
        _ = mallopt?(-3, mmapThreshold)  // M_MMAP_THRESHOLD
        _ = mallopt?(-1, trimThreshold)  // M_TRIM_THRESHOLD
    }

    private static let unshare: OneInteger? = function("unshare")
    private static let mallopt: TwoIntegers? = function("mallopt")

    private static func function<F>(_ name: String) -> F? {
        // RTLD_DEFAULT: the process's own symbols, the C library among them.
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: F.self) }
    }
}
