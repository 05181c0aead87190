/* An in-order worker thread with completions handed back through an
 * eventfd (see worker.h). */
#include "devices/worker.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/eventfd.h>
#endif
#include <time.h>
#include <unistd.h>

/* A FIFO of items linked through WorkItem.next. */
typedef struct ItemList {
    WorkItem *head, *tail;
} ItemList;

/* Handing an item to a sleeping thread and waking the caller back costs
 * tens of microseconds on a loaded or virtualised host, more than a cached
 * read takes: both sides first spin this long before they sleep. */
#define SPIN_NS 50000

struct Worker {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t work, idle; /* work queued / nothing queued or running */
    ItemList todo, done;       /* under lock */
    bool running;              /* the thread holds an item (under lock) */
    bool sleeping;             /* the thread waits on work (under lock) */
    bool stop;
    atomic_uint busy;          /* items submitted and not yet run */
    int efd;                   /* readable while done is not empty */
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Spins up to ns while busy is (want_zero ? non-zero : zero). */
static void spin_while(Worker *w, bool want_zero, uint64_t ns)
{
    uint64_t end = now_ns() + ns;
    while ((atomic_load(&w->busy) != 0) == want_zero && now_ns() < end) {
    }
}

static void list_push(ItemList *l, WorkItem *it)
{
    it->next = NULL;
    if (l->tail) {
        l->tail->next = it;
    } else {
        l->head = it;
    }
    l->tail = it;
}

static WorkItem *list_pop(ItemList *l)
{
    WorkItem *it = l->head;
    if (it) {
        l->head = it->next;
        if (!l->head) {
            l->tail = NULL;
        }
    }
    return it;
}

static void *worker_main(void *opaque)
{
    Worker *w = opaque;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        if (!w->todo.head && !w->stop) {
            pthread_mutex_unlock(&w->lock);
            spin_while(w, false, SPIN_NS);   /* more work is often on its way */
            pthread_mutex_lock(&w->lock);
        }
        while (!w->todo.head && !w->stop) {
            w->sleeping = true;
            pthread_cond_wait(&w->work, &w->lock);
            w->sleeping = false;
        }
        WorkItem *it = list_pop(&w->todo);
        if (!it) {
            break;
        }
        w->running = true;
        pthread_mutex_unlock(&w->lock);
        it->run(it);
        pthread_mutex_lock(&w->lock);
        w->running = false;
        list_push(&w->done, it);
        atomic_fetch_sub(&w->busy, 1);
        uint64_t one = 1;
        if (write(w->efd, &one, sizeof(one)) < 0) {
            /* the counter is saturated: it is readable anyway */
        }
        if (!w->todo.head) {
            pthread_cond_broadcast(&w->idle);
        }
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

Worker *worker_create(char *err, size_t errlen)
{
    Worker *w = calloc(1, sizeof(*w));
    if (!w) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
#ifdef __linux__
    w->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
#else
    w->efd = -1;   /* no eventfd (the browser build runs without workers) */
    errno = ENOSYS;
#endif
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->work, NULL);
    pthread_cond_init(&w->idle, NULL);
    int rc = w->efd < 0 ? errno : pthread_create(&w->thread, NULL, worker_main, w);
    if (rc != 0) {
        snprintf(err, errlen, "cannot start an I/O thread: %s", strerror(rc));
        if (w->efd >= 0) {
            close(w->efd);
        }
        free(w);
        return NULL;
    }
    return w;
}

void worker_submit(Worker *w, WorkItem *it)
{
    atomic_fetch_add(&w->busy, 1);
    pthread_mutex_lock(&w->lock);
    list_push(&w->todo, it);
    if (w->sleeping) {
        pthread_cond_signal(&w->work);
    }
    pthread_mutex_unlock(&w->lock);
}

int worker_event_fd(Worker *w)
{
    return w->efd;
}

void worker_complete_ready(Worker *w)
{
    uint64_t n;
    if (read(w->efd, &n, sizeof(n)) < 0) {
        /* EAGAIN: nothing signalled; the list may still hold items */
    }
    pthread_mutex_lock(&w->lock);
    WorkItem *it = w->done.head;
    w->done.head = w->done.tail = NULL;
    pthread_mutex_unlock(&w->lock);
    while (it) {
        WorkItem *next = it->next;
        it->done(it);
        it = next;
    }
}

bool worker_wait(Worker *w, long max_ns)
{
    spin_while(w, true, (uint64_t)(max_ns < SPIN_NS ? max_ns : SPIN_NS));
    if (atomic_load(&w->busy) == 0) {
        return true;
    }
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_nsec += max_ns;
    until.tv_sec += until.tv_nsec / 1000000000;
    until.tv_nsec %= 1000000000;
    pthread_mutex_lock(&w->lock);
    int rc = 0;
    while ((w->todo.head || w->running) && rc == 0) {
        rc = pthread_cond_timedwait(&w->idle, &w->lock, &until);
    }
    bool idle = !w->todo.head && !w->running;
    pthread_mutex_unlock(&w->lock);
    return idle;
}

void worker_drain(Worker *w)
{
    pthread_mutex_lock(&w->lock);
    while (w->todo.head || w->running) {
        pthread_cond_wait(&w->idle, &w->lock);
    }
    pthread_mutex_unlock(&w->lock);
    worker_complete_ready(w);
}

void worker_destroy(Worker *w)
{
    if (!w) {
        return;
    }
    worker_drain(w);
    pthread_mutex_lock(&w->lock);
    w->stop = true;
    pthread_cond_signal(&w->work);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    pthread_mutex_destroy(&w->lock);
    pthread_cond_destroy(&w->work);
    pthread_cond_destroy(&w->idle);
    close(w->efd);
    free(w);
}
