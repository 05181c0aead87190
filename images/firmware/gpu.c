/* virtio-gpu self-test (virtio 1.2 §5.7): to be written. */
#include "virtio.h"

void gpu_test(void)
{
    check(false, "gpu: test not written");
}

void gpu_misuse_test(void)
{
    check(false, "gpu-misuse: test not written");
}
