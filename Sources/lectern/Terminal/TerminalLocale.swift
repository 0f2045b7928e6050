import CNcursesw
import Glibc

enum TerminalLocale {
    /// Takes the user's locale, as ncurses needs for wide characters. When its character set
    /// is not UTF-8 (LANG unset gives "C"), switches LC_CTYPE to C.UTF-8: the reader lays out
    /// text with UTF-8 widths whatever the locale, and wcwidth must agree with that.
    static func adopt() {
        _ = setlocale(LC_ALL, "")
        if String(cString: lectern_codeset()) != "UTF-8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
