import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The headline report: whole `lectern` processes (a release build), run with the arguments a
/// user types, against the tools the user would otherwise run on the same files.
struct WholeProcessBenchmark {
    let lectern: String
    let pairs: Int
    let scratch: String
    var table = ComparisonTable()
    var notes: [String] = []

    init(lectern: String, pairs: Int, scratch: String) {
        self.lectern = lectern
        self.pairs = pairs
        self.scratch = scratch
    }

    static let mebibyte = 1_048_576

    // MARK: show

    /// `lectern show BIG --width 80` against `fmt -w 80 BIG`, and the show's peak memory.
    mutating func show(_ article: BigArticle, label: String, target: Target? = .timesTheirs(0.5),
                       memoryTarget: Int? = 60 * mebibyte) -> Comparison {
        let folder = (article.path as NSString).deletingLastPathComponent
        let ours = [lectern, "show", article.path, "--library", folder, "--width", "80"]
        let theirs = ["fmt", "-w", "80", article.path]
        var comparison = measure("show \(label)", target: target, ours: ours, theirs: theirs)
        let peak = ProcessRunner.peakMemory(ours, scratch: scratch)
        comparison.ours[0].peakBytes = peak
        table.replaceLast(comparison)
        if let memoryTarget {
            table.addExtra("  peak memory of that show", figure: formatBytes(peak),
                           target: Target.memoryUnder(memoryTarget).label, met: peak < memoryTarget)
        }
        return comparison
    }

    // MARK: list

    /// `lectern list` against `head -qn1` of every file (a title each).
    @discardableResult
    mutating func list(_ library: LibraryInputs, label: String) -> Comparison {
        let ours = [lectern, "list", "--library", library.folder]
        var comparison = measure("list, \(label)", target: .timesTheirs(1.5), ours: ours, theirs: headCommand(library.folder))
        comparison.ours[0].peakBytes = ProcessRunner.peakMemory(ours, scratch: scratch)
        table.replaceLast(comparison)
        return comparison
    }

    /// `head -qn1 DIR/*.txt`, through the shell's glob when the names fit in ARG_MAX, else `find -exec +`.
    private func headCommand(_ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let argumentBytes = names.reduce(0) { $0 + folder.utf8.count + $1.utf8.count + 2 + MemoryLayout<Int>.size }
        if argumentBytes < sysconf(Int32(_SC_ARG_MAX)) / 2 {
            return ["sh", "-c", "head -qn1 '\(folder)'/*.txt"]
        }
        return ["find", folder, "-name", "*.txt", "-exec", "head", "-qn1", "{}", "+"]
    }

    // MARK: search

    struct Query {
        var label: String
        var text: String
        /// The reference: grep's arguments before the folder.
        var grep: [String]
        /// How many articles hold it.
        var expected: Int
    }

    static func queries(for library: LibraryInputs) -> [Query] {
        [
            Query(label: "a word in no article", text: ArticleWriter.absentWord,
                  grep: ["grep", "-rilF", ArticleWriter.absentWord], expected: 0),
            Query(label: "a word in 1% of articles", text: ArticleWriter.plantedWord,
                  grep: ["grep", "-rilF", ArticleWriter.plantedWord], expected: library.plantedCount),
            Query(label: "a phrase with accents (8%)", text: ArticleWriter.accentedPhrase,
                  grep: ["grep", "-rilF", ArticleWriter.accentedPhrase], expected: library.accentedPhraseCount),
            Query(label: "a word in every article", text: ArticleWriter.everywhereWord,
                  grep: ["grep", "-rciF", ArticleWriter.everywhereWord], expected: library.count),
            Query(label: "a case-sensitive word (5%)", text: ArticleWriter.properName,
                  grep: ["grep", "-rlF", ArticleWriter.properName], expected: library.properNameCount),
            // grep matches within a line: -z makes each file one record, and \s+ crosses line breaks.
            Query(label: "a phrase split by a wrap (3%)", text: ArticleWriter.wrappedPhrase,
                  grep: ["grep", "-rilzP", "silver\\s+lining"], expected: library.wrappedPhraseCount),
        ]
    }

    /// `lectern search QUERY` against grep over the folder; checks lectern's answer first.
    @discardableResult
    mutating func search(_ query: Query, in library: LibraryInputs, label: String) -> Comparison {
        let ours = [lectern, "search", query.text, "--library", library.folder]
        let found = articlesListed(by: ours)
        if found != query.expected {
            fail("lectern search \"\(query.text)\" listed \(found) articles; \(query.expected) hold it")
        }
        var comparison = measure("search \(query.label), \(label)", target: .timesTheirs(1), ours: ours,
                                 theirs: query.grep + [library.folder], allowedExits: [0, 1])
        comparison.ours[0].peakBytes = ProcessRunner.peakMemory(ours, allowedExits: [0, 1], scratch: scratch)
        table.replaceLast(comparison)
        return comparison
    }

