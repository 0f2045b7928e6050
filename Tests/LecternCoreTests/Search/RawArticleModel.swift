import Foundation
@testable import LecternCore

/// A stand-in for the article parser, as far as the prefilter cares: how raw file bytes become
/// passages. It decodes UTF-8 or else Windows-1252, drops escape sequences and control and
/// invisible format characters, joins hard-wrapped lines (without a space between ideographs),
/// and NFC-normalises and single-spaces each paragraph.
enum RawArticleModel {
    static func passages(_ bytes: [UInt8]) -> [String] {
        var text = decode(bytes)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = clean(text).split(separator: "\n", omittingEmptySubsequences: false)
        var paragraphs: [[Substring]] = [[]]
        for line in lines {
            if line.allSatisfy(\.isWhitespace) {
                if !paragraphs[paragraphs.count - 1].isEmpty { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { lines in
            var joined = ""
            for line in lines {
                let separator = isIdeograph(joined.last) && isIdeograph(line.first) ? "" : " "
                joined += joined.isEmpty ? String(line) : separator + line
            }
            return singleSpaced(Normalization.nfc(joined))
        }
    }

    static func decode(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map(windows1252)))
    }

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if let index = windows1252High.firstIndex(of: byte) { return Unicode.Scalar(windows1252HighScalars[index])! }
        return Unicode.Scalar(byte)  // Latin-1, and the five undefined bytes as C1 controls
    }

    static let windows1252High: [UInt8] = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8E,
                                           0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F]
    static let windows1252HighScalars: [UInt32] = [0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
                                                   0x0160, 0x2039, 0x0152, 0x017D, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                                   0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178]

    /// Line breaks become "\n"; escape sequences, controls and invisible format characters go.
    static func clean(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            i += 1
            switch scalar.value {
            case 0x0D:
                kept.append("\n")
                if i < scalars.count, scalars[i] == "\n" { i += 1 }
            case 0x1B where i < scalars.count && scalars[i] == "[", 0x9B:
                if scalar.value == 0x1B { i += 1 }
                while i < scalars.count, (0x20...0x3F).contains(scalars[i].value) { i += 1 }
                if i < scalars.count, (0x40...0x7E).contains(scalars[i].value) { i += 1 }
            case 0x1B where i < scalars.count && scalars[i] == "]", 0x9D:
                if scalar.value == 0x1B { i += 1 }
                while i < scalars.count, scalars[i].value != 0x07, scalars[i].value != 0x1B, scalars[i].value != 0x9C { i += 1 }
                i += 1
            case 0x1B:
                i += 1  // a two-character escape
            case 0x09, 0x0A:
                kept.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B, 0xFEFF:
                break
            default:
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    static func isIdeograph(_ character: Character?) -> Bool {
        guard let value = character?.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(value) || (0x4E00...0x9FFF).contains(value)
    }

    static func singleSpaced(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
