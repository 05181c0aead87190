/* A worker thread that runs work items in order, off the machine's thread,
 * and hands each one back on the machine's thread: completions wait in a
 * list until the machine (its poll loop, through event_fd) calls
 * worker_complete_ready. What a device or backend does with it: disk I/O
 * (block_thread.c), 9P requests (virtio_9p.c). */
#ifndef RVBOX_DEVICES_WORKER_H
#define RVBOX_DEVICES_WORKER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct WorkItem WorkItem;
struct WorkItem {
    void (*run)(WorkItem *it);    /* on the worker thread */
    void (*done)(WorkItem *it);   /* then on the thread calling complete_ready */
    WorkItem *next;               /* the worker's */
};

typedef struct Worker Worker;

/* Starts a worker. NULL with a one-line message in err when the thread or
 * its eventfd cannot be made. */
Worker *worker_create(char *err, size_t errlen);

/* Queues it; run() starts after every item submitted before it. */
void worker_submit(Worker *w, WorkItem *it);

/* A file descriptor that polls readable while finished items wait. */
int worker_event_fd(Worker *w);

/* Calls done() for every finished item, in completion order. */
void worker_complete_ready(Worker *w);

/* Waits at most max_ns nanoseconds for every submitted item to have run.
 * True when they all have (complete_ready then hands them back at once):
 * a caller that expects quick work keeps its latency low, and slow work
 * still only costs it max_ns. */
bool worker_wait(Worker *w, long max_ns);

/* Waits until every submitted item has run, then completes them. */
void worker_drain(Worker *w);

/* Drains, stops the thread and frees the worker. NULL is ok. */
void worker_destroy(Worker *w);

#endif
