#ifndef LECTERN_CNCURSESW_SHIM_H
#define LECTERN_CNCURSESW_SHIM_H
// Without this, cchar_t and the wide-character functions are not declared.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncurses.h>
#endif
