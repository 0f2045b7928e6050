/// A whole `lectern` process timed against a reference process, in pairs: A and B take turns
/// going first, and the ratio is the median of the pairs' ratios, so load that comes and goes
/// on a shared machine hits both sides of a pair alike.
struct Comparison {
    var name: String
    var ours: [ProcessRun] = []
    var theirs: [ProcessRun] = []
    var target: Target?
    var oursCommand: String
    var theirsCommand: String

    /// Runs `warmups` unmeasured pairs (page cache, lazy loading), then `pairs` measured ones.
    static func measure(_ name: String, pairs: Int, warmups: Int = 1, target: Target?,
                        ours: (command: String, run: () -> ProcessRun),
                        theirs: (command: String, run: () -> ProcessRun)) -> Comparison {
        var result = Comparison(name: name, target: target, oursCommand: ours.command, theirsCommand: theirs.command)
        for _ in 0..<warmups {
            _ = ours.run()
            _ = theirs.run()
        }
        for pair in 0..<pairs {
            if pair % 2 == 0 {
                result.ours.append(ours.run())
                result.theirs.append(theirs.run())
            } else {
                result.theirs.append(theirs.run())
                result.ours.append(ours.run())
            }
        }
        return result
    }

    var oursMedian: Double { median(ours.map(\.seconds)) }
    var theirsMedian: Double { median(theirs.map(\.seconds)) }
    var ratio: Double { median(zip(ours, theirs).map { $0.seconds / $1.seconds }) }
    /// From the runs themselves (the reader, read from /proc), or one extra run under GNU time.
    var oursPeakBytes: Int { ours.map(\.peakBytes).max() ?? 0 }

    var isMet: Bool? {
        switch target {
        case .timesTheirs(let factor): return ratio <= factor
        case .under(let limit): return oursMedian < limit
        case .memoryUnder(let bytes): return oursPeakBytes < bytes
        case nil: return nil
        }
    }
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// The headline table: what the user runs, lectern's time, the reference's, the ratio and the target.
struct ComparisonTable {
    private(set) var rows: [Comparison] = []
    /// Rows measured on lectern alone (memory, growth): name, figure, target label, met.
    private(set) var extras: [(name: String, figure: String, target: String, met: Bool?)] = []

    mutating func add(_ comparison: Comparison) { rows.append(comparison) }

    mutating func replaceLast(_ comparison: Comparison) { rows[rows.count - 1] = comparison }

    mutating func addExtra(_ name: String, figure: String, target: String, met: Bool?) {
        extras.append((name, figure, target, met))
    }

    var missed: [String] {
        rows.filter { $0.isMet == false }.map(\.name) + extras.filter { $0.met == false }.map(\.name)
    }

    func text() -> String {
        let header = ["What the user runs", "Lectern", "Reference", "Ratio", "Target", "Met", "Peak memory"]
        var body = rows.map { row -> [String] in
            let hasTheirs = !row.theirs.isEmpty
            return [row.name, formatDuration(row.oursMedian), hasTheirs ? formatDuration(row.theirsMedian) : "",
                    hasTheirs ? String(format: "%.2fx", row.ratio) : "", row.target?.label ?? "",
                    row.isMet.map { $0 ? "yes" : "NO" } ?? "", formatBytes(row.oursPeakBytes)]
        }
        body += extras.map { [$0.name, $0.figure, "", "", $0.target, $0.met.map { $0 ? "yes" : "NO" } ?? "", ""] }
        var lines = alignedTable(header: header, body: body, leftAligned: [0, 4])
        lines.append("")
        for row in rows where !row.theirs.isEmpty {
            lines.append("\(row.name): lectern = \(row.oursCommand); reference = \(row.theirsCommand)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Bytes as MiB.
func formatBytes(_ bytes: Int) -> String {
    bytes == 0 ? "" : String(format: "%.0f MiB", Double(bytes) / 1_048_576)
}

/// Rows of cells padded into columns; the `leftAligned` columns read left to right, the rest line up on the right.
func alignedTable(header: [String], body: [[String]], leftAligned: Set<Int>) -> [String] {
    let all = [header] + body
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { column, cell in
            let padding = String(repeating: " ", count: widths[column] - cell.count)
            return leftAligned.contains(column) ? cell + padding : padding + cell
        }.joined(separator: "  ")
    }
    let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
    return [line(header), rule] + body.map(line)
}
