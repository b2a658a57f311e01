package baeum.kernel;

import baeum.kernel.log.Log;
import baeum.kernel.eval.CodeAssist;
import baeum.kernel.eval.DocSummary;
import baeum.kernel.eval.JavaSession;
import baeum.kernel.magic.Magics;
import baeum.kernel.protocol.Channels;
import baeum.kernel.protocol.ConnectionInfo;
import baeum.kernel.protocol.Message;
import baeum.kernel.protocol.WireCodec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The Jupyter kernel: answers every request of the messaging spec that a notebook or console
 * sends. Requests arrive on the shell and control threads of {@link Channels}; each is framed by
 * busy/idle status messages. The JShell session starts in the background while the first
 * kernel_info_request is answered at once.
 */
public final class Kernel {
    /** Answers one request: the reply's content, or null for no reply. */
    @FunctionalInterface
    private interface Request {
        ObjectNode handle(Message m) throws Exception;
    }

    /** What needs the JShell session; ready shortly after start. */
    private record Evaluation(JavaSession session, Cells cells, CodeAssist assist) {}

    private final ObjectMapper json = WireCodec.json();
    private final String sessionId = UUID.randomUUID().toString();
    private final Channels channels;
    private final Outputs outputs;
    private final Executor executor;
    private final Map<String, Request> handlers = new HashMap<>();
    private final CompletableFuture<Evaluation> evaluation = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final IdleTrim trim = new IdleTrim();
    /** Held while a cell runs: an interrupt that gets it finds no cell running. */
    private final java.util.concurrent.locks.ReentrantLock cellLock = new java.util.concurrent.locks.ReentrantLock();
    private final StdinBridge stdin = new StdinBridge(this::requestInput);

    private final CompletableFuture<SessionStart.Started> session;

    /** A kernel whose session is already starting ({@link SessionStart#begin()}). */
    Kernel(ConnectionInfo info, CompletableFuture<SessionStart.Started> session) {
        this.session = session;
        channels = new Channels(info);
        outputs = new Outputs(channels, sessionId, json);
        History history = new History();
        executor = new Executor(outputs, history, json);
        Requests r = new Requests(json, history, this::shutdown);
        handlers.put("kernel_info_request", m -> r.kernelInfo());
        handlers.put("execute_request", m -> {
            Evaluation e = ready();
            cellLock.lock();
            try {
                stdin.forgetUnread();
                return executor.execute(m, e.cells());
            } finally {
                cellLock.unlock();
            }
        });
        handlers.put("complete_request", m -> r.complete(m, ready().assist()));
        handlers.put("inspect_request", m -> r.inspect(m, ready().assist()));
        handlers.put("is_complete_request", m -> r.isComplete(m, ready().assist()));
        handlers.put("history_request", r::history);
        handlers.put("comm_info_request", m -> r.commInfo());
        handlers.put("comm_open", m -> {
            outputs.publish(m, "comm_close", json.createObjectNode()
                    .put("comm_id", m.content().path("comm_id").asText()).set("data", json.createObjectNode()));
            return null;
        });
        handlers.put("comm_msg", m -> null);
        handlers.put("comm_close", m -> null);
        handlers.put("interrupt_request", m -> {
            if (evaluation.isDone()) {
                if (cellLock.tryLock()) {
                    try {
                        stopCellThreads();
                    } finally {
                        cellLock.unlock();
                    }
                } else {
                    ready().session().stop();
                }
            }
            return json.createObjectNode().put("status", "ok");
        });
        handlers.put("shutdown_request", r::shutdown);
    }

    /** Binds the sockets, starts serving, and starts the session in the background. */
    public void start() {
        if (!baeum.kernel.guard.ExitAgent.active()) {
            Log.warn("no exit guard (-javaagent:baeum-kernel.jar): System.exit reached through reflection or "
                    + "library code can end the kernel");
        }
        outputs.capture().install();
        System.setIn(stdin);
        channels.start(this::handle, this::handle, (c, m) -> {
            if (m.type().equals("input_reply")) stdin.reply(m.content().path("value").asText(""));
        });
        session.whenComplete(this::finishSession);
    }

