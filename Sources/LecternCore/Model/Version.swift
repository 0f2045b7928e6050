/// Lectern's version, in one place: `lectern --version` prints it.
public enum LecternVersion {
    public static let current = "0.1.0"
}
