import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

#if canImport(Glibc)
import Glibc
#endif

/// A big library opens, checks and searches with work that grows in step with its size.
/// Judged on this thread's CPU time, not the wall clock, and with a wide margin (linear work
/// grows 4 times from 5,000 to 20,000 articles, a quadratic step 16 times); the README gives
/// the figures for 100,000 articles.
@Suite struct LibraryScaleTests {
    static func makeLibrary(_ count: Int) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for index in 0..<count {
            let text = "Article \(index)\n\nSome words about topic \(index % 97) here.\n\nNext\n\nArticle \(index + 1)\n"
            let descriptor = open(folder.path + "/\(index)-a.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = text.withCString { write(descriptor, $0, strlen($0)) }
            close(descriptor)
        }
        return folder
    }

    static func threadCPUTime() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(1), &usage)  // RUSAGE_THREAD, which Glibc's module does not export
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Opens, checks and searches the library; returns the CPU time it took on this thread.
    static func work(_ folder: TemporaryFolder, count: Int) throws -> Double {
        let start = threadCPUTime()
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.count == count)
        #expect(library.check().count == 1)  // the last Next link leads nowhere
        let hits = LibrarySearch.run(try #require(SearchQuery("topic 42 here")), in: library)
        #expect(hits.count == (count + 96 - 42) / 97)
        #expect(try library.find("Article \(count - 1)") == .entry(library.entries.first { $0.id == "\(count - 1)-a" }!))
        return threadCPUTime() - start
    }

    @Test func workGrowsLinearlyWithTheLibrary() throws {
        let small = try Self.makeLibrary(5_000)
        defer { small.remove() }
        let large = try Self.makeLibrary(20_000)
        defer { large.remove() }
        _ = try Self.work(small, count: 5_000)  // warm up caches and the allocator
        let smallTime = try Self.work(small, count: 5_000)
        let largeTime = try Self.work(large, count: 20_000)
        #expect(largeTime < smallTime * 9, "5,000 articles took \(smallTime) s of CPU, 20,000 took \(largeTime) s")
    }
}
