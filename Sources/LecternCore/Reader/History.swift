/// The articles visited, like a browser's: back and forward through a capped list.
public struct History<Location: Sendable & Equatable>: Sendable, Equatable {
    public private(set) var locations: [Location] = []
    public private(set) var index = -1
    public let capacity: Int

    public init(capacity: Int = 100) { self.capacity = max(1, capacity) }

    public var current: Location? { locations.indices.contains(index) ? locations[index] : nil }

    /// Goes to a new location, dropping whatever was forward of the current one.
    public mutating func visit(_ location: Location) {
        locations.removeSubrange(min(locations.count, index + 1)...)
        locations.append(location)
        if locations.count > capacity { locations.removeFirst(locations.count - capacity) }
        index = locations.count - 1
    }

    /// Replaces the current location (to remember a reading position before leaving it).
    public mutating func update(_ location: Location) {
        if locations.indices.contains(index) { locations[index] = location }
    }

    /// The previous location, or nil (and no change) at the start.
    public mutating func back() -> Location? {
        guard index > 0 else { return nil }
        index -= 1
        return locations[index]
    }

    public mutating func forward() -> Location? {
        guard index + 1 < locations.count else { return nil }
        index += 1
        return locations[index]
    }
}
