#if canImport(Glibc)
import Glibc

// Swift's Glibc module hides wcwidth; it takes a wchar_t (Int32 on Linux).
@_silgen_name("wcwidth")
private func glibcWCWidth(_ character: Int32) -> Int32

/// glibc's own answer, the reference our table must match.
///
/// The C.UTF-8 locale is installed for the calling thread only (`uselocale`),
/// so tests running in parallel on other threads keep their locale.
enum GlibcWidth {
    /// Runs `body` with a `wcwidth` that answers as in C.UTF-8, on this thread.
    static func withUTF8Locale<T>(_ body: ((UInt32) -> Int) throws -> T) throws -> T {
        guard let locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else {
            throw LocaleUnavailable()
        }
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        return try body { Int(glibcWCWidth(Int32(bitPattern: $0))) }
    }

    struct LocaleUnavailable: Error {}
}
#endif
