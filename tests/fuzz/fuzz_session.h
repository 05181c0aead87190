/* What the harnesses of the terminal frontend (fuzz_qmp, fuzz_monitor,
 * fuzz_script) share: one real Session whose machine has a keyboard, a
 * tablet, a mouse and a display, so every command reaches the machine,
 * and a scratch directory for the commands that write files.
 *
 * Those harnesses link with -Wl,--wrap for session_savevm,
 * session_loadvm and display_write_png: the wrappers here refuse absolute
 * paths and paths with "..", and put the others under the scratch
 * directory, emptied after every input. (The harnesses keep their working
 * directory: libFuzzer and the replay name files relative to it.) */
#ifndef RVBOX_TESTS_FUZZ_FUZZ_SESSION_H
#define RVBOX_TESTS_FUZZ_FUZZ_SESSION_H

#include "frontends/terminal/session.h"

/* The session, made on first use; it has a machine again after an input
 * that left none (a failed reset or loadvm). */
Session *fuzz_session(void);

/* After each input: quit, pause and typed input cleared, the scratch
 * directory emptied, the machine rebuilt when it is gone. name is the
 * harness's, for messages. */
void fuzz_session_done(const char *name);

#endif
