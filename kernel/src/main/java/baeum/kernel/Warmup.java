package baeum.kernel;

import baeum.kernel.eval.CodeAssist;
import baeum.kernel.eval.DocSummary;
import baeum.kernel.eval.JavaSession;
import baeum.kernel.eval.Preload;
import baeum.kernel.protocol.ConnectionInfo;
import baeum.kernel.protocol.Message;
import baeum.kernel.protocol.Signer;
import baeum.kernel.protocol.WireCodec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * A training run for the JVM's ahead-of-time cache ({@code -XX:AOTCacheOutput}, JDK 25): first a
 * real kernel start (sockets, kernel_info, a few cells, completion and inspection over the wire
 * protocol, from a client in this process), so that the classes a start loads on the kernel's own
 * threads (JSON, ZeroMQ, the kernel's) are in the cache too; then a session with typical cells,
 * completions and inspections. {@code baeum install} runs it once so that kernels start with
 * classes already loaded and linked.
 */
public final class Warmup {
    static final int ROUNDS = 100;
    /** How long the training client waits for one reply (an install must not hang on a broken start). */
    static final int REPLY_TIMEOUT_MS = 60_000;

    private Warmup() {}

    public static void main(String[] args) throws Exception {
        try {
            trainKernelStart();
        } catch (Exception e) {
            // the session's training below still makes a useful cache
            System.err.println("warmup: the kernel start could not be trained: " + e);
        }
        try (JavaSession session = new JavaSession()) {
            Preload.run(session);
            CodeAssist assist = new CodeAssist(session, new DocSummary());
            String[] cells = {"1+1", "int x = 3;", "x * 2", "String s = \"hi\"; s.length()",
                    "double f(double v) { return v * v; }", "f(3)", "for (int i = 0; i < 3; i++) x += i;",
                    "record P(int a, int b) {}", "new P(1, 2)", "var list = new ArrayList<Integer>(List.of(3, 1, 2));",
                    "Collections.sort(list); list", "int bad = \"s\";", "Integer.parseInt(\"x\")"};
            for (String c : cells) session.eval(c, "warmup");
            // enough compiles for the JIT profiles the AOT cache records to reflect a session's
            for (int i = 0; i < ROUNDS; i++) {
                session.eval("x + " + i, "warmup");
                assist.complete("Math.m", 6);
            }
            assist.complete("list.si", 7);
            assist.complete("Math.m", 6);
            assist.inspect("Math.max(", 8, false);
            assist.isComplete("for (int i = 0; i < 3; i++) {");
        }
        baeum.kernel.guard.ExitGate.permit();
        System.exit(0);   // the kernel's sockets keep threads of their own
    }

    /** Starts a kernel on free local ports as {@link Main} does, and sends it what a notebook's start sends. */
    private static void trainKernelStart() throws Exception {
        int[] ports = freePorts(5);
        String key = UUID.randomUUID().toString();
        var info = new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                "hmac-sha256", key);
        var session = SessionStart.begin();
        Kernel kernel = new Kernel(info, session);
        kernel.start();
        WireCodec codec = new WireCodec(new Signer("hmac-sha256", key));
        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket shell = context.createSocket(SocketType.DEALER);
            shell.setReceiveTimeOut(REPLY_TIMEOUT_MS);
            shell.connect(info.address(info.shellPort()));
            ZMQ.Socket iopub = context.createSocket(SocketType.SUB);
            iopub.subscribe(new byte[0]);
            iopub.connect(info.address(info.iopubPort()));
            ZMQ.Socket heartbeat = context.createSocket(SocketType.REQ);
            heartbeat.setReceiveTimeOut(REPLY_TIMEOUT_MS);
            heartbeat.connect(info.address(info.hbPort()));
            heartbeat.send("ping");
            if (heartbeat.recv(0) == null) throw new IllegalStateException("no heartbeat within " + REPLY_TIMEOUT_MS + " ms");
            request(codec, shell, "kernel_info_request", WireCodec.json().createObjectNode());
            for (String cell : new String[] {"1+1", "int x = 1;", "System.out.println(x);", "x +", "Math.max(x, 2)",
                    "throw new IllegalStateException(\"training\");"}) {
                request(codec, shell, "execute_request", WireCodec.json().createObjectNode().put("code", cell)
                        .put("silent", false).put("store_history", true).put("allow_stdin", false)
                        .put("stop_on_error", false));
            }
            request(codec, shell, "complete_request", WireCodec.json().createObjectNode().put("code", "Math.m").put("cursor_pos", 6));
            request(codec, shell, "inspect_request", WireCodec.json().createObjectNode().put("code", "Math.max(")
                    .put("cursor_pos", 8).put("detail_level", 0));
            request(codec, shell, "is_complete_request", WireCodec.json().createObjectNode().put("code", "for (;;) {"));
            while (iopub.recv(ZMQ.DONTWAIT) != null) {
                // drain what was published
            }
        }
    }

    /** Sends a request on the shell socket and waits for its reply. */
    private static void request(WireCodec codec, ZMQ.Socket shell, String type, ObjectNode content) throws Exception {
        Message m = Message.reply(null, "warmup", type, content);
        List<byte[]> frames = codec.encode(m);
        for (int i = 0; i < frames.size(); i++) shell.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        while (true) {
            ZMsg raw = ZMsg.recvMsg(shell);
            if (raw == null) throw new IllegalStateException("no " + type.replace("_request", "_reply") + " within " + REPLY_TIMEOUT_MS + " ms");
            List<byte[]> got = new ArrayList<>();
            for (ZFrame f : raw) got.add(f.getData());
            if (codec.decode(got).parentHeader().path("msg_id").asText().equals(m.id())) return;
        }
    }

    /** {@code n} local TCP ports free right now (the kernel's tests start kernels on them too). */
    static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                open.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : open) s.close();
        }
        return ports;
    }
}
