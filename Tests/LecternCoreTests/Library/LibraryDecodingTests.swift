import LecternTestSupport
import Testing
@testable import LecternCore

/// Bytes → text goes through the library: Windows-1252 files are read, binary files are
/// rejected, and no control character or escape sequence reaches the parsed text.
@Suite struct LibraryDecodingTests {
    /// Every text of an article, title, blocks and link titles.
    static func texts(of article: Article) -> [String] {
        var texts = [article.title]
        for block in article.blocks {
            switch block {
            case .heading(let t), .paragraph(let t), .quote(let t), .note(let t), .link(let t): texts.append(t)
            case .list(let list): texts += list.items.map(\.text)
            case .rule: break
            }
        }
        texts += [article.previous?.title, article.next?.title].compactMap { $0 }
        return texts
    }

    @Test func windows1252IsDecodedAndReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // "Café Society\n\n“Quoted” – naïve\n" in Windows-1252.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" Society\r\n\r\n".utf8)
            + [0x93] + Array("Quoted".utf8) + [0x94, 0x20, 0x96, 0x20] + Array("na".utf8) + [0xEF] + Array("ve.\r\n".utf8)
        try folder.write("old.txt", bytes: bytes)
        try folder.write("new.txt", "New Article\n\nFine.\n")
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.map(\.title) == ["New Article", "Café Society"])
        #expect(library.entry(id: "old")?.encoding == .windows1252)
        let article = try library.load(id: "old")
        #expect(article.title == "Café Society")
        #expect(article.blocks == [.paragraph("“Quoted” – naïve.")])
        #expect(library.check() == [.legacyEncoding(id: "old")])
    }

    @Test func legacyBytesLateInALargeFileAreStillReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var bytes = Array("Big Old Article\n\n".utf8)
        bytes += Array(String(repeating: "Plain ASCII text in a paragraph.\n\n", count: 4000).utf8)
        bytes += Array("Fa".utf8) + [0xE7] + Array("ade.\n".utf8)
        try folder.write("big.txt", bytes: bytes)
        let library = try Library.open(folder: folder.path)
        #expect(library.check() == [.legacyEncoding(id: "big")])
        let article = try library.load(id: "big")
        #expect(article.blocks.last == .paragraph("Façade."))
    }

    @Test func fileWithNULBytesIsRejected() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let binary = try folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        try folder.write("real.txt", "Real\n\nText.")
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.map(\.id) == ["real"])
        #expect(library.rejected.map(\.path) == [binary])
        #expect(library.check() == [.unusable(path: binary, .binary(.nulBytes(3)))])
        #expect(throws: LibraryError.file(binary, .binary(.nulBytes(3)))) { try library.load(path: binary, id: "image") }
    }

    @Test func textWithASingleNULIsRejected() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("nul.txt", bytes: Array("Title\n\nAlmost text".utf8) + [0] + Array(" here.".utf8))
        let library = try Library.open(folder: folder.path)
        #expect(library.entries.isEmpty)
        #expect(library.check() == [.unusable(path: path, .binary(.nulBytes(1)))])
    }

    @Test func controlsAndEscapesNeverReachTheText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "\u{1B}[1mBold Title\u{1B}[0m\n\n"
            + "Red \u{1B}[31mtext\u{1B}[0m and a bell\u{7} and a\u{8} backspace.\n\n"
            + "A title change \u{1B}]0;pwned\u{7}here and a \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\.\n\n"
            + "C1 controls \u{85}\u{9B}2J and DEL\u{7F} and bidi \u{202E}reversed\u{202C}.\n\n"
            + "- item \u{1B}[2K\u{1B}[1A\n\n"
            + "> quote\u{0}?\n\n".replacingOccurrences(of: "\u{0}", with: "\u{1}")
            + "Next\n\nLater \u{1B}[5mTitle"
        try folder.write("dirty.txt", text)
        let library = try Library.open(folder: folder.path)
        let article = try library.load(id: "dirty")
        #expect(article.title == "Bold Title")
        #expect(article.next?.title == "Later Title")
        for text in Self.texts(of: article) {
            let bad = text.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
            #expect(bad.isEmpty, "\(text.debugDescription) holds \(bad.map { String($0.value, radix: 16) })")
        }
        #expect(article.blocks[0] == .paragraph("Red text and a bell and a backspace."))
        #expect(article.blocks[1] == .paragraph("A title change here and a link."))
    }

    @Test func crlfAndBOMFileLoadsLikeAnLFFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lines = ["Same Article", "", "Same body", "wrapped.", "", "Next", "Next", "", "Other"]
        try folder.write("lf.txt", lines.joined(separator: "\n"))
        try folder.write("crlf.txt", bytes: [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8))
        let library = try Library.open(folder: folder.path)
        var crlf = try library.load(id: "crlf")
        let lf = try library.load(id: "lf")
        #expect(lf.blocks == [.paragraph("Same body wrapped.")])
        crlf.id = lf.id
        crlf.path = lf.path
        #expect(crlf == lf)
        #expect(library.entry(id: "crlf")?.title == "Same Article")
        #expect(library.entry(id: "crlf")?.next?.title == "Other")
    }
}
