import Foundation

// `lectern-bench [--quick] [--growth] [--pairs N] [--seed N] [--keep] [--lectern PATH]`: whole lectern
// processes timed against fmt, head, grep and less on generated inputs, then in-process diagnostics.

var quick = false
var growth = false
var keepInputs = false
var diagnostics = true
var inputsOnly = false
var pairs: Int?
var seed: UInt64 = 20_240_611
var lecternPath: String?
/// The groups of comparisons to run; all of them unless `--only` names some.
let groupNames: Set<String> = ["show", "list", "search", "reader"]
var onlyGroups: Set<String> = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--quick": quick = true
    case "--growth": growth = true
    case "--keep": keepInputs = true
    case "--no-diagnostics": diagnostics = false
    case "--inputs-only": inputsOnly = true
    case "--pairs":
        guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0 else { fail("--pairs needs a number") }
        pairs = value
    case "--seed":
        guard let value = arguments.popFirst().flatMap({ UInt64($0) }) else { fail("--seed needs a number") }
        seed = value
    case "--only":
        guard let value = arguments.popFirst(), groupNames.isSuperset(of: value.split(separator: ",").map(String.init))
        else { fail("--only needs one or more of show,list,search,reader") }
        onlyGroups.formUnion(value.split(separator: ",").map(String.init))
    case "--lectern":
        guard let value = arguments.popFirst() else { fail("--lectern needs a path") }
        lecternPath = value
    case "-h", "--help":
        print("""
        usage: lectern-bench [--quick] [--growth] [--pairs N] [--seed N] [--keep | --inputs-only] [--lectern PATH] [--no-diagnostics]
          --quick           a 1 MB article and 1,000 articles instead of 10 MB and 10,000, 3 pairs
          --growth          also 1 MB and 100 MB articles and 1,000 and 50,000-article libraries (slow)
          --pairs N         measured A/B pairs per comparison (default 7, quick 3)
          --lectern PATH    the lectern binary to time (default: the one built next to lectern-bench)
          --keep            leave the generated inputs in place (to profile them) and print where
          --inputs-only     write the inputs, print where, and stop
          --no-diagnostics  skip the in-process step timings
          --only GROUPS     only these comparisons, comma-separated: show,list,search,reader
        Build first: swift build -c release --static-swift-stdlib (the binary README's Installing makes).
        The exit status is 2 when a target is missed.
        """)
        exit(0)
    default: fail("unknown argument \(argument) (try --help)")
    }
}

let lectern = lecternPath ?? (URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("lectern").path)
guard FileManager.default.isExecutableFile(atPath: lectern) else {
    fail("no lectern binary at \(lectern): run `swift build -c release` first, or pass --lectern PATH")
}
let pairCount = pairs ?? (quick ? 3 : 7)
let articleBytes = quick ? 1_000_000 : 10_000_000
let libraryCount = quick ? 1_000 : 10_000
let loadAtStart = loadAverage()
let root = BenchmarkInputs.root()
if !keepInputs && !inputsOnly { BenchmarkInputs.pendingRemoval = root }

print("lectern-bench: seed \(seed), \(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), lectern = \(lectern) "
      + "(\(swiftRuntimeLinking(of: lectern)))")
progress("writing a \(articleBytes / 1_000_000) MB article (long lines and hard-wrapped) and \(libraryCount) articles")
let big = BigArticle.write(folder: root + "/big", bytes: articleBytes, wrapped: false, seed: seed)
let bigWrapped = BigArticle.write(folder: root + "/big-wrapped", bytes: articleBytes, wrapped: true, seed: seed)
let library = LibraryInputs.write(folder: root + "/library", count: libraryCount, seed: seed)
print("Inputs: \(library.count) articles of 2–40 KB (\(library.bytes / 1_000_000) MB; every article with accents and "
      + "curly punctuation, 1 in 10 with emoji or CJK, 1 in 4 hard-wrapped, 1 in 10 CRLF), a \(big.bytes / 1_000_000) MB "
      + "article with long lines and a hard-wrapped copy.")
if keepInputs || inputsOnly { print("Inputs kept in \(root)") }
if inputsOnly { exit(0) }
print("Whole processes, output read through a pipe and dropped; \(pairCount) pairs after a warm-up pair, A and B taking turns to go first; "
      + "times are medians, ratios the median of the pairs' ratios.\n")

