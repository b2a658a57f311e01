// A contributed preload (as the exercises module's): runs after the kernel's own, in every test kernel.
int preloadProbe() {
    return 42;
}
