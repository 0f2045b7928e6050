/// A document's passages as one run of text, so a position can be a single UTF-8 offset
/// (as in `less`) and a fraction of the whole.
struct TextOffsets {
    let passages: [String]
    /// Where each passage starts in the whole.
    private let starts: [Int]
    let total: Int

    init(_ document: Document) {
        passages = document.passages
        var starts: [Int] = []
        starts.reserveCapacity(passages.count)
        var total = 0
        for passage in passages {
            starts.append(total)
            total += passage.utf8.count
        }
        self.starts = starts
        self.total = total
    }

    /// `position` moved inside the text: a passage that exists, an offset inside it.
    func clamp(_ position: TextPosition) -> TextPosition {
        guard !passages.isEmpty else { return .start }
        let passage = min(max(0, position.passage), passages.count - 1)
        return TextPosition(passage: passage, offset: min(max(0, position.offset), passages[passage].utf8.count))
    }

    func offset(of position: TextPosition) -> Int {
        let position = clamp(position)
        return passages.isEmpty ? 0 : starts[position.passage] + position.offset
    }

    /// The position of `offset` in the whole (below `total`).
    func position(atOffset offset: Int) -> TextPosition {
        // The last passage starting at or before the offset that is not empty.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        while low > 0, passages[low].utf8.isEmpty { low -= 1 }
        return TextPosition(passage: low, offset: min(offset - starts[low], passages[low].utf8.count))
    }

    /// The start of the word holding `offset`, looking back 64 bytes at most; always on a
    /// scalar boundary.
    func wordStart(atOffset offset: Int) -> TextPosition {
        let position = position(atOffset: max(0, offset))
        let utf8 = passages[position.passage].utf8
        let low = max(0, position.offset - 64)
        // Bytes `low` up to and including the one at the position; window[i] is at offset low + i.
        let window = Array(utf8.dropFirst(low).prefix(position.offset - low + 1))
        if let space = window[..<(position.offset - low)].lastIndex(of: 0x20) {
            return TextPosition(passage: position.passage, offset: low + space + 1)
        }
        if low == 0 { return TextPosition(passage: position.passage, offset: 0) }
        var start = position.offset
        while start > low, start - low < window.count, window[start - low] & 0xC0 == 0x80 { start -= 1 }
        return TextPosition(passage: position.passage, offset: start)
    }

    /// Of the places where `needle` occurs, the one nearest to `target` (an offset in the whole).
    func occurrence(of needle: String, nearest target: Int) -> TextPosition? {
        let pattern = Array(needle.utf8)
        var best: (position: TextPosition, distance: Int)?
        for (index, passage) in passages.enumerated() where passage.utf8.count >= pattern.count {
            for range in passage.utf8.ranges(of: pattern) {
                let offset = passage.utf8.distance(from: passage.utf8.startIndex, to: range.lowerBound)
                let distance = abs(starts[index] + offset - target)
                if best == nil || distance < best!.distance {
                    best = (TextPosition(passage: index, offset: offset), distance)
                }
            }
        }
        return best?.position
    }
}
