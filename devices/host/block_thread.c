/* A worker thread in front of a synchronous block backend. */
#include "devices/host/block_thread.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

/* A FIFO of requests linked through BlockRequest.next. */
typedef struct ReqList {
    BlockRequest *head, *tail;
} ReqList;

typedef struct BlockThread {
    BlockBackend be;           /* first: the BlockBackend * is a BlockThread * */
    BlockBackend *inner;
    pthread_t worker;
    pthread_mutex_t lock;
    pthread_cond_t work, idle; /* work queued / nothing queued or running */
    ReqList todo, done;        /* under lock */
    bool running;              /* the worker holds a request (under lock) */
    bool stop;
    int efd;                   /* readable while done is not empty */
} BlockThread;

static void list_push(ReqList *l, BlockRequest *r)
{
    r->next = NULL;
    if (l->tail) {
        l->tail->next = r;
    } else {
        l->head = r;
    }
    l->tail = r;
}

static BlockRequest *list_take_all(ReqList *l)
{
    BlockRequest *h = l->head;
    l->head = l->tail = NULL;
    return h;
}

/* The inner backend's completion, on the worker: keep the result. */
static void inner_done(BlockRequest *req, int result)
{
    req->result = result;
}

static void *worker_main(void *opaque)
{
    BlockThread *t = opaque;
    pthread_mutex_lock(&t->lock);
    for (;;) {
        while (!t->todo.head && !t->stop) {
            pthread_cond_wait(&t->work, &t->lock);
        }
        if (!t->todo.head) {
            break;
        }
        BlockRequest *r = t->todo.head;
        t->todo.head = r->next;
        if (!t->todo.head) {
            t->todo.tail = NULL;
        }
        t->running = true;
        pthread_mutex_unlock(&t->lock);

        /* The device's complete() is swapped for ours while inner runs it. */
        void (*complete)(BlockRequest *, int) = r->complete;
        r->complete = inner_done;
        r->result = -EIO;
        t->inner->submit(t->inner, r);
        r->complete = complete;

        pthread_mutex_lock(&t->lock);
        t->running = false;
        list_push(&t->done, r);
        uint64_t one = 1;
        if (write(t->efd, &one, sizeof(one)) < 0) {
            /* the counter is saturated: it is readable anyway */
        }
        if (!t->todo.head) {
            pthread_cond_broadcast(&t->idle);
        }
    }
    pthread_mutex_unlock(&t->lock);
    return NULL;
}

static void bt_submit(BlockBackend *b, BlockRequest *req)
{
    BlockThread *t = (BlockThread *)b;
    pthread_mutex_lock(&t->lock);
    list_push(&t->todo, req);
    pthread_cond_signal(&t->work);
    pthread_mutex_unlock(&t->lock);
}

static int bt_event_fd(BlockBackend *b)
{
    return ((BlockThread *)b)->efd;
}

/* Runs complete() for every finished request, in completion order. */
static void bt_complete_ready(BlockBackend *b)
{
    BlockThread *t = (BlockThread *)b;
    uint64_t n;
    if (read(t->efd, &n, sizeof(n)) < 0) {
        /* EAGAIN: nothing signalled; the list may still hold work */
    }
    pthread_mutex_lock(&t->lock);
    BlockRequest *r = list_take_all(&t->done);
    pthread_mutex_unlock(&t->lock);
    while (r) {
        BlockRequest *next = r->next;
        r->complete(r, r->result);
        r = next;
    }
}

static void bt_drain(BlockBackend *b)
{
    BlockThread *t = (BlockThread *)b;
    pthread_mutex_lock(&t->lock);
    while (t->todo.head || t->running) {
        pthread_cond_wait(&t->idle, &t->lock);
    }
    pthread_mutex_unlock(&t->lock);
    bt_complete_ready(b);
}

static void bt_close(BlockBackend *b)
{
    BlockThread *t = (BlockThread *)b;
    bt_drain(b);
    pthread_mutex_lock(&t->lock);
    t->stop = true;
    pthread_cond_signal(&t->work);
    pthread_mutex_unlock(&t->lock);
    pthread_join(t->worker, NULL);
    pthread_mutex_destroy(&t->lock);
    pthread_cond_destroy(&t->work);
    pthread_cond_destroy(&t->idle);
    close(t->efd);
    t->inner->close(t->inner);
    free(t);
}

BlockBackend *block_thread_wrap(BlockBackend *inner, char *err, size_t errlen)
{
    BlockThread *t = calloc(1, sizeof(*t));
    if (!t) {
        snprintf(err, errlen, "out of memory");
        inner->close(inner);
        return NULL;
    }
    t->inner = inner;
    t->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    pthread_mutex_init(&t->lock, NULL);
    pthread_cond_init(&t->work, NULL);
    pthread_cond_init(&t->idle, NULL);
    int rc = t->efd < 0 ? errno : pthread_create(&t->worker, NULL, worker_main, t);
    if (rc != 0) {
        snprintf(err, errlen, "cannot start the disk I/O thread: %s", strerror(rc));
        if (t->efd >= 0) {
            close(t->efd);
        }
        inner->close(inner);
        free(t);
        return NULL;
    }
    t->be = (BlockBackend){
        .sectors = inner->sectors,
        .read_only = inner->read_only,
        .submit = bt_submit,
        .event_fd = bt_event_fd,
        .complete_ready = bt_complete_ready,
        .drain = bt_drain,
        .close = bt_close,
    };
    return &t->be;
}
