/* The host backend registry (see backend.h). */
#include "devices/backend.h"

const BackendInfo *backend_find(enum BackendKind kind)
{
    for (int i = 0; backend_registry[i]; i++) {
        if (backend_registry[i]->kind == kind) {
            return backend_registry[i];
        }
    }
    return NULL;
}