    /// How many articles a `lectern search` lists (its lines that do not start with a tab).
    private func articlesListed(by argv: [String]) -> Int {
        let output = scratch + "/search-output.txt"
        _ = ProcessRunner.run(argv, allowedExits: [0, 1], capture: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("\t") }.count
    }

    // MARK: the reader's first frame

    /// Launch to the first drawn list, against `ls DIR | less`.
    mutating func firstListFrame(_ library: LibraryInputs, label: String) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: library.folder)) ?? []).sorted()
        let ours = [lectern, "--library", library.folder]
        let theirs = ["sh", "-c", "ls '\(library.folder)' | less"]
        let comparison = Comparison.measure(
            "reader: launch to the list, \(label)", pairs: pairs, target: .under(0.150),
            ours: (display(ours), { ProcessRunner.firstFrame(ours, token: screenToken(library.firstTitle)) }),
            theirs: ("ls DIR | less", { ProcessRunner.firstFrame(theirs, token: screenToken(names.first ?? "")) }))
        table.add(comparison)
    }

    /// Launch with the first article of a large library to its first page, against `less FILE`:
    /// opening one file must not wait for the folder's thousands.
    mutating func firstArticleFrame(inLibrary library: LibraryInputs, label: String) {
        let first = ((try? FileManager.default.contentsOfDirectory(atPath: library.folder)) ?? []).sorted().first ?? ""
        let path = library.folder + "/" + first
        let ours = [lectern, path, "--library", library.folder]
        let theirs = ["less", path]
        let token = screenToken(library.firstTitle)
        let comparison = Comparison.measure(
            "reader: launch to an article's first page, \(label)", pairs: pairs, target: .under(0.050),
            ours: (display(ours), { ProcessRunner.firstFrame(ours, token: token) }),
            theirs: (display(theirs), { ProcessRunner.firstFrame(theirs, token: token) }))
        table.add(comparison)
    }

    /// Launch with an article to its first page, against `less FILE`; the reader's memory with it open.
    mutating func firstArticleFrame(_ article: BigArticle, label: String) {
        let folder = (article.path as NSString).deletingLastPathComponent
        let ours = [lectern, article.path, "--library", folder]
        let theirs = ["less", article.path]
        let token = screenToken("A Very Long Article")
        let comparison = Comparison.measure(
            "reader: launch to the first page, \(label)", pairs: pairs, target: .under(0.050),
            ours: (display(ours), { ProcessRunner.firstFrame(ours, token: token) }),
            theirs: (display(theirs), { ProcessRunner.firstFrame(theirs, token: token) }))
        table.add(comparison)
        // Memory once the reader has settled with the article open (after any work left for later).
        let settled = ProcessRunner.firstFrame(ours, token: token, settle: 2)
        table.addExtra("  reader's peak memory, \(label) open 2 s", figure: formatBytes(settled.peakBytes),
                       target: Target.memoryUnder(100 * Self.mebibyte).label,
                       met: settled.peakBytes < 100 * Self.mebibyte)
    }

    // MARK: helpers

    mutating func measure(_ name: String, target: Target?, ours: [String], theirs: [String],
                          allowedExits: Set<Int32> = [0]) -> Comparison {
        let comparison = Comparison.measure(
            name, pairs: pairs, target: target,
            ours: (display(ours), { ProcessRunner.run(ours, allowedExits: allowedExits) }),
            theirs: (display(theirs), { ProcessRunner.run(theirs, allowedExits: allowedExits) }))
        table.add(comparison)
        return comparison
    }

    /// How a command reads in the report: the binary by name, and temporary paths shortened.
    private func display(_ argv: [String]) -> String {
        var words = argv
        if words.first == lectern { words[0] = "lectern" }
        return words.map { word in
            let short = word.replacingOccurrences(of: scratch + "/", with: "")
            return short.contains(" ") ? "'\(short)'" : short
        }.joined(separator: " ")
    }
}

/// A piece of `text` a terminal program draws in one run: a word without a doubled letter
/// (which xterm's "repeat" sequence could draw as one letter and a count) and without spaces
/// (which may be drawn as cursor moves). The longest such word, or its first half.
func screenToken(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "." }).map { word -> Substring in
        var end = word.startIndex
        var previous: Character?
        for character in word {
            if character == previous { break }
            previous = character
            end = word.index(after: end)
        }
        return word[..<end]
    }
    return String(words.max { $0.count < $1.count } ?? Substring(text))
}
