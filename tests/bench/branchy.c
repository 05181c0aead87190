/* (d) Branchy mix: pointer chasing through a shuffled linked list with a
 * data-dependent branch per node, 12x12 integer matrix multiplies, and a
 * tokenizer state machine (words, numbers, punctuation) over generated text. */
#include "bench.h"
#define NODES 8192
#define LIST_ROUNDS 450
#define MAT 12
#define MAT_ROUNDS 6000
#define TEXT 32768
#define TOK_ROUNDS 115
#define EXPECTED 0xb019357e9be84122ull

struct node {
    struct node *next;
    uint32_t value;
};
static struct node nodes[NODES];
static uint32_t order[NODES];
static int32_t ma[MAT][MAT], mb[MAT][MAT], mc[MAT][MAT];
static char text[TEXT];
static volatile uint64_t seed = 0xA4093822299F31D0ull;

static uint64_t list_bench(uint64_t *s)
{
    for (uint32_t i = 0; i < NODES; i++)
        order[i] = i;
    for (uint32_t i = NODES - 1; i > 0; i--) { /* Fisher-Yates */
        uint32_t j = lcg(s) % (i + 1), t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (uint32_t i = 0; i < NODES; i++) {
        nodes[order[i]].next = &nodes[order[(i + 1) % NODES]];
        nodes[order[i]].value = (uint32_t)lcg(s);
    }
    uint64_t sum = 0;
    for (uint32_t r = 0; r < LIST_ROUNDS; r++) {
        struct node *n = &nodes[order[r % NODES]];
        for (uint32_t k = 0; k < NODES; k++, n = n->next) {
            if (n->value & 1)
                sum += n->value;
            else if (n->value & 2)
                sum ^= (uint64_t)n->value << 13;
            else
                sum -= r;
        }
        nodes[order[r % NODES]].value += r;
    }
    return sum;
}

static uint64_t matrix_bench(uint64_t *s)
{
    for (int i = 0; i < MAT; i++)
        for (int j = 0; j < MAT; j++) {
            ma[i][j] = (int32_t)(lcg(s) % 201) - 100;
            mb[i][j] = (int32_t)(lcg(s) % 201) - 100;
        }
    uint64_t sum = 0;
    for (uint32_t r = 0; r < MAT_ROUNDS; r++) {
        for (int i = 0; i < MAT; i++)
            for (int j = 0; j < MAT; j++) {
                int32_t acc = 0;
                for (int k = 0; k < MAT; k++)
                    acc += ma[i][k] * mb[k][j];
                mc[i][j] = acc;
            }
        /* feed back, kept small: A = (C mod 201) - 100, one element of B moves */
        for (int i = 0; i < MAT; i++)
            for (int j = 0; j < MAT; j++) {
                sum += (uint32_t)mc[i][j];
                ma[i][j] = (int32_t)((uint32_t)mc[i][j] % 201) - 100;
            }
        mb[r % MAT][(r / MAT) % MAT] += 1;
    }
    return sum;
}

enum { SPACE, WORD, NUMBER, PUNCT };

static uint64_t tokenize_bench(uint64_t *s)
{
    static const char punct[] = ".,;:!?()-";
    for (uint32_t i = 0; i < TEXT; i++) {
        uint32_t k = lcg(s) % 100;
        text[i] = k < 55 ? 'a' + k % 26 : k < 70 ? '0' + k % 10 : k < 90 ? ' ' :
                  k < 93 ? '\n' : punct[k % 9];
    }
    uint64_t words = 0, numbers = 0, puncts = 0, hash = 0, value = 0, total = 0;
    for (uint32_t r = 0; r < TOK_ROUNDS; r++) {
        int state = SPACE;
        uint32_t h = 0;
        text[(r * 7919) % TEXT] = 'a' + r % 26;
        for (uint32_t i = 0; i < TEXT; i++) {
            char c = text[i];
            int cls = (c >= 'a' && c <= 'z') ? WORD : (c >= '0' && c <= '9') ? NUMBER :
                      (c == ' ' || c == '\n') ? SPACE : PUNCT;
            switch (state) {
            case WORD:
                if (cls == WORD || cls == NUMBER) {
                    h = h * 31 + c;
                    continue;
                }
                words++;
                hash ^= h;
                break;
            case NUMBER:
                if (cls == NUMBER) {
                    value = value * 10 + (c - '0');
                    continue;
                }
                numbers++;
                total += value;
                break;
            case PUNCT:
                puncts++;
                break;
            }
            state = cls;
            h = c;
            value = c - '0';
        }
        hash = hash * 1000003 + words;
    }
    return hash ^ (words << 40) ^ (numbers << 20) ^ puncts ^ total;
}

static uint64_t work(void)
{
    uint64_t s = seed;
    uint64_t a = list_bench(&s);
    uint64_t b = matrix_bench(&s);
    uint64_t c = tokenize_bench(&s);
    return a ^ (b << 1) ^ (c << 2);
}

BENCH_MAIN
