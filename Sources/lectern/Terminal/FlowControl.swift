import CNcursesw
import Glibc

enum FlowControl {
    /// Turns off XON/XOFF so Ctrl-S and Ctrl-Q reach the reader instead of freezing the output.
    /// ncurses saves the result as its program mode and sets it again after a suspension.
    static func disable() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &modes) == 0 else { return }
        _ = def_prog_mode()
    }
}
