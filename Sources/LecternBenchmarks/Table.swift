/// What a measurement must achieve.
enum Target {
    /// Ours takes at most `factor` times theirs.
    case timesTheirs(Double)
    /// Ours takes less than this many seconds.
    case under(Double)
    /// Ours peaks below this many bytes of resident memory.
    case memoryUnder(Int)

    var label: String {
        switch self {
        case .timesTheirs(let factor): return "≤ \(trimmed(factor))x theirs"
        case .under(let limit): return "< \(formatDuration(limit))"
        case .memoryUnder(let bytes): return "< \(formatBytes(bytes))"
        }
    }

    func isMet(ours: Double, theirs: Double?) -> Bool? {
        switch self {
        case .timesTheirs(let factor): return theirs.map { ours <= factor * $0 }
        case .under(let limit): return ours < limit
        case .memoryUnder: return nil
        }
    }

    private func trimmed(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// One line of the results table. Rows without a target are details: steps of a measurement,
/// or figures given for information.
struct ResultRow {
    var name: String
    var ours: Double
    var theirs: Double? = nil
    var target: Target? = nil
}

/// The results as a plain-text table, with the commands that "theirs" ran listed below it.
struct ResultTable {
    private(set) var rows: [ResultRow] = []
    private(set) var notes: [String] = []

    mutating func add(_ row: ResultRow) { rows.append(row) }
    mutating func note(_ text: String) { notes.append(text) }

    var missed: [ResultRow] {
        rows.filter { $0.target?.isMet(ours: $0.ours, theirs: $0.theirs) == false }
    }

    func text() -> String {
        let header = ["Benchmark", "Ours", "Theirs", "Ours/theirs", "Target", "Met"]
        let body = rows.map { row -> [String] in
            let ratio = row.theirs.map { String(format: "%.2fx", row.ours / $0) } ?? ""
            let met = row.target?.isMet(ours: row.ours, theirs: row.theirs).map { $0 ? "yes" : "NO" } ?? ""
            return [row.name, formatDuration(row.ours), row.theirs.map(formatDuration) ?? "",
                    ratio, row.target?.label ?? "", met]
        }
        // Names and targets read left to right; figures line up on the right.
        var lines = alignedTable(header: header, body: body, leftAligned: [0, 4])
        if !notes.isEmpty { lines += [""] + notes }
        return lines.joined(separator: "\n")
    }
}
