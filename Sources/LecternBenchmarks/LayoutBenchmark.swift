import Foundation
import LecternCore

#if canImport(Glibc)
import Glibc
#endif

/// Diagnostic: a big article loaded and laid out at 80 columns inside this process, as
/// `lectern show --width 80` does, and the same one step at a time.
enum LayoutBenchmark {
    static let width = 80

    static func run(path: String, label: String, into table: inout ResultTable) {
        let library = Library(folder: (path as NSString).deletingLastPathComponent, entries: [])
        let ours = Timing.median {
            guard let article = try? library.load(path: path, id: "big") else { fail("cannot load \(path)") }
            keep(ArticleLayout(Document(article), width: width).lines.count)
        }
        table.add(ResultRow(name: "Load + layout, \(label), \(width) columns", ours: ours))
        addSteps(path: path, into: &table)
    }

    /// The same work one step at a time: a warm-up and `Timing.runs` runs, the median of each step.
    private static func addSteps(path: String, into table: inout ResultTable) {
        var timer = StepTimer()
        for _ in 0...Timing.runs {
            let bytes = timer.step("read the file") { readFile(path) }
            let decoded = timer.step("binary check + decode") {
                bytes.withUnsafeBytes { raw in
                    keep(TextDecoder.isBinary(raw) ? 1 : 0)
                    return TextDecoder.decode(raw)
                }
            }
            let text = timer.step("NFC") { Normalization.nfc(decoded.text) }
            let article = timer.step("parse") { ArticleParser.parse(text, id: "big", path: path) }
            let document = timer.step("Document") { Document(article) }
            let layout = timer.step("ArticleLayout") { ArticleLayout(document, width: width) }
            timer.step("(plainText for output, not counted)") { keep(layout.plainText(document.passages).utf8.count) }
        }
        for (name, seconds) in timer.medians {
            table.add(ResultRow(name: "  " + name, ours: seconds))
        }
    }

    static func readFile(_ path: String) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { fail("cannot open \(path)") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { fail("cannot stat \(path)") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        guard got == bytes.count else { fail("short read of \(path)") }
        return bytes
    }
}

/// Somewhere for results to go, so the optimiser cannot drop the work that made them.
nonisolated(unsafe) private var sink = 0

@inline(never)
func keep(_ value: Int) { sink &+= value }
