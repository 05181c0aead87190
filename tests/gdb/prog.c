/* The program tests/gdb/gdb_test.sh debugs: main() calls some_function(14),
 * which adds some_array[2] (3); the exit code is 17. */
int some_array[4] = { 0x11111111, 0x22222222, 3, 0x44444444 };

__attribute__((noinline)) int some_function(int x)
{
    return x + some_array[2];
}

int main(void)
{
    return some_function(14);
}
