package baeum.kernel;

import baeum.kernel.protocol.Message;
import baeum.kernel.protocol.Signer;
import baeum.kernel.protocol.WireCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * A Jupyter client over JeroMQ for the tests and the benchmark: starts the real kernel in its own
 * JVM (as the kernelspec does), speaks the real wire protocol, and stops the process at the end.
 */
public final class KernelClient implements AutoCloseable {
    /** What one request brought: the reply's content and the IOPub messages of its parent. */
    public record Result(JsonNode reply, List<Message> iopub) {
        public List<Message> of(String type) {
            return iopub.stream().filter(m -> m.type().equals(type)).toList();
        }

        public String stdout() {
            return text("stdout");
        }

        public String stderr() {
            return text("stderr");
        }

        private String text(String name) {
            StringBuilder sb = new StringBuilder();
            for (Message m : of("stream")) if (m.content().path("name").asText().equals(name)) sb.append(m.content().path("text").asText());
            return sb.toString();
        }

        /** The text/plain of the execute_result, or null. */
        public String value() {
            List<Message> r = of("execute_result");
            return r.isEmpty() ? null : r.getFirst().content().path("data").path("text/plain").asText();
        }

        public String status() {
            return reply.path("status").asText();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final ZContext context = new ZContext(1);
    private final ZMQ.Socket shell, control, heartbeat, iopub, stdin;
    private final LinkedBlockingQueue<Message> inputRequests = new LinkedBlockingQueue<>();
    private final WireCodec codec;
    private final String key = UUID.randomUUID().toString();
    private final String session = UUID.randomUUID().toString();
    private final Process process;
    private final Path dir;
    private final Map<String, List<Message>> byParent = new ConcurrentHashMap<>();
    private final Map<String, LinkedBlockingQueue<Message>> idle = new ConcurrentHashMap<>();
    private final Map<String, LinkedBlockingQueue<Message>> replies = new ConcurrentHashMap<>();
    private final List<Message> allIopub = new CopyOnWriteArrayList<>();
    private final int[] ports;
    private volatile boolean closing;

    /** Starts a kernel with the test JVM's JDK and class path (or {@code -Dbaeum.kernel.classpath}). */
    public static KernelClient start() throws IOException {
        return start(List.of());
    }

    public static KernelClient start(List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("--add-modules", "jdk.incubator.vector", "-javaagent:" + agentJar(),
                "--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        String classPath = System.getProperty("baeum.kernel.classpath", System.getProperty("java.class.path"));
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        return new KernelClient(command);
    }

    private static Path agentJar;

    /**
     * The exit guard's agent as the kernelspec names it (the kernel jar, whose manifest has
     * {@code Premain-Class}); tests run from class folders, so a jar with only that manifest does.
     */
    static synchronized Path agentJar() throws IOException {
        if (agentJar == null) {
            Path jar = Files.createTempFile("baeum-agent", ".jar");
            jar.toFile().deleteOnExit();
            java.util.jar.Manifest mf = new java.util.jar.Manifest();
            mf.getMainAttributes().putValue("Manifest-Version", "1.0");
            mf.getMainAttributes().putValue("Premain-Class", "baeum.kernel.guard.ExitAgent");
            mf.getMainAttributes().putValue("Can-Retransform-Classes", "true");
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), mf)) {
                out.flush();
            }
            agentJar = jar;
        }
        return agentJar;
    }

