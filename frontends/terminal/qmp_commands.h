/* QMP's commands, apart from the connections that carry them (qmp.c). */
#ifndef RVBOX_FRONTENDS_TERMINAL_QMP_COMMANDS_H
#define RVBOX_FRONTENDS_TERMINAL_QMP_COMMANDS_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "frontends/terminal/session.h"

#define QMP_DESC_MAX 1024   /* bytes of an error's text */

/* What a request gets: a result, or an error class and text. */
typedef struct QmpReply {
    cJSON *ret;          /* the result, owned by the reply (NULL: {}) */
    const char *cls;     /* NULL: success; else "GenericError", "CommandNotFound" */
    char desc[QMP_DESC_MAX];
    bool quit;           /* end the session once the reply is sent (quit) */
} QmpReply;

/* Checks one request (a parsed JSON value: an object with "execute",
 * optional "arguments" and "id") and runs its command on s. Before
 * negotiation (*command_mode false) only qmp_capabilities runs, and sets
 * *command_mode. Errors are QEMU's classes and texts (QMP spec §2.4.2);
 * never fails otherwise. */
void qmp_dispatch(Session *s, bool *command_mode, const cJSON *req, QmpReply *rp);

/* {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": "rvbox"}: the
 * version the greeting and query-version give (a new object). */
cJSON *qmp_version_info(void);

#endif
