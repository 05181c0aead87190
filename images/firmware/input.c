/* virtio-input self-test (virtio 1.2 §5.8): to be written. */
#include "virtio.h"

void input_test(void)
{
    check(false, "input: test not written");
}