    public KernelClient(List<String> command) throws IOException {
        dir = Files.createTempDirectory("baeum-kernel-test");
        ports = Warmup.freePorts(5);
        ObjectNode conn = JSON.createObjectNode().put("transport", "tcp").put("ip", "127.0.0.1")
                .put("shell_port", ports[0]).put("control_port", ports[1]).put("stdin_port", ports[2])
                .put("iopub_port", ports[3]).put("hb_port", ports[4])
                .put("signature_scheme", "hmac-sha256").put("key", key);
        Path file = dir.resolve("connection.json");
        Files.writeString(file, conn.toString());
        List<String> cmd = new ArrayList<>(command);
        cmd.add(file.toString());
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("kernel.log").toFile()).start();
        codec = new WireCodec(new Signer("hmac-sha256", key));
        // shell and stdin share one identity, as jupyter_client's do: input_request is routed by it
        byte[] identity = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        shell = context.createSocket(SocketType.DEALER);
        shell.setIdentity(identity);
        shell.setLinger(0);
        shell.connect("tcp://127.0.0.1:" + ports[0]);
        stdin = context.createSocket(SocketType.DEALER);
        stdin.setIdentity(identity);
        stdin.setLinger(0);
        stdin.connect("tcp://127.0.0.1:" + ports[2]);
        control = connect(SocketType.DEALER, ports[1]);
        iopub = connect(SocketType.SUB, ports[3]);
        iopub.subscribe(new byte[0]);
        heartbeat = connect(SocketType.REQ, ports[4]);
        Thread.ofPlatform().daemon().name("client-iopub").start(() -> pump(iopub, true));
        Thread.ofPlatform().daemon().name("client-shell").start(() -> pump(shell, false));
        Thread.ofPlatform().daemon().name("client-control").start(() -> pump(control, false));
        Thread.ofPlatform().daemon().name("client-stdin").start(() -> pump(stdin, false));
    }

    private ZMQ.Socket connect(SocketType type, int port) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(0);
        s.connect("tcp://127.0.0.1:" + port);
        return s;
    }

    /**
     * Receives on one socket. ZeroMQ sockets are not thread-safe and requests are sent from other
     * threads, so receiving and sending take turns under the socket's lock (a 1 ms poll each turn).
     */
    private void pump(ZMQ.Socket socket, boolean isIopub) {
        ZMQ.Poller poller = context.createPoller(1);
        poller.register(socket, ZMQ.Poller.POLLIN);
        while (!closing) {
            ZMsg raw;
            try {
                synchronized (socket) {
                    raw = poller.poll(1) > 0 ? ZMsg.recvMsg(socket, ZMQ.DONTWAIT) : null;
                }
            } catch (RuntimeException e) {
                return;
            }
            if (raw == null) {
                Thread.onSpinWait();
                continue;
            }
            List<byte[]> frames = new ArrayList<>();
            for (ZFrame f : raw) frames.add(f.getData());
            Message m;
            try {
                m = codec.decode(frames);
            } catch (WireCodec.BadMessage e) {
                throw new AssertionError("kernel sent a bad message: " + e.getMessage());
            }
            String parent = m.parentHeader().path("msg_id").asText();
            if (isIopub) {
                allIopub.add(m);
                byParent.computeIfAbsent(parent, k -> new CopyOnWriteArrayList<>()).add(m);
                if (m.type().equals("status") && m.content().path("execution_state").asText().equals("idle")) {
                    idle.computeIfAbsent(parent, k -> new LinkedBlockingQueue<>()).add(m);
                }
            } else if (socket == stdin) {
                inputRequests.add(m);
            } else {
                replies.computeIfAbsent(parent, k -> new LinkedBlockingQueue<>()).add(m);
            }
        }
    }

    /** Sends a request on shell; returns its msg_id. */
    public String send(String type, ObjectNode content) {
        return send(shell, type, content);
    }

    public String sendControl(String type, ObjectNode content) {
        return send(control, type, content);
    }

    private synchronized String send(ZMQ.Socket socket, String type, ObjectNode content) {
        Message m = Message.reply(null, session, type, content);
        sendFrames(socket, codec.encode(m));
        return m.id();
    }

    /** Sends raw frames on shell (for malformed-message tests). */
    public synchronized void sendRaw(List<byte[]> frames) {
        sendFrames(shell, frames);
    }

    public synchronized void sendControlRaw(List<byte[]> frames) {
        sendFrames(control, frames);
    }

    private static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        synchronized (socket) {
            for (int i = 0; i < frames.size(); i++) socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    /** Waits for the reply and the idle status of a request, and returns both. */
    public Result await(String msgId, Duration timeout) throws InterruptedException {
        Message reply = replies.computeIfAbsent(msgId, k -> new LinkedBlockingQueue<>())
                .poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (reply == null) throw new AssertionError("no reply to " + msgId + " within " + timeout + "; log:\n" + log());
        Message done = idle.computeIfAbsent(msgId, k -> new LinkedBlockingQueue<>()).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (done == null) throw new AssertionError("no idle status for " + msgId + "; log:\n" + log());
        return new Result(reply.content(), List.copyOf(byParent.getOrDefault(msgId, List.of())));
    }

    public Result request(String type, ObjectNode content) throws InterruptedException {
        return await(send(type, content), Duration.ofSeconds(60));
    }

    public Result execute(String code) throws InterruptedException {
        return await(sendExecute(code), Duration.ofSeconds(60));
    }

    public String sendExecute(String code) {
        return sendExecute(code, false);
    }

    public String sendExecute(String code, boolean allowStdin) {
        return send("execute_request", JSON.createObjectNode().put("code", code).put("silent", false)
                .put("store_history", true).put("allow_stdin", allowStdin).put("stop_on_error", false)
                .set("user_expressions", JSON.createObjectNode()));
    }

    /** The next input_request the kernel sent on stdin, or null after the timeout. */
    public Message awaitInputRequest(Duration timeout) throws InterruptedException {
        return inputRequests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Answers an input_request on stdin. */
    public void sendInputReply(Message request, String value) {
        Message m = Message.reply(request, session, "input_reply", JSON.createObjectNode().put("value", value));
        sendFrames(stdin, codec.encode(new Message(List.of(), m.header(), m.parentHeader(), m.metadata(),
                m.content(), m.buffers())));
    }

    public static ObjectNode content() {
        return JSON.createObjectNode();
    }

    /** Whether the heartbeat echoes within the timeout. */
    public synchronized boolean heartbeat(Duration timeout) {
        heartbeat.setReceiveTimeOut((int) timeout.toMillis());
        heartbeat.send("ping".getBytes(StandardCharsets.UTF_8));
        byte[] echo = heartbeat.recv();
        return echo != null && new String(echo, StandardCharsets.UTF_8).equals("ping");
    }

    public Process process() {
        return process;
    }

    public List<Message> allIopub() {
        return allIopub;
    }

    public String log() {
        try {
            return Files.readString(dir.resolve("kernel.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        closing = true;
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Thread.ofPlatform().daemon().start(context::close);
        for (File f : dir.toFile().listFiles()) f.delete();
        dir.toFile().delete();
    }
}
