#ifndef LECTERN_CNCURSESW_SHIM_H
#define LECTERN_CNCURSESW_SHIM_H
// Without this, cchar_t and the wide-character functions are not declared.
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncurses.h>
// setupterm, set_curterm, del_curterm: asking terminfo about a terminal before taking it over.
#include <term.h>

// Swift's Glibc module hides these; ncurses and tmux measure cells with them.
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

// ---- What Swift cannot import from ncurses.h: macros and mutable globals ----

static inline WINDOW *lectern_stdscr(void) { return stdscr; }
static inline FILE *lectern_stdout(void) { return stdout; }
static inline FILE *lectern_stdin(void) { return stdin; }

static inline attr_t lectern_attr_normal(void) { return A_NORMAL; }
static inline attr_t lectern_attr_bold(void) { return A_BOLD; }
static inline attr_t lectern_attr_dim(void) { return A_DIM; }
static inline attr_t lectern_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t lectern_attr_reverse(void) { return A_REVERSE; }
static inline attr_t lectern_attr_italic(void) { return A_ITALIC; }

// ---- The mouse ----
// The buttons the reader asks ncurses for: the first button's press, the wheel.
static inline mmask_t lectern_mouse_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t lectern_mouse_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t lectern_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t lectern_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
static inline int lectern_key_mouse(void) { return KEY_MOUSE; }

// The codeset of LC_CTYPE, e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *lectern_codeset(void) { return nl_langinfo(CODESET); }

// ---- Stop and continue signals ----
// The handlers only store a number (async-signal-safe); the reader polls it.
// These statics have internal linkage: every Swift file that calls the
// functions below gets its own copy, so only one Swift file may call them
// (Sources/lectern/Terminal/StopSignals.swift).

static volatile sig_atomic_t lectern_pending_stop_signal = 0;
static volatile sig_atomic_t lectern_pending_continue = 0;

static inline void lectern_note_stop_signal(int signal_number) {
    lectern_pending_stop_signal = signal_number;
}

static inline void lectern_note_continue(int signal_number) {
    (void)signal_number;
    lectern_pending_continue = 1;
}

// Installs the handlers without SA_RESTART, so a blocked read is interrupted.
// Must run before ncurses starts: ncurses leaves alone the signals that already
// have a handler, and keeps its own SIGTSTP (suspend) and SIGWINCH handling.
static inline int lectern_install_signal_handlers(void) {
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = lectern_note_stop_signal;
    sigemptyset(&stop.sa_mask);
    struct sigaction resume;
    memset(&resume, 0, sizeof resume);
    resume.sa_handler = lectern_note_continue;
    sigemptyset(&resume.sa_mask);
    if (sigaction(SIGINT, &stop, NULL) != 0) return -1;
    if (sigaction(SIGTERM, &stop, NULL) != 0) return -1;
    if (sigaction(SIGHUP, &stop, NULL) != 0) return -1;
    if (sigaction(SIGCONT, &resume, NULL) != 0) return -1;
    return 0;
}

// A parent may start us with signals blocked (Swift Testing does this to its
// children); blocked SIGWINCH or SIGINT would never reach us.
static inline int lectern_unblock_all_signals(void) {
    sigset_t none;
    sigemptyset(&none);
    return sigprocmask(SIG_SETMASK, &none, NULL);
}

static inline int lectern_pending_stop_signal_number(void) {
    return lectern_pending_stop_signal;
}

// Returns 1 once after each SIGCONT.
static inline int lectern_take_continue(void) {
    if (!lectern_pending_continue) return 0;
    lectern_pending_continue = 0;
    return 1;
}

// ---- Giving the terminal back when the process crashes ----
// A Swift trap (fatalError, an uncaught top-level error, a failed precondition)
// kills the process with a signal: atexit hooks do not run and the shell would
// be left in the alternate screen without echo. The handler writes bytes
// prepared in advance and sets the saved terminal modes (both async-signal-safe),
// then hands the signal to whoever had it before (Swift's backtracer) or to the
// default action. Only Sources/lectern/Terminal/CrashRestore.swift may call
// these, for the same reason as above.

struct lectern_crash_state {
    char reset_bytes[256];
    size_t reset_length;
    struct termios shell_modes;
    volatile sig_atomic_t armed;
    struct sigaction previous_actions[NSIG];
    // While the screen is up, fd 2 goes to an unlinked file (capture_fd) and the real stderr
    // waits in saved_stderr: what is written meanwhile (Swift's "Fatal error: ..." among it)
    // would otherwise vanish with the alternate screen.
    int saved_stderr;
    int capture_fd;
};

