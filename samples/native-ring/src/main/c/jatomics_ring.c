/*
 * The C side of the jatomics native-ring sample: a single-producer/single-consumer ring buffer in
 * memory that Java allocates, shared between a Java thread and a pthread started here.
 *
 * Protocol (the classic Lamport queue with release/acquire):
 *   - `tail` counts messages written; only the producer stores it, with memory_order_release,
 *     after writing the message's slot; the consumer loads it with memory_order_acquire.
 *   - `head` counts messages read; only the consumer stores it, with memory_order_release, after
 *     reading the slot; the producer loads it with memory_order_acquire before reusing the slot.
 *   - the slots themselves are plain memory: the counters give each slot a single owner at a time.
 *   - `abandoned` lets Java stop a C thread that would otherwise wait forever (a timed-out test).
 * Java performs its side of every counter access with org.jatomics.raw.RawAtomics.
 *
 * Built by the sample itself (CCompiler.java) with: cc -std=c11 -O2 -fPIC -shared -pthread.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <sched.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define JR_CACHE_LINE 64
#define JR_SPINS_BEFORE_YIELD 64

struct jr_message {
    uint64_t seq;     /* 0, 1, 2, ... in the order the producer wrote them */
    uint64_t payload; /* jr_payload(seq): lets the consumer detect torn or stale slots */
};

struct jr_ring {
    alignas(JR_CACHE_LINE) _Atomic uint64_t head;
    alignas(JR_CACHE_LINE) _Atomic uint64_t tail;
    alignas(JR_CACHE_LINE) _Atomic uint32_t abandoned;
    uint32_t capacity; /* a power of two, written by Java before any thread starts */
    alignas(JR_CACHE_LINE) struct jr_message slots[];
};

_Static_assert(sizeof(_Atomic uint64_t) == 8 && alignof(_Atomic uint64_t) == 8,
               "Java accesses the counters as JAVA_LONG");

enum jr_role { JR_PRODUCER, JR_CONSUMER };

struct jr_task {
    pthread_t thread;
    struct jr_ring *ring;
    enum jr_role role;
    uint64_t count;
    uint64_t checksum;   /* wrapping sum of the payloads written or read */
    uint64_t errors;     /* consumer: messages with a wrong seq or payload */
    uint64_t first_bad;  /* consumer: the position of the first wrong message, or UINT64_MAX */
    uint64_t completed;  /* messages written or read before the end (less if abandoned) */
};

/* splitmix64 of seq + 1; the Java side computes the same function (Payloads.java). */
uint64_t jr_payload(uint64_t seq) {
    uint64_t z = (seq + 1) * UINT64_C(0x9E3779B97F4A7C15);
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

/* Writes the ring's layout as this compiler sees it, so Java can refuse to run on a mismatch. */
void jr_layout(uint64_t out[6]) {
    out[0] = offsetof(struct jr_ring, head);
    out[1] = offsetof(struct jr_ring, tail);
    out[2] = offsetof(struct jr_ring, abandoned);
    out[3] = offsetof(struct jr_ring, capacity);
    out[4] = offsetof(struct jr_ring, slots);
    out[5] = sizeof(struct jr_message);
}

/* Waits politely: a few spins, then yield the CPU. Returns nonzero when Java abandoned the run. */
static int jr_wait(struct jr_ring *ring, unsigned *spins) {
    if (++*spins > JR_SPINS_BEFORE_YIELD) {
        sched_yield();
    }
    return atomic_load_explicit(&ring->abandoned, memory_order_relaxed) != 0;
}

static void jr_produce(struct jr_task *task) {
    struct jr_ring *ring = task->ring;
    uint64_t mask = ring->capacity - 1;
    uint64_t tail = atomic_load_explicit(&ring->tail, memory_order_relaxed); /* ours alone */
    uint64_t head = atomic_load_explicit(&ring->head, memory_order_acquire);
    for (uint64_t seq = 0; seq < task->count; seq++) {
        unsigned spins = 0;
        while (tail - head == ring->capacity) { /* full: wait for the consumer to free a slot */
            head = atomic_load_explicit(&ring->head, memory_order_acquire);
            if (tail - head == ring->capacity && jr_wait(ring, &spins)) {
                return;
            }
        }
        struct jr_message *slot = &ring->slots[tail & mask];
        slot->seq = seq;
        slot->payload = jr_payload(seq);
        task->checksum += slot->payload;
        tail++;
        /* publishes the slot: pairs with the consumer's acquire load of tail */
        atomic_store_explicit(&ring->tail, tail, memory_order_release);
        task->completed++;
    }
}

static void jr_consume(struct jr_task *task) {
    struct jr_ring *ring = task->ring;
    uint64_t mask = ring->capacity - 1;
    uint64_t head = atomic_load_explicit(&ring->head, memory_order_relaxed); /* ours alone */
    while (head < task->count) {
        unsigned spins = 0;
        uint64_t tail;
        /* pairs with the producer's release store: the slots below tail are fully written */
        while ((tail = atomic_load_explicit(&ring->tail, memory_order_acquire)) == head) {
            if (jr_wait(ring, &spins)) {
                return;
            }
        }
        for (; head < tail; head++) {
            const struct jr_message *slot = &ring->slots[head & mask];
            if (slot->seq != head || slot->payload != jr_payload(head)) {
                if (task->errors++ == 0) {
                    task->first_bad = head;
                }
            }
            task->checksum += slot->payload;
            task->completed++;
        }
        /* hands the slots back: pairs with the producer's acquire load of head */
        atomic_store_explicit(&ring->head, head, memory_order_release);
    }
}

static void *jr_run(void *arg) {
    struct jr_task *task = arg;
    if (task->role == JR_PRODUCER) {
        jr_produce(task);
    } else {
        jr_consume(task);
    }
    return NULL;
}

static struct jr_task *jr_start(struct jr_ring *ring, uint64_t count, enum jr_role role) {
    struct jr_task *task = calloc(1, sizeof *task);
    if (task == NULL) {
        return NULL;
    }
    task->ring = ring;
    task->role = role;
    task->count = count;
    task->first_bad = UINT64_MAX;
    if (pthread_create(&task->thread, NULL, jr_run, task) != 0) {
        free(task);
        return NULL;
    }
    return task;
}

/* Starts a pthread that writes `count` messages into `ring`. NULL if it could not start. */
struct jr_task *jr_start_producer(struct jr_ring *ring, uint64_t count) {
    return jr_start(ring, count, JR_PRODUCER);
}

/* Starts a pthread that reads and checks `count` messages from `ring`. NULL if it could not start. */
struct jr_task *jr_start_consumer(struct jr_ring *ring, uint64_t count) {
    return jr_start(ring, count, JR_CONSUMER);
}

/*
 * Waits for the task's thread, writes {completed, checksum, errors, first_bad} to `out` and frees
 * the task. Returns 0, or the pthread_join error.
 */
int jr_join(struct jr_task *task, uint64_t out[4]) {
    int status = pthread_join(task->thread, NULL);
    out[0] = task->completed;
    out[1] = task->checksum;
    out[2] = task->errors;
    out[3] = task->first_bad;
    free(task);
    return status;
}
