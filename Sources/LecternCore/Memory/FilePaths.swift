/// The parts of a file path, taken apart as text (the way `basename` and `dirname` do).
enum FilePaths {
    /// The last component of `path`: "c" for "/a/b/c" and "/a/b/c/"; "/" for "/".
    static func lastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return trimmed == "/" ? "/" : String(trimmed[trimmed.index(after: slash)...])
    }

    /// The folder that holds `path`: "/a/b" for "/a/b/c"; "/" for "/a"; "." for "c", so that
    /// `folder + "/" + name` names the same file.
    static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let folder = withoutTrailingSlashes(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : folder
    }

    /// `path` without the slashes at its end, but "/" for a path of slashes only.
    private static func withoutTrailingSlashes(_ path: String) -> String {
        guard path.hasSuffix("/") else { return path }
        let trimmed = String(path.reversed().drop { $0 == "/" }.reversed())
        return trimmed.isEmpty && !path.isEmpty ? "/" : trimmed
    }
}
