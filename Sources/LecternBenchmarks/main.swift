import Foundation

// `lectern-bench [--quick] [--seed N] [--keep]`: the core timed against fmt, head and grep on generated inputs.

var quick = false
var keepInputs = false
var seed: UInt64 = 20_240_611
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--quick": quick = true
    case "--keep": keepInputs = true
    case "--seed":
        guard let value = arguments.popFirst().flatMap({ UInt64($0) }) else { fail("--seed needs a number") }
        seed = value
    case "-h", "--help":
        print("""
        usage: lectern-bench [--quick] [--seed N] [--keep]
          --quick  a 1 MB article and 1,000 articles instead of 10 MB and 10,000
          --keep   leave the generated inputs in place (to profile them) and print where
        The exit status is 2 when a target is missed.
        """)
        exit(0)
    default: fail("unknown argument \(argument) (try --help)")
    }
}

let articleBytes = quick ? 1_000_000 : 10_000_000
let libraryCount = quick ? 1_000 : 10_000
let loadAtStart = loadAverage()
print("lectern-bench: seed \(seed), \(ProcessInfo.processInfo.activeProcessorCount) cores (nproc)")
print("Writing a \(articleBytes / 1_000_000) MB article (and a hard-wrapped copy) and \(libraryCount) articles...")
let inputs = BenchmarkInputs.write(seed: seed, articleBytes: articleBytes, libraryCount: libraryCount)
if keepInputs {
    print("Inputs kept in \(inputs.root)")
} else {
    BenchmarkInputs.pendingRemoval = inputs.root
}
print("Each figure is wall-clock time: one warm-up run, then the median of \(Timing.runs) runs.\n")

var table = ResultTable()
let megabytes = "\(articleBytes / 1_000_000) MB"
progress("layout, \(megabytes), long lines")
LayoutBenchmark.run(path: inputs.bigArticle, label: "\(megabytes), long lines", into: &table)
progress("layout, \(megabytes), hard-wrapped")
LayoutBenchmark.run(path: inputs.bigArticleWrapped, label: "\(megabytes), hard-wrapped", into: &table)
progress("listing")
ListingBenchmark.run(inputs, into: &table)
progress("library search")
SearchBenchmark.run(inputs, into: &table)
progress("page turns")
PageTurnBenchmark.run(folder: (inputs.bigArticle as NSString).deletingLastPathComponent, into: &table)
table.note("Layout, theirs: fmt -w \(LayoutBenchmark.width) FILE > /dev/null")
table.note("Load average (1, 5, 15 min) at the start: \(loadAtStart); at the end: \(loadAverage())")
print(table.text())

let missed = table.missed
print(missed.isEmpty ? "\nAll targets met." : "\nTargets missed: \(missed.map(\.name).joined(separator: "; "))")
BenchmarkInputs.removePending()
exit(missed.isEmpty ? 0 : 2)
