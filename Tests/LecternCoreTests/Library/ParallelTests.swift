#if canImport(Glibc)
import Glibc
#endif
import LecternTestSupport
import Synchronization
import Testing
@testable import LecternCore

/// `Parallel.map` puts each result in its item's place, and runs the work beside the items once.
@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 2, 7, 8, 9, 1_000])
    func resultsInOrderAndTheSideWorkOnce(count: Int) {
        let runs = Atomic(0)
        var sorted: [Int] = []
        let squares = Parallel.map(0..<count, alongside: {
            runs.add(1, ordering: .relaxed)
            sorted = (0..<count).reversed()
        }) { $0 * $0 }
        #expect(squares == (0..<count).map { $0 * $0 })
        #expect(runs.load(ordering: .relaxed) == 1)
        #expect(sorted == Array((0..<count).reversed()))
        // A range that does not start at zero, and strings (a type that is retained).
        #expect(Parallel.map(5..<(5 + count)) { String($0) } == (5..<(5 + count)).map { String($0) })
    }
}

extension ParallelTests {
    /// `Parallel.mapOpeningFiles` gives what `map` gives, and its workers (threads with tables of
    /// open files of their own) open and read files in a folder that was opened before them.
    @Test(arguments: [0, 1, 2, 9, 300])
    func openingFilesGivesWhatMapGives(count: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for index in 0..<count { _ = try folder.write("\(index).txt", "file \(index)\n") }
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(descriptor) }
        let runs = Atomic(0)
        let texts = Parallel.mapOpeningFiles(0..<count, alongside: { runs.add(1, ordering: .relaxed) }) { index -> String in
            let location = ArticleFile.Location(path: folder.path + "/\(index).txt", name: "\(index).txt", folder: descriptor)
            guard let bytes = try? ArticleFile.readAll(location) else { return "unread" }
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(texts == (0..<count).map { "file \($0)\n" })
        #expect(runs.load(ordering: .relaxed) == 1)
    }

    /// Each worker makes its scratch once and keeps it for every item it takes: no more scratches
    /// than workers, and every item sees the one its worker made (here: a box that counts them).
    @Test(arguments: [0, 1, 2, 1_000])
    func eachWorkerKeepsOneScratch(count: Int) {
        final class Box: @unchecked Sendable { var items = 0 }
        let made = Atomic(0)
        let boxes = Parallel.mapOpeningFiles(0..<count, alongside: {}, scratch: { () -> Box in
            made.add(1, ordering: .relaxed)
            return Box()
        }) { box, _ -> ObjectIdentifier in
            box.items += 1
            return ObjectIdentifier(box)
        }
        let distinct = Set(boxes)
        #expect(made.load(ordering: .relaxed) <= max(1, Parallel.workers(for: count)))
        #expect(distinct.count <= made.load(ordering: .relaxed))
        #expect(boxes.count == count)
    }
}
