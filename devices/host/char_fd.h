/* A character backend that writes guest output to a host file descriptor
 * (the terminal's stdout, a log file, a pipe). */
#ifndef RVBOX_DEVICES_HOST_CHAR_FD_H
#define RVBOX_DEVICES_HOST_CHAR_FD_H

#include "devices/chardev.h"

/* Returns a backend writing to fd (not owned: destroy does not close it),
 * or NULL when out of memory. Writes retry on EINTR and wait out EAGAIN so
 * no byte is lost; on a hard error (EPIPE, EIO) the output is dropped. */
CharBackend *char_fd_create(int fd);

/* Frees a backend from char_fd_create(); NULL is allowed. */
void char_fd_destroy(CharBackend *c);

#endif
