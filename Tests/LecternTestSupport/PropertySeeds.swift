import Foundation

/// The seeds a property test runs. `LECTERN_SEED=n` replays one failing seed;
/// `LECTERN_SEEDS=n` runs seeds 1...n for a longer hunt than the default.
public enum PropertySeeds {
    public static func range(default count: UInt64) -> ClosedRange<UInt64> {
        let environment = ProcessInfo.processInfo.environment
        if let seed = environment["LECTERN_SEED"].flatMap(UInt64.init) { return seed...seed }
        let count = environment["LECTERN_SEEDS"].flatMap(UInt64.init) ?? count
        return 1...max(1, count)
    }
}
