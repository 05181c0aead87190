/* The program of tests/gdb/gdb_test.sh's hardware breakpoint and
 * watchpoint session: main() calls some_function(14), which adds
 * some_array[2] (3), then bump(4), which adds 0, 1, 2 and 3 to counter, so
 * a write watchpoint sees it change 0 -> 1 -> 3 -> 6; the exit code is 17. */
int some_array[4] = { 0x11111111, 0x22222222, 3, 0x44444444 };
volatile int counter;

__attribute__((noinline)) int some_function(int x)
{
    return x + some_array[2];
}

__attribute__((noinline)) void bump(int n)
{
    for (int i = 0; i < n; i++) {
        counter += i;
    }
}

int main(void)
{
    int r = some_function(14);
    bump(4);
    return r;
}
