package baeum.kernel.protocol;

import baeum.kernel.Log;
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
    private final List<Thread> threads = new ArrayList<>();

    public Channels(ConnectionInfo info) {
        codec = new WireCodec(new Signer(info.signatureScheme(), info.key()));
        shell = bind(SocketType.ROUTER, info.address(info.shellPort()));
        control = bind(SocketType.ROUTER, info.address(info.controlPort()));
        stdin = bind(SocketType.ROUTER, info.address(info.stdinPort()));
        iopub = bind(SocketType.PUB, info.address(info.iopubPort()));
        heartbeat = bind(SocketType.REP, info.address(info.hbPort()));
    }

    private ZMQ.Socket bind(SocketType type, String address) {
        ZMQ.Socket s = context.createSocket(type);
        s.setLinger(1000);
        s.bind(address);
        return s;
    }

    /** Starts the heartbeat and one thread per request channel. */
    public void start(Handler shellHandler, Handler controlHandler) {
        threads.add(Thread.ofPlatform().daemon().name("baeum-heartbeat").start(this::echo));
        threads.add(Thread.ofPlatform().daemon().name("baeum-shell")
                .start(() -> serve(Channel.SHELL, shell, shellHandler)));
        threads.add(Thread.ofPlatform().daemon().name("baeum-control")
                .start(() -> serve(Channel.CONTROL, control, controlHandler)));
        threads.add(Thread.ofPlatform().daemon().name("baeum-stdin")
                .start(() -> serve(Channel.STDIN, stdin, (c, m) -> Log.warn("ignored stdin message " + m.type()))));
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
            List<byte[]> frames = new ArrayList<>(raw.size());
            for (ZFrame f : raw) frames.add(f.getData());
            Message request;
            try {
                request = codec.decode(frames);
            } catch (WireCodec.BadMessage bad) {
                Log.warn("dropped a message on " + channel + ": " + bad.getMessage());
                continue;
            }
            try {
                handler.handle(channel, request);
            } catch (Throwable t) {
                Log.warn("handling " + request.type() + " on " + channel + " failed", t);
            }
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
