import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// Every input in Tests/Fuzz/Crashes (what the libFuzzer targets found, plus hand-made hostile
/// cases) goes through the library's whole path: decode, parse, layout at many widths, the
/// reader's screens. Each keeps the fuzzers' checks: no trap, every line within its width,
/// no control character out, the words in order.
@Suite struct FuzzCrashFixtureTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fuzz/Crashes")

    /// Fixtures of defects owned elsewhere, not fixed yet: recorded as known issues until they are.
    /// (The wide clusters of issue 10 were here until Text/ split them.)
    static let knownIssues: [String: String] = [:]

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func thereAreFixtures() {
        #expect(Self.names.count >= 2)
    }

    @Test(arguments: names)
    func fixtureKeepsEveryCheck(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        if let known = Self.knownIssues[name] {
            withKnownIssue(Comment(rawValue: known)) { Self.check(bytes, name) }
        } else {
            Self.check(bytes, name)
        }
    }

    static func check(_ bytes: [UInt8], _ name: String) {
        guard let text = ArticleText.decode(bytes)?.text else { return }  // binary: refused, and that is all
        let article = ArticleParser.parse(text, id: "fixture", path: name)
        let document = Document(article)
        for width in [8, 9, 13, 20, 40, 80] {
            let problems = LayoutCheck.problems(ArticleLayout(document, width: width), document)
            #expect(problems.isEmpty, "\(name) at width \(width): \(problems)")
        }
        for (columns, rows) in [(20, 5), (40, 12), (80, 24), (132, 50)] {
            let reader = ReaderHarness([("fixture", text)], columns: columns, rows: rows)
            reader.open("fixture")
            for _ in 0..<5 {
                for row in reader.screen.rows {
                    let line = row.spans.map(\.text).joined()
                    #expect(DisplayWidth.of(line) <= columns, "\(name) at \(columns)x\(rows): \(line.debugDescription)")
                    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                            "\(name): a control on screen: \(line.debugDescription)")
                }
                reader.press(.pageDown)
            }
        }
    }
}
