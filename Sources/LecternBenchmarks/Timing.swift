import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// In-process wall-clock timing (diagnostics): every measurement runs once to warm up (caches,
/// page cache, lazy tables), then `runs` more times, and reports the median.
enum Timing {
    static let runs = 5

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        return (ContinuousClock.now - start).seconds
    }

    /// Warm-up once, then the median of `runs` timed runs.
    static func median(_ body: () throws -> Void) rethrows -> Double {
        _ = try seconds(body)
        var times: [Double] = []
        for _ in 0..<runs { times.append(try seconds(body)) }
        return times.sorted()[runs / 2]
    }
}

/// Times the steps of a pipeline run after run, each on the previous step's fresh result
/// (a step timed alone on a reused input could profit from caches a real run does not have).
struct StepTimer {
    private(set) var names: [String] = []
    private var times: [String: [Double]] = [:]

    mutating func step<Result>(_ name: String, _ body: () -> Result) -> Result {
        let start = ContinuousClock.now
        let result = body()
        if times[name] == nil { names.append(name) }
        times[name, default: []].append((ContinuousClock.now - start).seconds)
        return result
    }

    /// The median of each step over all runs but the first (the warm-up).
    var medians: [(name: String, seconds: Double)] {
        names.map { name in
            let runs = times[name]!.dropFirst().sorted()
            return (name, runs[runs.count / 2])
        }
    }
}

extension Duration {
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}

/// A line on standard error, so a long run shows where it is without mixing into the table.
func progress(_ message: String) {
    fflush(nil)  // all streams: the table so far, then this line
    FileHandle.standardError.write(Data("lectern-bench: \(message)\n".utf8))
}

/// The machine's load averages, from /proc/loadavg: other work running makes figures slower.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "unknown"
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

/// Whether a binary loads the Swift runtime from the toolchain or carries it: the installed form
/// (`--static-swift-stdlib`) starts in about half the time, which every whole-process figure holds.
func swiftRuntimeLinking(of binary: String) -> String {
    guard let image = try? Data(contentsOf: URL(fileURLWithPath: binary), options: .alwaysMapped) else {
        return "unreadable"
    }
    // A dynamic build names the runtime's shared library among the ones it needs.
    return image.range(of: Data("libswiftCore.so".utf8)) == nil
        ? "Swift runtime linked in" : "Swift runtime loaded from the toolchain: build with --static-swift-stdlib"
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("lectern-bench: \(message)\n".utf8))
    BenchmarkInputs.removePending()
    exit(1)
}

/// Seconds as a short human reading: "412 ms", "3.2 µs".
func formatDuration(_ seconds: Double) -> String {
    switch seconds {
    case 1...: return String(format: "%.2f s", seconds)
    case 0.001...: return String(format: "%.1f ms", seconds * 1e3)
    default: return String(format: "%.1f µs", seconds * 1e6)
    }
}
