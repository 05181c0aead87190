/* Saved machine state: a versioned file of tagged sections, one per device
 * (by registry name and instance number) and one per hart.
 *
 * File layout, all integers little-endian:
 *
 *     header:  "RVBXSTAT" (8 bytes), u32 format version (STATE_FORMAT_VERSION)
 *     section: u8 name length (1..255), name bytes (no NUL),
 *              u32 instance, u32 section version, u32 payload length,
 *              payload (that many bytes)
 *     ... sections until the end of the file.
 *
 * The format version covers this framing only; what a payload holds is
 * versioned by its own section version, so one device can change its
 * payload without touching the others. A section's payload is at most
 * UINT32_MAX bytes.
 *
 * Writing never fails midway: StateWriter records the first error (out of
 * memory, misuse) in `failed` and ignores what follows, so a saver puts
 * everything and checks `failed` once. Reading is the same: every get is
 * bounds-checked, a get past the end (or of a malformed value) sets
 * `failed`, returns 0 and never touches memory outside the buffer, and a
 * loader validates its values and checks `failed` once at the end. */
#ifndef RVBOX_DEVICES_STATE_H
#define RVBOX_DEVICES_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STATE_MAGIC "RVBXSTAT"     /* 8 bytes, no NUL in the file */
#define STATE_MAGIC_LEN 8
#define STATE_FORMAT_VERSION 1
#define STATE_HEADER_SIZE 12       /* magic + u32 format version */
#define STATE_NAME_MAX 255         /* longest section name, in bytes */

/* A growable output buffer. buf holds len bytes of output (cap allocated);
 * failed is set on the first error and stays set. section_at is private:
 * the offset of the open section's payload, 0 when none is open. */
typedef struct StateWriter {
    uint8_t *buf;
    size_t len, cap;
    bool failed;
    size_t section_at;
} StateWriter;

/* Starts an empty writer (allocates nothing yet). */
void state_writer_init(StateWriter *w);

/* Frees the buffer and leaves the writer empty; the writer may be reused
 * after state_writer_init. */
void state_writer_free(StateWriter *w);

/* Append one little-endian integer. i64 is stored as its two's-complement
 * u64; bool as one byte, 0 or 1. */
void state_put_u8(StateWriter *w, uint8_t v);
void state_put_u16(StateWriter *w, uint16_t v);
void state_put_u32(StateWriter *w, uint32_t v);
void state_put_u64(StateWriter *w, uint64_t v);
void state_put_i64(StateWriter *w, int64_t v);
void state_put_bool(StateWriter *w, bool v);

/* Appends n raw bytes (no length prefix; the reader must know n). src may
 * be NULL when n is 0. */
void state_put_bytes(StateWriter *w, const void *src, size_t n);

/* Appends a NUL-terminated string as u32 length + bytes (no NUL). A string
 * longer than UINT32_MAX bytes sets failed. */
void state_put_str(StateWriter *w, const char *s);

/* Writes the file header: magic and STATE_FORMAT_VERSION. Call first. */
void state_put_header(StateWriter *w);

/* Opens a section: the tag for name (1..STATE_NAME_MAX bytes), instance
 * (0 for the first of a kind, 1 for the next, ...; a hart uses its hart
 * id) and version (the payload layout's version, chosen by its owner),
 * with its payload length left to state_end_section. Sections do not
 * nest: opening one while another is open, or a name that is empty or too
 * long, sets failed. */
void state_begin_section(StateWriter *w, const char *name, uint32_t instance,
                         uint32_t version);

/* Closes the open section, recording its payload length. Sets failed when
 * no section is open or the payload exceeds UINT32_MAX bytes. */
void state_end_section(StateWriter *w);

/* A bounds-checked view of len bytes at p; pos is the next byte to read
 * (0..len). failed is set by the first get that ran past the end or found
 * a malformed value, and stays set: later gets return 0 and read nothing. */
typedef struct StateReader {
    const uint8_t *p;
    size_t len, pos;
    bool failed;
} StateReader;

/* Starts reading buf[0..len). buf may be NULL when len is 0. */
void state_reader_init(StateReader *r, const void *buf, size_t len);

/* Bytes left to read: len - pos (0 once failed). */
size_t state_remaining(const StateReader *r);

/* Marks r failed, for a loader that found a value out of range. */
void state_reader_fail(StateReader *r);

/* Read one little-endian integer; 0 (false) and failed set when fewer
 * bytes are left than the type needs. state_get_bool also fails on a byte
 * other than 0 or 1. */
uint8_t state_get_u8(StateReader *r);
uint16_t state_get_u16(StateReader *r);
uint32_t state_get_u32(StateReader *r);
uint64_t state_get_u64(StateReader *r);
int64_t state_get_i64(StateReader *r);
bool state_get_bool(StateReader *r);

/* Range-checked reads: the value when it is <= max, else 0 with failed
 * set. For a value that indexes an array or sizes an allocation. */
uint32_t state_get_u32_max(StateReader *r, uint32_t max);
uint64_t state_get_u64_max(StateReader *r, uint64_t max);

/* Copies n raw bytes to dst. When fewer are left (or r already failed),
 * sets failed and zero-fills dst[0..n). dst may be NULL when n is 0. */
void state_get_bytes(StateReader *r, void *dst, size_t n);

/* Reads a string written by state_put_str into dst (max bytes including
 * the NUL; max >= 1) and returns its length. Fails (dst = "", returns 0)
 * when it is truncated, does not fit in max - 1 bytes, or contains a NUL
 * byte. With max 0 nothing is stored and the read fails. */
size_t state_get_str(StateReader *r, char *dst, size_t max);

/* Reads and checks the file header at r's position and moves past it.
 * Returns 0, -EINVAL when the magic is wrong or the file is shorter than
 * the header, -ENOTSUP for a format version other than
 * STATE_FORMAT_VERSION (a file from a newer rvbox). r->failed is set on
 * an error. */
int state_check_header(StateReader *r);

/* Reads the section tag at file's position and moves past the section.
 * Returns 1 with the section's name (NUL-terminated; namemax should be
 * STATE_NAME_MAX + 1), instance, version and a reader over exactly its
 * payload; 0 at the end of the file; -EINVAL when the tag is truncated or
 * malformed (empty name, NUL in the name) or the payload runs past the
 * end of the file (file->failed is then set); -ENAMETOOLONG when the name
 * does not fit namemax (file stays at this section). name, instance,
 * version and payload may each be NULL when not wanted. */
int state_next_section(StateReader *file, char *name, size_t namemax, uint32_t *instance,
                       uint32_t *version, StateReader *payload);

/* Finds section name/instance in a whole saved-state file: file covers the
 * file from its header (file->pos is ignored and not changed). The whole
 * file is checked, not only up to the match. Returns 0 with *out limited to
 * the section's payload and *version its version (version may be NULL);
 * -ENOENT when there is no such section; -EINVAL when the file is
 * malformed (bad header, a section running past the end, the requested
 * name/instance present twice); -ENOTSUP for another format version. */
int state_find_section(const StateReader *file, const char *name, uint32_t instance,
                       StateReader *out, uint32_t *version);

#endif
