package baeum.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Drives the kernel over the real protocol and prints the figures (not a test). With a
 * kernelspec directory it starts the kernel exactly as Jupyter would (see docs/kernel.md):
 * <pre>
 * bin/baeum install --dir /tmp/bench-spec/kernels/baeum
 * java -cp kernel/target/test-classes:kernel/target/classes:$(cat kernel/target/test.classpath) \
 *     baeum.kernel.KernelBenchmark /tmp/bench-spec/kernels/baeum
 * </pre>
 */
public final class KernelBenchmark {
    private KernelBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        if (args.length == 1 && java.nio.file.Files.isDirectory(java.nio.file.Path.of(args[0]))) {
            KernelClient.JSON.readTree(java.nio.file.Path.of(args[0], "kernel.json").toFile()).path("argv")
                    .forEach(a -> command.add(a.asText()));
            command.removeLast(); // {connection_file}
        }
        System.out.println("load average before: " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        // Jupyter's server is running before it starts a kernel: one untimed start warms this client
        // (its JeroMQ, codec and process spawning), then three timed ones
        double cold = startToFirstResult(args, command)[0];
        double[] starts = new double[3], cpu = new double[3];
        for (int i = 0; i < starts.length; i++) {
            double[] r = startToFirstResult(args, command);
            starts[i] = r[0];
            cpu[i] = r[1];
        }
        System.out.printf("start to first 1+1 result: %7.0f ms   (target <= 1000; median of %s ms; kernel CPU %s ms;"
                + " first start, client cold: %.0f ms)%n", median(starts), Arrays.toString(round(starts)),
                Arrays.toString(round(cpu)), cold);
        try (KernelClient k = command.isEmpty() ? KernelClient.start(List.of(args)) : new KernelClient(command)) {
            k.execute("1+1");

            for (int i = 0; i < 300; i++) k.execute("1+1");
            double[] t = new double[200];
            long cpu0 = cpuMillis(k.process().pid());
            for (int i = 0; i < t.length; i++) {
                long s = System.nanoTime();
                k.execute("1+" + i);
                t[i] = (System.nanoTime() - s) / 1e6;
            }
            System.out.printf("trivial cell median:       %7.1f ms   (target <= 15); kernel CPU %.1f ms per cell%n", median(t),
                    (cpuMillis(k.process().pid()) - cpu0) / (double) t.length);
            double[] info = new double[200];
            for (int i = 0; i < info.length; i++) {
                long s0 = System.nanoTime();
                k.request("kernel_info_request", KernelClient.content());
                info[i] = (System.nanoTime() - s0) / 1e6;
            }
            System.out.printf("kernel_info round trip:    %7.2f ms   (protocol only)%n", median(info));

            long s = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 50; i++) ids.add(k.sendExecute("int v" + i + " = " + i + ";"));
            for (String id : ids) k.await(id, Duration.ofSeconds(60));
            System.out.printf("50 cells sent at once:     %7.0f ms   (target <= 1000)%n", (System.nanoTime() - s) / 1e6);

            double[] lines = new double[5];
            int messages = 0;
            for (int r = 0; r < lines.length; r++) {
                s = System.nanoTime();
                KernelClient.Result res = k.execute("for (int i = 0; i < 1000; i++) System.out.println(\"line \" + i);");
                lines[r] = (System.nanoTime() - s) / 1e6;
                messages = res.of("stream").size();
            }
            System.out.printf("1000 printed lines:        %7.1f ms in %d message(s)   (target <= 50, few)%n",
                    median(lines), messages);

            double[] c = new double[50];
            for (int i = 0; i < 10; i++) complete(k);
            for (int i = 0; i < c.length; i++) {
                s = System.nanoTime();
                complete(k);
                c[i] = (System.nanoTime() - s) / 1e6;
            }
            System.out.printf("completion median:         %7.1f ms   (target <= 30)%n", median(c));

            Thread.sleep(IdleTrim.DELAY_MS + 1000);
            long rss = rssKiB(k.process().pid());
            System.out.printf("idle RSS (one JVM):        %7.0f MiB  (target <= 200)%n", rss / 1024.0);
            s = System.nanoTime();
            k.await(k.sendControl("shutdown_request", KernelClient.content().put("restart", true)), Duration.ofSeconds(10));
            double replied = (System.nanoTime() - s) / 1e6;
            k.process().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            double exited = (System.nanoTime() - s) / 1e6;
            double restarted;
            try (KernelClient again = command.isEmpty() ? KernelClient.start(List.of(args)) : new KernelClient(command)) {
                again.execute("1+1");
                restarted = (System.nanoTime() - s) / 1e6;   // before closing the client stops the new kernel
            }
            System.out.printf("restart: shutdown reply %.0f ms, process gone %.0f ms, new kernel's 1+1 at %.0f ms%n",
                    replied, exited, restarted);
            System.out.println("load average after: " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        }
    }

    /** Starts a kernel, runs {@code 1+1}: the wall milliseconds to its result and the kernel's CPU milliseconds. */
    private static double[] startToFirstResult(String[] args, List<String> command) throws Exception {
        long t0 = System.nanoTime();
        try (KernelClient k = command.isEmpty() ? KernelClient.start(List.of(args)) : new KernelClient(command)) {
            k.execute("1+1");
            double ms = (System.nanoTime() - t0) / 1e6;
            return new double[] {ms, cpuMillis(k.process().pid())};
        }
    }

    private static long[] round(double[] v) {
        return Arrays.stream(v).mapToLong(Math::round).toArray();
    }

    private static void complete(KernelClient k) throws InterruptedException {
        String code = "var list = new java.util.ArrayList<String>();\nlist.si";
        k.request("complete_request", KernelClient.content().put("code", code).put("cursor_pos", code.length()));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** User + system CPU time of a process (Linux /proc; clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static long rssKiB(long pid) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }
}
