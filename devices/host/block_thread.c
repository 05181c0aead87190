/* A worker thread in front of a synchronous block backend. */
#include "devices/host/block_thread.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "devices/worker.h"

typedef struct BlockThread {
    BlockBackend be;           /* first: the BlockBackend * is a BlockThread * */
    BlockBackend *inner;
    Worker *worker;
} BlockThread;

/* The request's device completion, kept while the inner backend runs it
 * with ours. */
typedef struct Pending {
    WorkItem work;             /* first: the WorkItem * is a Pending * */
    BlockThread *t;
    BlockRequest *req;
    void (*complete)(BlockRequest *req, int result);
} Pending;

static void inner_done(BlockRequest *req, int result)
{
    req->result = result;
}

/* On the worker: the inner backend completes before submit returns. */
static void run_request(WorkItem *it)
{
    Pending *p = (Pending *)it;
    p->req->result = -EIO;
    p->req->complete = inner_done;
    p->t->inner->submit(p->t->inner, p->req);
}

/* Back on the machine's thread: the device's completion. */
static void finish_request(WorkItem *it)
{
    Pending *p = (Pending *)it;
    BlockRequest *req = p->req;
    req->complete = p->complete;
    free(p);
    req->complete(req, req->result);
}

static void bt_submit(BlockBackend *b, BlockRequest *req)
{
    BlockThread *t = (BlockThread *)b;
    Pending *p = malloc(sizeof(*p));
    if (!p) {
        req->complete(req, -ENOMEM);
        return;
    }
    *p = (Pending){ .work = { .run = run_request, .done = finish_request }, .t = t,
                    .req = req, .complete = req->complete };
    worker_submit(t->worker, &p->work);
}

static int bt_event_fd(BlockBackend *b)
{
    return worker_event_fd(((BlockThread *)b)->worker);
}

static void bt_complete_ready(BlockBackend *b)
{
    worker_complete_ready(((BlockThread *)b)->worker);
}

static void bt_drain(BlockBackend *b)
{
    worker_drain(((BlockThread *)b)->worker);
}

static void bt_close(BlockBackend *b)
{
    BlockThread *t = (BlockThread *)b;
    worker_destroy(t->worker);
    t->inner->close(t->inner);
    free(t);
}

/* The image's state is the inner backend's; backend_save/backend_load
 * drained the worker first. */
static int bt_save(BlockBackend *b, StateWriter *w)
{
    BlockBackend *in = ((BlockThread *)b)->inner;
    return in->save ? in->save(in, w) : 0;
}

static int bt_load(BlockBackend *b, StateReader *r, char *err, size_t errlen)
{
    BlockBackend *in = ((BlockThread *)b)->inner;
    return in->load ? in->load(in, r, err, errlen) : 0;
}

BlockBackend *block_thread_wrap(BlockBackend *inner, char *err, size_t errlen)
{
    BlockThread *t = calloc(1, sizeof(*t));
    Worker *w = t ? worker_create(err, errlen) : NULL;
    if (!w) {
        if (!t) {
            snprintf(err, errlen, "out of memory");
        }
        free(t);
        inner->close(inner);
        return NULL;
    }
    t->inner = inner;
    t->worker = w;
    t->be = (BlockBackend){
        .sectors = inner->sectors,
        .read_only = inner->read_only,
        .submit = bt_submit,
        .event_fd = bt_event_fd,
        .complete_ready = bt_complete_ready,
        .drain = bt_drain,
        .close = bt_close,
        .save = inner->save ? bt_save : NULL,
        .load = inner->load ? bt_load : NULL,
    };
    return &t->be;
}
