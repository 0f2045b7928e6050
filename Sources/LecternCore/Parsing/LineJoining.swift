/// Turns the source lines of one paragraph into single-spaced text.
enum LineJoining {
    static func join<C: Collection>(_ lines: C) -> String where C.Element == Substring {
        var result = ""
        for raw in lines {
            let line = raw.trimmingWhitespace()
            if line.isEmpty { continue }
            if let last = result.unicodeScalars.last, let first = line.unicodeScalars.first,
               !needsNoSpace(between: last, and: first, previous: result) {
                result.append(" ")
            }
            appendCollapsingSpaces(line, to: &result)
        }
        return result
    }

    /// A word hyphenated across a wrap ("self-" + "care") and ideographs (which use no spaces) join directly.
    private static func needsNoSpace(between last: Unicode.Scalar, and first: Unicode.Scalar, previous: String) -> Bool {
        if last == "-", first.properties.isLowercase {
            let scalars = previous.unicodeScalars
            let beforeHyphen = scalars.dropLast().last
            return beforeHyphen?.properties.isAlphabetic == true
        }
        return DisplayWidth.of(last) == 2 && DisplayWidth.of(first) == 2
    }

    private static func appendCollapsingSpaces(_ line: Substring, to result: inout String) {
        // Most lines have no double space: append them whole.
        guard line.utf8.contains(where: { $0 == 0x20 }), line.contains("  ") else {
            result += line
            return
        }
        var previousWasSpace = false
        for character in line {
            let isSpace = character == " "
            if !(isSpace && previousWasSpace) { result.append(character) }
            previousWasSpace = isSpace
        }
    }
}
