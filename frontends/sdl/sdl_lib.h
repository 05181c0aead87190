/* SDL2 for the desktop window, loaded with dlopen when the first window
 * opens rather than linked: the terminal program (every run in CI, every
 * benchmark) then starts without SDL and the ~45 libraries it pulls in,
 * about 10 ms of each start. Include after <SDL.h>: the functions listed
 * are then called through sdl_lib, by their own names. */
#ifndef RVBOX_FRONTENDS_SDL_LIB_H
#define RVBOX_FRONTENDS_SDL_LIB_H

#include <stddef.h>

#define SDL_LIB_FUNCS(X) \
    X(SDL_CreateColorCursor) \
    X(SDL_CreateRGBSurfaceWithFormatFrom) \
    X(SDL_CreateRenderer) \
    X(SDL_CreateTexture) \
    X(SDL_CreateWindow) \
    X(SDL_DestroyRenderer) \
    X(SDL_DestroyTexture) \
    X(SDL_DestroyWindow) \
    X(SDL_FlushEvents) \
    X(SDL_FreeCursor) \
    X(SDL_FreeSurface) \
    X(SDL_GetDefaultCursor) \
    X(SDL_GetError) \
    X(SDL_GetNumVideoDrivers) \
    X(SDL_GetRendererOutputSize) \
    X(SDL_GetVideoDriver) \
    X(SDL_GetWindowSize) \
    X(SDL_InitSubSystem) \
    X(SDL_PeepEvents) \
    X(SDL_PumpEvents) \
    X(SDL_Quit) \
    X(SDL_QuitSubSystem) \
    X(SDL_RenderClear) \
    X(SDL_RenderCopy) \
    X(SDL_RenderPresent) \
    X(SDL_SetCursor) \
    X(SDL_SetError) \
    X(SDL_SetHint) \
    X(SDL_SetRelativeMouseMode) \
    X(SDL_SetRenderDrawColor) \
    X(SDL_SetTextureBlendMode) \
    X(SDL_SetTextureScaleMode) \
    X(SDL_SetWindowGrab) \
    X(SDL_SetWindowSize) \
    X(SDL_SetWindowTitle) \
    X(SDL_StopTextInput) \
    X(SDL_UnionRect) \
    X(SDL_UpdateTexture)

typedef struct SdlLib {
#define SDL_LIB_FIELD(name) __typeof__(name) *name;
    SDL_LIB_FUNCS(SDL_LIB_FIELD)
#undef SDL_LIB_FIELD
} SdlLib;

extern SdlLib sdl_lib;

/* Loads libSDL2 (its SONAME, libSDL2-2.0.so.0) and every function above,
 * once. Returns 0, or -1 with a one-line reason in err. */
int sdl_lib_load(char *err, size_t errlen);

#ifndef SDL_LIB_NO_REDIRECT
#define SDL_CreateColorCursor sdl_lib.SDL_CreateColorCursor
#define SDL_CreateRGBSurfaceWithFormatFrom sdl_lib.SDL_CreateRGBSurfaceWithFormatFrom
#define SDL_CreateRenderer sdl_lib.SDL_CreateRenderer
#define SDL_CreateTexture sdl_lib.SDL_CreateTexture
#define SDL_CreateWindow sdl_lib.SDL_CreateWindow
#define SDL_DestroyRenderer sdl_lib.SDL_DestroyRenderer
#define SDL_DestroyTexture sdl_lib.SDL_DestroyTexture
#define SDL_DestroyWindow sdl_lib.SDL_DestroyWindow
#define SDL_FlushEvents sdl_lib.SDL_FlushEvents
#define SDL_FreeCursor sdl_lib.SDL_FreeCursor
#define SDL_FreeSurface sdl_lib.SDL_FreeSurface
#define SDL_GetDefaultCursor sdl_lib.SDL_GetDefaultCursor
#define SDL_GetError sdl_lib.SDL_GetError
#define SDL_GetNumVideoDrivers sdl_lib.SDL_GetNumVideoDrivers
#define SDL_GetRendererOutputSize sdl_lib.SDL_GetRendererOutputSize
#define SDL_GetVideoDriver sdl_lib.SDL_GetVideoDriver
#define SDL_GetWindowSize sdl_lib.SDL_GetWindowSize
#define SDL_InitSubSystem sdl_lib.SDL_InitSubSystem
#define SDL_PeepEvents sdl_lib.SDL_PeepEvents
#define SDL_PumpEvents sdl_lib.SDL_PumpEvents
#define SDL_Quit sdl_lib.SDL_Quit
#define SDL_QuitSubSystem sdl_lib.SDL_QuitSubSystem
#define SDL_RenderClear sdl_lib.SDL_RenderClear
#define SDL_RenderCopy sdl_lib.SDL_RenderCopy
#define SDL_RenderPresent sdl_lib.SDL_RenderPresent
#define SDL_SetCursor sdl_lib.SDL_SetCursor
#define SDL_SetError sdl_lib.SDL_SetError
#define SDL_SetHint sdl_lib.SDL_SetHint
#define SDL_SetRelativeMouseMode sdl_lib.SDL_SetRelativeMouseMode
#define SDL_SetRenderDrawColor sdl_lib.SDL_SetRenderDrawColor
#define SDL_SetTextureBlendMode sdl_lib.SDL_SetTextureBlendMode
#define SDL_SetTextureScaleMode sdl_lib.SDL_SetTextureScaleMode
#define SDL_SetWindowGrab sdl_lib.SDL_SetWindowGrab
#define SDL_SetWindowSize sdl_lib.SDL_SetWindowSize
#define SDL_SetWindowTitle sdl_lib.SDL_SetWindowTitle
#define SDL_StopTextInput sdl_lib.SDL_StopTextInput
#define SDL_UnionRect sdl_lib.SDL_UnionRect
#define SDL_UpdateTexture sdl_lib.SDL_UpdateTexture
#endif

#endif
