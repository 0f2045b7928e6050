import ArgumentParser
import Foundation
import LecternTestSupport
import Testing
@testable import lectern

/// `list`'s arguments read without the parser (`PlainListArguments`) must mean what the parser
/// makes of them, and every other shape must be left to the parser.
@Suite struct PlainListArgumentsTests {
    /// Words an argument list is drawn from: the options, their near misses, odd values.
    static let words = ["list", "--json", "--library", "--library=dir", "dir", "other dir", "-", "-x", "",
                        "--help", "-h", "--", "show", "check", "--version", "Caf\u{E9}", "--jsonx", "library"]

    @Test func whatIsTakenIsWhatTheParserParses() throws {
        for seed in PropertySeeds.range(default: 2_000) {
            var random = SeededRandom(seed: seed)
            var arguments = (0..<Int.random(in: 0...5, using: &random)).map { _ in Self.words.randomElement(using: &random)! }
            if Bool.random(using: &random) { arguments.insert("list", at: 0) }
            guard let plain = PlainListArguments(arguments) else { continue }
            let parsed = try Lectern.parseAsRoot(arguments)
            let list = try #require(parsed as? ListCommand, "seed \(seed): \(arguments)")
            #expect(PlainListArguments(library: list.options.library, json: list.json) == plain, "seed \(seed): \(arguments)")
        }
    }

    @Test func theCommonShapesAreTaken() {
        #expect(PlainListArguments(["list"]) == PlainListArguments(library: nil, json: false))
        #expect(PlainListArguments(["list", "--json"]) == PlainListArguments(library: nil, json: true))
        #expect(PlainListArguments(["list", "--library", "a b"]) == PlainListArguments(library: "a b", json: false))
        #expect(PlainListArguments(["list", "--library", "d", "--json"]) == PlainListArguments(library: "d", json: true))
        #expect(PlainListArguments(["list", "--json", "--library", "d"]) == PlainListArguments(library: "d", json: true))
    }

    @Test func everyOtherShapeIsLeftToTheParser() {
        for arguments in [[], ["show"], ["list", "--help"], ["list", "--library=d"], ["list", "--library"],
                          ["list", "--library", "-d"], ["list", "--library", ""], ["list", "--json", "--json"],
                          ["list", "--library", "a", "--library", "b"], ["list", "d"], ["--library", "d", "list"]] {
            #expect(PlainListArguments(arguments) == nil, "\(arguments)")
        }
    }

    /// Both ways through the built binary: the same listing, the same error, the same status.
    @Test func theBinaryListsTheSameEitherWay() throws {
        let library = Fixtures.bundledLibrary.path
        for (plain, parsed) in [(["list", "--library", library], ["list", "--library=\(library)"]),
                                (["list", "--json", "--library", library], ["list", "--library=\(library)", "--json"]),
                                (["list", "--library", "/no/such/folder"], ["list", "--library=/no/such/folder"])] {
            let (a, b) = (try LecternCommand.run(plain), try LecternCommand.run(parsed))
            #expect(a.status == b.status)
            #expect(a.output == b.output)
            #expect(a.errorOutput == b.errorOutput)
        }
    }
}
