import FoundationEssentials

/// The state file's text: JSON, format version 1.
///
///     {
///       "version": 1,
///       "library": "/home/ann/articles",
///       "lastArticle": "02-breaking-free",
///       "measure": 70,
///       "articles": {
///         "02-breaking-free": {
///           "offset": 5234, "length": 12040, "anchor": "memories can become",
///           "percent": 43, "finished": false, "lastRead": "2026-11-27T14:00:00Z"
///         }
///       }
///     }
///
/// `library` is the folder's real path; `lastArticle` and `measure` may be null. Per article:
/// `offset` is where the top of the screen was, in UTF-8 bytes into the article's text
/// (`RememberedPlace`), `length` the text's length then, `anchor` the words there; `percent`
/// how much was above the bottom of the screen; `finished` whether the end was ever reached;
/// `lastRead` when it was left, in UTC.
enum ReadingMemoryFormat {
    static let version = 1

    enum Decoded: Equatable {
        case memory(ReadingMemory, library: String)
        /// Written by a later Lectern: not to be read, nor overwritten.
        case newer(version: Int)
        case damaged
    }

    static func encode(_ memory: ReadingMemory, library: String) -> String {
        let dates = timeFormatter()
        let articles: [(String, JSONValue)] = memory.articles.sorted { $0.key < $1.key }.map { id, record in
            (id, .object([
                ("offset", .number(record.place.offset)),
                ("length", .number(record.place.length)),
                ("anchor", .string(record.place.anchor)),
                ("percent", .number(record.percent)),
                ("finished", .bool(record.finished)),
                ("lastRead", .string(record.lastRead.formatted(dates))),
            ]))
        }
        let file: JSONValue = .object([
            ("version", .number(version)),
            ("library", .string(library)),
            ("lastArticle", .optional(memory.lastArticle)),
            ("measure", memory.measure.map(JSONValue.number) ?? .null),
            ("articles", .object(articles)),
        ])
        return file.serialized(pretty: true) + "\n"
    }

    static func decode(_ data: Data) -> Decoded {
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(Header.self, from: data) else { return .damaged }
        guard header.version <= version else { return .newer(version: header.version) }
        guard header.version == version, let file = try? decoder.decode(FileV1.self, from: data) else { return .damaged }
        let dates = timeFormatter()
        var articles: [String: ArticleMemory] = [:]
        for (id, record) in file.articles {
            guard let time = try? dates.parse(record.lastRead) else { return .damaged }
            articles[id] = ArticleMemory(
                place: RememberedPlace(offset: record.offset, length: record.length, anchor: record.anchor),
                percent: min(100, max(0, record.percent)), finished: record.finished, lastRead: time)
        }
        let lastArticle = file.lastArticle.flatMap { articles[$0] == nil ? nil : $0 }
        let memory = ReadingMemory(articles: articles, lastArticle: lastArticle, measure: file.measure)
        return .memory(memory, library: file.library)
    }

    private struct Header: Decodable {
        var version: Int
    }

    private struct FileV1: Decodable {
        var library: String
        var lastArticle: String?
        var measure: Int?
        var articles: [String: Record]
    }

    private struct Record: Decodable {
        var offset: Int
        var length: Int
        var anchor: String
        var percent: Int
        var finished: Bool
        var lastRead: String
    }

    /// "2026-12-07T15:18:13Z": whole seconds, UTC.
    private static func timeFormatter() -> Date.ISO8601FormatStyle {
        Date.ISO8601FormatStyle(timeZone: .gmt)
    }
}
