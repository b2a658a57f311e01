package baeum.exercises.grade;

import java.nio.file.Path;

/**
 * How to start worker JVMs.
 *
 * @param memoryMb the worker's heap cap (-Xmx)
 * @param outputLimit bytes of printed output kept per request
 */
public record WorkerConfig(Sandbox sandbox, WorkerLib lib, int memoryMb, int outputLimit, Path javaHome) {

    public WorkerConfig withMemory(int mb) {
        return new WorkerConfig(sandbox, lib, mb, outputLimit, javaHome);
    }

    public WorkerConfig withSandbox(Sandbox s) {
        return new WorkerConfig(s, lib, memoryMb, outputLimit, javaHome);
    }
}