    /** Wires the started session to the kernel's outputs (on the session thread, or here if it finished first). */
    private void finishSession(SessionStart.Started started, Throwable failure) {
        try {
            if (failure != null) throw failure;
            JavaSession session = started.session();
            String problems = started.problems();
            if (!problems.isEmpty()) {
                executor.startupNote(problems);
                Log.warn(problems);
            }
            Magics magics = Magics.standard();
            DisplayWiring.install(outputs, executor);
            evaluation.complete(new Evaluation(session, new Cells(session, magics),
                    new CodeAssist(session, new DocSummary())));
            Log.trace("session ready");
        } catch (Throwable t) {
            Log.warn("the JShell session could not start", t);
            evaluation.completeExceptionally(t);
        }
    }

    /** Interrupt with no cell running: stops the threads cells started, and says so under the last cell. */
    private void stopCellThreads() throws InterruptedException {
        var result = ready().session().stopCellThreads(1000);
        List<Thread> stopped = result.get(0), alive = result.get(1);
        if (stopped.isEmpty() && alive.isEmpty()) return;
        StringBuilder note = new StringBuilder("[interrupt: no cell was running; ");
        if (!stopped.isEmpty()) {
            note.append("stopped ").append(stopped.size()).append(stopped.size() == 1 ? " thread" : " threads")
                    .append(" that cells started: ").append(names(stopped));
        }
        if (!alive.isEmpty()) {
            note.append(stopped.isEmpty() ? "" : "; ").append("still running (it ignores interrupts): ")
                    .append(names(alive)).append(". Restart the kernel to end ").append(alive.size() == 1 ? "it" : "them");
        }
        outputs.stream("stderr", note.append("]\n").toString());
    }

    private static String names(List<Thread> threads) {
        return String.join(", ", threads.stream().map(Thread::getName).toList());
    }

    /** Asks the front end of the running cell for a line (false: no cell runs, or its front end allows no input). */
    private boolean requestInput(String prompt, boolean password) {
        Message cell = executor.running();
        if (cell == null || !cell.content().path("allow_stdin").asBoolean(false)) return false;
        channels.sendStdin(Message.reply(cell, sessionId, "input_request",
                json.createObjectNode().put("prompt", prompt).put("password", password)));
        return true;
    }

    private Evaluation ready() {
        return evaluation.join();
    }

    private void handle(Channels.Channel channel, Message m) throws Exception {
        Request r = handlers.get(m.type());
        if (r == null) {
            Log.warn("no handler for " + m.type() + " on " + channel);
            return;
        }
        Log.trace("request " + m.type());
        trim.busy();
        outputs.status(m, "busy");
        try {
            ObjectNode content;
            try {
                content = r.handle(m);
            } catch (Exception | LinkageError | VirtualMachineError e) {
                Throwable cause = e instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : e;
                Log.warn("answering " + m.type() + " failed", cause);
                String why = cause instanceof OutOfMemoryError
                        ? baeum.kernel.eval.ErrorReport.outOfMemory("the kernel is out of memory")
                        : "the kernel could not answer " + m.type() + ": " + cause.getMessage();
                content = json.createObjectNode().put("status", "error").put("ename", cause.getClass().getSimpleName())
                        .put("evalue", why);
                content.putArray("traceback").add(content.path("ename").asText() + ": " + content.path("evalue").asText());
            }
            if (content != null && m.type().endsWith("_request")) {
                channels.send(channel, Message.reply(m, sessionId, m.type().replace("_request", "_reply"), content));
            }
            Log.trace("replied " + m.type());
        } finally {
            outputs.status(m, "idle");
            if (m.type().equals("execute_request")) trim.idle();
        }
        if (stopped.isDone()) exit();
    }

    private void shutdown() {
        stopped.complete(null);
    }

    /** Ends the process: the replies are already queued; the sockets get a moment to send them. */
    private void exit() {
        channels.close();
        baeum.kernel.guard.ExitGate.permit();
        Runtime.getRuntime().halt(0);
    }

    /** Blocks until a shutdown request. */
    public void awaitShutdown() {
        stopped.join();
    }
}
