package baeum.kernel.protocol;

import baeum.kernel.log.Log;
import java.util.ArrayList;
import java.util.List;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMsg;

/**
 * The five Jupyter sockets and their threads. Each request channel has one thread that blocks in
 * {@code recv} (no polling sleep) and hands every good message to its handler; a message with a
 * bad signature or broken JSON is logged and dropped, and a handler that throws is logged: the
 * channel's thread keeps going in every case. IOPub is shared by all threads behind a lock.
 */
public final class Channels {
    /** Handles one request; replies through {@link Channels#send}. */
    @FunctionalInterface
    public interface Handler {
        void handle(Channel channel, Message request) throws Exception;
    }

    public enum Channel { SHELL, CONTROL, STDIN }

    private final ZContext context = new ZContext(1);
    private final WireCodec codec;
    private final ZMQ.Socket shell, control, stdin, iopub, heartbeat;
    /** Messages for the stdin socket from any thread; its own thread sends them (sockets are not thread-safe). */
    private final ZMQ.Socket stdinOutbox, stdinInbox;
    private final List<Thread> threads = new ArrayList<>();

    public Channels(ConnectionInfo info) {
        codec = new WireCodec(new Signer(info.signatureScheme(), info.key()));
        shell = bind(SocketType.ROUTER, info.address(info.shellPort()));
        control = bind(SocketType.ROUTER, info.address(info.controlPort()));
        stdin = bind(SocketType.ROUTER, info.address(info.stdinPort()));
        iopub = bind(SocketType.PUB, info.address(info.iopubPort()));
        heartbeat = bind(SocketType.REP, info.address(info.hbPort()));
        stdinInbox = context.createSocket(SocketType.PULL);
        stdinInbox.bind("inproc://baeum-stdin-outbox");
        stdinOutbox = context.createSocket(SocketType.PUSH);
        stdinOutbox.connect("inproc://baeum-stdin-outbox");
    }

    private ZMQ.Socket bind(SocketType type, String address) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(1000);
        s.bind(address);
        return s;
    }

    /** Starts the heartbeat and one thread per request channel. */
    public void start(Handler shellHandler, Handler controlHandler) {
        start(shellHandler, controlHandler, (c, m) -> Log.warn("ignored stdin message " + m.type()));
    }

    /** As {@link #start(Handler, Handler)}, with a handler for what arrives on stdin (input_reply). */
    public void start(Handler shellHandler, Handler controlHandler, Handler stdinHandler) {
        threads.add(Thread.ofPlatform().daemon().name("baeum-heartbeat").start(this::echo));
        threads.add(Thread.ofPlatform().daemon().name("baeum-shell")
                .start(() -> serve(Channel.SHELL, shell, shellHandler)));
        threads.add(Thread.ofPlatform().daemon().name("baeum-control")
                .start(() -> serve(Channel.CONTROL, control, controlHandler)));
        threads.add(Thread.ofPlatform().daemon().name("baeum-stdin").start(() -> serveStdin(stdinHandler)));
    }

    /** The stdin socket's thread: receives replies, and sends what {@link #sendStdin} queued. */
    private void serveStdin(Handler handler) {
        ZMQ.Poller poller = context.createPoller(2);
        poller.register(stdin, ZMQ.Poller.POLLIN);
        poller.register(stdinInbox, ZMQ.Poller.POLLIN);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (poller.poll(-1) < 0) return;
                if (poller.pollin(1)) {
                    ZMsg out = ZMsg.recvMsg(stdinInbox, ZMQ.DONTWAIT);
                    if (out != null) out.send(stdin);
                }
                if (poller.pollin(0)) {
                    ZMsg raw = ZMsg.recvMsg(stdin, ZMQ.DONTWAIT);
                    if (raw != null) dispatch(Channel.STDIN, raw, handler);
                }
            }
        } catch (org.zeromq.UncheckedZMQException | IllegalStateException e) {
            // context closed: the kernel is shutting down
        }
    }

    /** Sends a message on stdin (an input_request) from any thread. */
    public void sendStdin(Message message) {
        List<byte[]> frames = codec.encode(message);
        synchronized (stdinOutbox) {
            sendFrames(stdinOutbox, frames);
        }
    }

    private void echo() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                byte[] ping = heartbeat.recv(0);
                if (ping == null) return;
                heartbeat.send(ping, 0);
            }
        } catch (ZMQException e) {
            // context closed: the kernel is shutting down
        }
    }

    private void serve(Channel channel, ZMQ.Socket socket, Handler handler) {
        while (!Thread.currentThread().isInterrupted()) {
            ZMsg raw;
            try {
                raw = ZMsg.recvMsg(socket);
            } catch (ZMQException e) {
                return; // context closed
            }
            if (raw == null) return;
            dispatch(channel, raw, handler);
        }
    }

    private void dispatch(Channel channel, ZMsg raw, Handler handler) {
        List<byte[]> frames = new ArrayList<>(raw.size());
        for (ZFrame f : raw) frames.add(f.getData());
        Message request;
        try {
            request = codec.decode(frames);
        } catch (WireCodec.BadMessage bad) {
            Log.warn("dropped a message on " + channel + ": " + bad.getMessage());
            return;
        }
        try {
            handler.handle(channel, request);
        } catch (Throwable t) {
            Log.warn("handling " + request.type() + " on " + channel + " failed", t);
        }
    }

    /** Sends a reply on the channel its request came from (only from that channel's thread). */
    public void send(Channel channel, Message message) {
        ZMQ.Socket socket = switch (channel) {
            case SHELL -> shell;
            case CONTROL -> control;
            case STDIN -> stdin;
        };
        sendFrames(socket, codec.encode(message));
    }

    /** Publishes on IOPub (topic {@code kernel.<msg_type>}); callable from any thread. */
    public void publish(Message message) {
        byte[] topic = ("kernel." + message.type()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<byte[]> frames = codec.encode(new Message(List.of(topic), message.header(), message.parentHeader(),
                message.metadata(), message.content(), message.buffers()));
        synchronized (iopub) {
            sendFrames(iopub, frames);
        }
    }

    private static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    /** Lets queued messages go out (up to the sockets' linger), then closes everything. */
    public void close() {
        Thread closer = Thread.ofPlatform().daemon().start(context::close);
        try {
            closer.join(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
