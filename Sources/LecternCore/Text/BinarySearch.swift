extension RandomAccessCollection {
    /// Binary search: the first index whose element satisfies `isAtOrPast`, which must be false
    /// for a prefix of the collection and true for the rest; `endIndex` when none does.
    @inline(__always)
    func partitioningIndex(where isAtOrPast: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isAtOrPast(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
