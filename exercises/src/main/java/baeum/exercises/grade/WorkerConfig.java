package baeum.exercises.grade;

import java.nio.file.Path;

/**
 * How to start worker JVMs.
 *
 * @param memoryMb the worker's heap cap (-Xmx)
 * @param outputLimit bytes of printed output kept per request
 * @param aotCache the JVM's ahead-of-time cache for workers (see {@link AotTraining}), or null
 * @param jit {@code kernel} (C2 with the kernel's thresholds), {@code c1} (C1 only) or
 *     {@code default} (the JVM's own tiered compilation)
 */
public record WorkerConfig(Sandbox sandbox, WorkerLib lib, int memoryMb, int outputLimit, Path javaHome, Path aotCache,
                           String jit) {

    public WorkerConfig(Sandbox sandbox, WorkerLib lib, int memoryMb, int outputLimit, Path javaHome, Path aotCache) {
        this(sandbox, lib, memoryMb, outputLimit, javaHome, aotCache, "kernel");
    }

    public WorkerConfig withSandbox(Sandbox s) {
        return new WorkerConfig(s, lib, memoryMb, outputLimit, javaHome, aotCache, jit);
    }

    public WorkerConfig withAotCache(Path cache) {
        return new WorkerConfig(sandbox, lib, memoryMb, outputLimit, javaHome, cache, jit);
    }
}
