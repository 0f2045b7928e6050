/// What the reader searches for, compiled for fast matching.
///
/// Matching is case-insensitive unless the query has an upper-case letter ("smart case");
/// canonically equivalent spellings match (the query is NFC, like the text); a space matches
/// any run of white space; a match never ends inside a grapheme cluster.
public struct SearchQuery: Sendable, Equatable {
    /// NFC, trimmed, inner white-space runs collapsed to one space.
    public let text: String
    /// True only when the query has an upper-case letter.
    public let isCaseSensitive: Bool

    private let pattern: QueryPattern
    private let prefilter: RawFilePrefilter

    /// Nil when `raw` is empty or only white space.
    public init?(_ raw: String) {
        let text = WhiteSpace.collapsed(Normalization.nfc(raw))
        guard !text.isEmpty else { return nil }
        self.text = text
        isCaseSensitive = text.unicodeScalars.contains { $0.properties.changesWhenLowercased }
        pattern = QueryPattern(text: text, caseSensitive: isCaseSensitive)
        prefilter = RawFilePrefilter(text: text, caseSensitive: isCaseSensitive)
    }

    /// UTF-8 offset ranges of every non-overlapping match in `text`, in order.
    public func ranges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        forEachMatch(in: text) { ranges.append($0) }
        return ranges
    }

    /// Calls `body` with each match's UTF-8 offset range, in order, without collecting them.
    func forEachMatch(in text: String, _ body: (Range<Int>) -> Void) {
        var text = text
        text.withUTF8 { pattern.forEachMatch(in: $0, body) }
    }

    /// The same, on UTF-8 bytes (valid, NFC), with offsets into them.
    func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        pattern.forEachMatch(in: bytes, body)
    }

    /// The first match in `bytes` at or after `start`, or nil: see `QueryPattern.nextMatch`.
    func nextMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        pattern.nextMatch(in: bytes, from: start)
    }

    /// How many matches from `start` on start before `limit`: see `QueryPattern.count`.
    func count(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> (count: Int, resume: Int) {
        pattern.count(in: bytes, from: start, before: limit)
    }

    /// The same on a file's raw bytes, checking that those it passes over are plain: see
    /// `QueryPattern.countCheckingPlain`.
    func countCheckingPlain(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                            before limit: Int) -> (count: Int, resume: Int, checkedEnd: Int)? {
        pattern.countCheckingPlain(in: bytes, from: start, before: limit)
    }

    /// False only when an article file with these raw bytes certainly has no match: a cheap
    /// test to run before decoding and parsing it. See `RawFilePrefilter` for what it assumes.
    public func mayMatch(_ bytes: UnsafeRawBufferPointer) -> Bool {
        prefilter.mayMatch(bytes)
    }

    public static func == (a: SearchQuery, b: SearchQuery) -> Bool {
        a.text == b.text && a.isCaseSensitive == b.isCaseSensitive
    }
}
