/* An in-order worker thread with completions handed back through an
 * eventfd (see worker.h). */
#include "devices/worker.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

/* A FIFO of items linked through WorkItem.next. */
typedef struct ItemList {
    WorkItem *head, *tail;
} ItemList;

struct Worker {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t work, idle; /* work queued / nothing queued or running */
    ItemList todo, done;       /* under lock */
    bool running;              /* the thread holds an item (under lock) */
    bool stop;
    int efd;                   /* readable while done is not empty */
};

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
        while (!w->todo.head && !w->stop) {
            pthread_cond_wait(&w->work, &w->lock);
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
    w->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
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
    pthread_mutex_lock(&w->lock);
    list_push(&w->todo, it);
    pthread_cond_signal(&w->work);
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