var bench = WholeProcessBenchmark(lectern: lectern, pairs: pairCount, scratch: root)
let megabytes = "\(articleBytes / 1_000_000) MB"
let chosenGroups = onlyGroups
let runs = { (group: String) in chosenGroups.isEmpty || chosenGroups.contains(group) }
if runs("show") {
    progress("show")
    _ = bench.show(big, label: "\(megabytes) long lines")
    _ = bench.show(bigWrapped, label: "\(megabytes) hard-wrapped")
}
if runs("list") {
    progress("list")
    _ = bench.list(library, label: "\(libraryCount) articles")
}
if runs("search") {
    for query in WholeProcessBenchmark.queries(for: library) {
        progress("search \(query.label)")
        _ = bench.search(query, in: library, label: "\(libraryCount) articles")
    }
}
if runs("reader") {
    progress("the reader's first frames")
    bench.firstListFrame(library, label: "\(libraryCount) articles")
    bench.firstArticleFrame(big, label: megabytes)
    bench.firstArticleFrame(inLibrary: library, label: "in \(libraryCount) articles")
}

if growth {
    // Growth compares with the full-size figures, measured again here whatever `--only` chose.
    let showLong = bench.show(big, label: "\(megabytes) long lines (for growth)")
    let listed = bench.list(library, label: "\(libraryCount) articles (for growth)")
    let searchedNone = bench.search(WholeProcessBenchmark.queries(for: library)[0], in: library,
                                    label: "\(libraryCount) articles (for growth)")
    progress("growth: 1 MB and 100 MB articles")
    let small = BigArticle.write(folder: root + "/big-1", bytes: 1_000_000, wrapped: false, seed: seed)
    _ = bench.show(small, label: "1 MB long lines", memoryTarget: nil)
    let huge = BigArticle.write(folder: root + "/big-100", bytes: 100_000_000, wrapped: false, seed: seed)
    let showHuge = bench.show(huge, label: "100 MB long lines", memoryTarget: nil)
    let showGrowth = showHuge.oursMedian / showLong.oursMedian
    bench.table.addExtra("  show: 100 MB time / 10 MB time", figure: String(format: "%.1fx", showGrowth),
                         target: "≤ 11x", met: showGrowth <= 11)
    try? FileManager.default.removeItem(atPath: root + "/big-100")
    for count in [1_000, 50_000] {
        progress("growth: \(count) articles")
        let other = LibraryInputs.write(folder: root + "/library-\(count)", count: count, seed: seed &+ 1)
        let list = bench.list(other, label: "\(count) articles")
        let none = bench.search(WholeProcessBenchmark.queries(for: other)[0], in: other, label: "\(count) articles")
        if count == 50_000, libraryCount == 10_000 {
            for (name, large, base) in [("list", list, listed), ("search, no match", none, searchedNone)] {
                let factor = large.oursMedian / base.oursMedian
                bench.table.addExtra("  \(name): 50,000 / 10,000 articles", figure: String(format: "%.1fx", factor),
                                     target: "≤ 5.5x", met: factor <= 5.5)
            }
        }
        try? FileManager.default.removeItem(atPath: other.folder)
    }
}

print(bench.table.text())
var missed = bench.table.missed

if diagnostics {
    // Parts of the core timed inside this process: where the time of the commands above goes.
    print("\nDiagnostics (in-process, not what users meet: steps of the work inside one process)\n")
    print("Each figure is wall-clock time: one warm-up run, then the median of \(Timing.runs) runs.\n")
    var table = ResultTable()
    progress("diagnostics: layout steps")
    LayoutBenchmark.run(path: big.path, label: "\(megabytes), long lines", into: &table)
    LayoutBenchmark.run(path: bigWrapped.path, label: "\(megabytes), hard-wrapped", into: &table)
    progress("diagnostics: listing and search")
    ListingBenchmark.run(library, into: &table)
    SearchBenchmark.run(library, into: &table)
    progress("diagnostics: page turns, match steps, resize")
    PageTurnBenchmark.run(folder: (big.path as NSString).deletingLastPathComponent, into: &table)
    print(table.text())
    missed += table.missed.map(\.name)
}
print("\nLoad average (1, 5, 15 min) at the start: \(loadAtStart); at the end: \(loadAverage())")
print(missed.isEmpty ? "\nAll targets met." : "\nTargets missed: \(missed.joined(separator: "; "))")
BenchmarkInputs.removePending()
exit(missed.isEmpty ? 0 : 2)
