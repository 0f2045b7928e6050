#if canImport(Glibc)
import Glibc
import Testing

/// Regenerates `Sources/LecternCore/Text/WidthTable.swift` from this machine's glibc:
///
///     LECTERN_PRINT_WIDTH_TABLE=1 swift test --filter printWidthTable 2>/dev/null \
///       | sed -n '/^\/\/ GENERATED-BEGIN/,/^\/\/ GENERATED-END/p' > Sources/LecternCore/Text/WidthTable.swift
///
/// Without the variable the test does nothing, so normal runs stay quiet.
@Test func printWidthTable() throws {
    guard getenv("LECTERN_PRINT_WIDTH_TABLE") != nil else { return }
    let entries = try GlibcWidth.withUTF8Locale { wcwidth in
        WidthTableSource.entries(wcwidth: wcwidth)
    }
    print(WidthTableSource.render(entries), terminator: "")
}

/// Builds the packed range table and its Swift source.
enum WidthTableSource {
    /// One entry per run of code points sharing a width class: `start << 2 | class`,
    /// class 0 = not printable, 1/2/3 = width 0/1/2. Surrogates count as not printable.
    static func entries(wcwidth: (UInt32) -> Int) -> [UInt32] {
        var entries: [UInt32] = []
        var previousClass: UInt32 = .max
        for codePoint in UInt32(0)...0x10FFFF {
            let widthClass = classOf(codePoint, wcwidth: wcwidth)
            if widthClass != previousClass {
                entries.append(codePoint << 2 | widthClass)
                previousClass = widthClass
            }
        }
        return entries
    }

    static func classOf(_ codePoint: UInt32, wcwidth: (UInt32) -> Int) -> UInt32 {
        // NUL is a control even though glibc gives it width 0.
        if codePoint == 0 || (0xD800...0xDFFF).contains(codePoint) { return 0 }
        let width = wcwidth(codePoint)
        return width < 0 ? 0 : UInt32(width) + 1
    }

    static func render(_ entries: [UInt32]) -> String {
        var source = """
        // GENERATED-BEGIN by Tests/LecternCoreTests/Text/WidthTableGenerator.swift from glibc's
        // wcwidth in C.UTF-8; do not edit by hand. See that file for the command.

        /// Runs of code points with the same display width, sorted by first code point.
        /// Each entry is `first << 2 | class`: class 0 = not printable, 1, 2, 3 = width 0, 1, 2.
        let widthTable: [UInt32] = [

        """
        for rowStart in stride(from: 0, to: entries.count, by: 8) {
            let row = entries[rowStart..<min(rowStart + 8, entries.count)]
            source += "    " + row.map { "0x" + String($0, radix: 16, uppercase: true) + "," }
                .joined(separator: " ") + "\n"
        }
        source += "]\n// GENERATED-END\n"
        return source
    }
}
#endif