// Kept in a function's static: Swift's importer does not emit a file-scope
// static that lacks an initializer, and the link fails.
static inline struct lectern_crash_state *lectern_crash(void) {
    static struct lectern_crash_state state = { .saved_stderr = -1, .capture_fd = -1 };
    return &state;
}

static inline void lectern_crash_append_capability(const char *name) {
    const char *bytes = tigetstr(name);
    if (bytes == NULL || bytes == (const char *)-1) return;
    size_t length = strlen(bytes);
    if (lectern_crash()->reset_length + length > sizeof lectern_crash()->reset_bytes) return;
    memcpy(lectern_crash()->reset_bytes + lectern_crash()->reset_length, bytes, length);
    lectern_crash()->reset_length += length;
}

// Points fd 2 back at the real stderr and copies there what was captured. Async-signal-safe.
static inline void lectern_release_stderr(void) {
    struct lectern_crash_state *state = lectern_crash();
    if (state->capture_fd < 0) return;
    dup2(state->saved_stderr, STDERR_FILENO);
    char buffer[4096];
    ssize_t got;
    off_t offset = 0;
    while ((got = pread(state->capture_fd, buffer, sizeof buffer, offset)) > 0) {
        ssize_t ignored = write(STDERR_FILENO, buffer, (size_t)got);
        (void)ignored;
        offset += got;
    }
    close(state->capture_fd);
    close(state->saved_stderr);
    state->capture_fd = -1;
    state->saved_stderr = -1;
}

// Sends fd 2 to an unlinked temporary file until lectern_release_stderr. Returns 0 on success;
// on failure stderr stays as it was.
static inline int lectern_capture_stderr(void) {
    struct lectern_crash_state *state = lectern_crash();
    char path[] = "/tmp/lectern-stderr-XXXXXX";
    int capture = mkstemp(path);
    if (capture < 0) return -1;
    unlink(path);
    int saved = dup(STDERR_FILENO);
    if (saved < 0 || dup2(capture, STDERR_FILENO) < 0) {
        close(capture);
        if (saved >= 0) close(saved);
        return -1;
    }
    state->capture_fd = capture;
    state->saved_stderr = saved;
    return 0;
}

static inline void lectern_on_crash(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    if (lectern_crash()->armed) {
        lectern_crash()->armed = 0;
        ssize_t ignored = write(STDOUT_FILENO, lectern_crash()->reset_bytes, lectern_crash()->reset_length);
        (void)ignored;
        tcsetattr(STDIN_FILENO, TCSANOW, &lectern_crash()->shell_modes);
        lectern_release_stderr();
        static const char report[] =
            "lectern: crashed; this is a bug. Please report it to the Lectern project with the message above "
            "and what you were doing (the article and the keys pressed).\n";
        ignored = write(STDERR_FILENO, report, sizeof report - 1);
        (void)ignored;
    }
    sigaction(signal_number, &lectern_crash()->previous_actions[signal_number], NULL);
    // A fault happens again when the handler returns; a sent signal (abort) must be sent again.
    if (info == NULL || info->si_code <= 0) raise(signal_number);
}

// Call before ncurses changes the terminal modes.
static inline void lectern_crash_save_shell_modes(void) {
    tcgetattr(STDIN_FILENO, &lectern_crash()->shell_modes);
}

// Call once ncurses has loaded the terminal description.
static inline void lectern_crash_arm(void) {
    lectern_crash()->reset_length = 0;
    lectern_crash_append_capability("sgr0");
    lectern_crash_append_capability("cnorm");
    lectern_crash_append_capability("rmkx");
    lectern_crash_append_capability("rmcup");
    static const int crash_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = lectern_on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &action, &lectern_crash()->previous_actions[crash_signals[i]]);
    }
    lectern_crash()->armed = 1;
}

// Adds bytes to write when the process crashes (mode resets the terminal
// description does not know, such as mouse reporting). Call after lectern_crash_arm.
static inline void lectern_crash_append_bytes(const char *bytes) {
    size_t length = strlen(bytes);
    if (lectern_crash()->reset_length + length > sizeof lectern_crash()->reset_bytes) return;
    memcpy(lectern_crash()->reset_bytes + lectern_crash()->reset_length, bytes, length);
    lectern_crash()->reset_length += length;
}

static inline void lectern_crash_disarm(void) {
    lectern_crash()->armed = 0;
}

#endif
