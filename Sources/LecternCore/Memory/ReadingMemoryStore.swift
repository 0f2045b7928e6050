import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Where one library's reading memory is kept, and the reading and writing of it.
///
/// One file per library folder, keyed by the folder's real path, in the state folder
/// (`$XDG_STATE_HOME/lectern`): `articles-1b2c3d4e5f607182.json`, the folder's name and a hash
/// of its path. Nothing is ever written into the library folder. No failure here stops the
/// reader: each comes back as a one-line notice, and a damaged file is set aside, never lost.
public struct ReadingMemoryStore: Sendable {
    /// The library folder's real path.
    public let library: String
    /// The state folder.
    public let folder: String
    /// The state file.
    public let file: String
    /// False once `load` found a file it must not overwrite (a later format, another library's,
    /// one it could neither read nor move): `save` then does nothing.
    public private(set) var savesEnabled = true

    /// A state file larger than this is not Lectern's (10,000 articles take about 2.5 MB).
    static let largestFile = 64 << 20

    public init(libraryFolder: String, stateFolder: String) {
        library = AtomicFile.realPath(libraryFolder)
        folder = stateFolder
        file = stateFolder + "/" + Self.fileName(forLibrary: library)
    }

    /// The file name for a library at real path `library`: readable, and unique by its hash.
    static func fileName(forLibrary library: String) -> String {
        let name = FilePaths.lastComponent(library)
        let readable = String(name.unicodeScalars.prefix(40).map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        })
        let hash = String(fnv1a64(library), radix: 16)
        return (readable.isEmpty ? "library" : readable) + "-" + String(repeating: "0", count: 16 - hash.count) + hash + ".json"
    }

    /// FNV-1a, 64 bits: stable across runs and machines, unlike `Hasher`.
    private static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    // MARK: Loading

    /// The memory saved for this library, empty when there is none or it cannot be used; and a
    /// one-line notice when something was wrong with the file.
    public mutating func load(now: Date = Date()) -> (memory: ReadingMemory, notice: String?) {
        switch AtomicFile.read(file, limit: Self.largestFile) {
        case .missing:
            return (ReadingMemory(), nil)
        case .failed(let problem):
            return (ReadingMemory(), setAside(because: "could not be read (\(problem.reason))", now: now))
        case .bytes(let data):
            switch ReadingMemoryFormat.decode(data) {
            case .memory(let memory, library: let owner) where owner == library:
                return (memory, nil)
            case .memory(_, library: let owner):
                savesEnabled = false
                return (ReadingMemory(), "reading memory \(file) belongs to \(owner); positions are not kept this time")
            case .newer(let version):
                savesEnabled = false
                return (ReadingMemory(), "reading memory \(file) is from a newer lectern (format \(version)); positions are not kept this time")
            case .damaged:
                return (ReadingMemory(), setAside(because: "was damaged", now: now))
            }
        }
    }

    /// Renames the file out of the way, so that its bytes are kept and a new one can start.
    private mutating func setAside(because reason: String, now: Date) -> String {
        let stamp = now.formatted(Self.stampFormat)
        var target = "\(file).damaged-\(stamp)"
        var number = 2
        while FileManager.default.fileExists(atPath: target), number < 100 {
            target = "\(file).damaged-\(stamp)-\(number)"
            number += 1
        }
        guard rename(file, target) == 0 else {
            let problem = FileProblem("move", file)
            savesEnabled = false
            return "reading memory \(file) \(reason), and \(problem); positions are not kept this time"
        }
        return "reading memory \(reason): moved to \(target); starting afresh"
    }

    /// "20261207T151813": a time in UTC without separators, for a file name.
    private static let stampFormat = Date.ISO8601FormatStyle(dateSeparator: .omitted, timeSeparator: .omitted, timeZone: .gmt)
        .year().month().day().time(includingFractionalSeconds: false)

    // MARK: Saving

    /// Writes `memory`, merged with whatever another reader of the same library saved since;
    /// nil when saved (or saving is off), else a one-line notice.
    @discardableResult
    public func save(_ memory: ReadingMemory) -> String? {
        guard savesEnabled else { return nil }
        let realFolder = AtomicFile.realPath(folder)
        if realFolder == library || realFolder.hasPrefix(library.hasSuffix("/") ? library : library + "/") {
            return "the state folder \(folder) is inside the library; positions are not kept"
        }
        do throws(FileProblem) {
            try AtomicFile.createFolders(folder)
            var merged = memory
            if case .bytes(let data) = AtomicFile.read(file, limit: Self.largestFile) {
                switch ReadingMemoryFormat.decode(data) {
                case .memory(let saved, library: let owner) where owner == library:
                    merged = memory.merged(with: saved)
                case .newer(let version):
                    return "reading memory \(file) is now from a newer lectern (format \(version)); not replaced"
                case .memory, .damaged:
                    break
                }
            }
            try AtomicFile.write(Array(ReadingMemoryFormat.encode(merged, library: library).utf8), to: file)
            return nil
        } catch {
            return "reading memory not saved: \(error)"
        }
    }
}
