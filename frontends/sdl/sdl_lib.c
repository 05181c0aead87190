/* Loading SDL2 at run time (sdl_lib.h). */
#define SDL_LIB_NO_REDIRECT
#include <SDL.h>

#include "frontends/sdl/sdl_lib.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stdio.h>

SdlLib sdl_lib;

int sdl_lib_load(char *err, size_t errlen)
{
    static bool loaded;
    if (loaded) {
        return 0;
    }
    /* Never closed: SDL keeps threads and atexit work of its own. */
    void *lib = dlopen("libSDL2-2.0.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(err, errlen, "-display sdl: cannot load SDL2: %s", dlerror());
        return -1;
    }
#define SDL_LIB_SYM(name)                                                               \
    if (!(*(void **)&sdl_lib.name = dlsym(lib, #name))) {                               \
        snprintf(err, errlen, "-display sdl: the SDL2 library lacks %s", #name);       \
        return -1;                                                                      \
    }
    SDL_LIB_FUNCS(SDL_LIB_SYM)
#undef SDL_LIB_SYM
    loaded = true;
    return 0;
}
