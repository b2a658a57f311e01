package baeum.exercises.worker;

import baeum.exercises.StudentException;
import baeum.exercises.repl.Anchor;
import baeum.exercises.repl.ReplStudent;
import baeum.exercises.repl.SnippetClasses;
import baeum.exercises.wire.Codec;
import baeum.exercises.wire.Frames;
import baeum.exercises.wire.Msg;
import baeum.kernel.eval.JavaSession;
import baeum.kernel.eval.Outcome;
import baeum.kernel.eval.Preload;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The worker JVM that runs one submission: the kernel's {@link JavaSession} (so a cell's errors
 * read as in the notebook) evaluates cells, and the student's methods are called when the grader
 * asks, over frames on stdin/stdout. Exits in cells are not guarded: they end this process, and
 * the grader restarts the session for the rest.
 * Everything the student's code prints goes to a capped buffer returned with each reply, never
 * to the protocol stream. The worker decides nothing: it returns values, and the grader's tests
 * judge them in the grader's JVM.
 */
public final class WorkerMain {

    /** The student's definitions as of the last anchor (indexed once per anchor). */
    private static ReplStudent student;
    /** The number of the request being answered, echoed in its reply. */
    private static int seq;
    private static Class<?> anchoredAt;

    /** How error reports name a submission's cell ({@code at relu (your cell, line 2)}). */
    public static final String CELL_LABEL = "your cell";

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        OutputStream wire = new FileOutputStream(FileDescriptor.out);
        InputStream in = new FileInputStream(FileDescriptor.in);
        Capture capture = new Capture(Integer.getInteger("baeum.worker.outputLimit", 16 * 1024));
        PrintStream out = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(out);
        System.setIn(InputStream.nullInputStream());

        JavaSession cells = new JavaSession(false);
        String problems = Preload.run(cells);
        if (!problems.isEmpty()) throw new IllegalStateException(problems.strip());
        capture.take();
        Frames.send(wire, d -> { d.writeInt(0); d.writeInt(Msg.READY); d.writeInt(Msg.VERSION); });
        while (true) {
            DataInputStream req = Frames.receive(in);
            int code = req.readInt();
            seq = req.readInt();
            switch (code) {
                case Msg.EVAL -> {
                    if (cells.eval((String) Codec.read(req), CELL_LABEL) instanceof Outcome.Failed f) {
                        reply(wire, capture, f.isCompileError() ? Msg.COMPILE_ERROR : Msg.THREW, f.report(), 0);
                    } else {
                        reply(wire, capture, Msg.OK, null, 0);
                    }
                }
                case Msg.ANCHOR -> {
                    Outcome o = cells.eval("baeum.exercises.repl.Anchor.mark()", "anchor");
                    reply(wire, capture, o instanceof Outcome.Failed f ? Msg.THREW : Msg.OK,
                            o instanceof Outcome.Failed f ? f.report() : null, 0);
                }
                case Msg.CALL -> call(req, wire, capture);
                case Msg.QUIT -> {
                    wire.flush();
                    System.exit(0);
                }
                default -> throw new IllegalStateException("unknown request " + code);
            }
        }
    }

    private static void call(DataInputStream req, OutputStream wire, Capture capture) throws Exception {
        String method = (String) Codec.read(req);
        int n = req.readInt();
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) args[i] = Codec.read(req);
        Class<?> anchor = Anchor.last();
        if (anchor != anchoredAt) {
            anchoredAt = anchor;
            student = anchor == null ? null : new ReplStudent(SnippetClasses.from(anchor));
        }
        if (student == null) {
            reply(wire, capture, Msg.FAILED, "the session has no definitions", StudentException.Kind.MISSING.ordinal());
            return;
        }
        Object value;
        try {
            value = student.invoke(method, args);
        } catch (StudentException e) {
            reply(wire, capture, Msg.FAILED, e.getMessage(), e.kind().ordinal());
            return;
        }
        try {
            reply(wire, capture, Msg.OK, value, 0);
        } catch (java.io.IOException | RuntimeException e) {
            reply(wire, capture, Msg.FAILED, method + " returned a value that cannot be sent back: " + e.getMessage(),
                    StudentException.Kind.BROKEN.ordinal());
        }
    }

    /** Sends a reply: status, payload (a value for OK, a message otherwise), kind, output. */
    private static void reply(OutputStream wire, Capture capture, int status, Object payload, int kind)
            throws java.io.IOException {
        String printed = capture.peek();
        Frames.send(wire, d -> {
            d.writeInt(seq);
            d.writeInt(status);
            Codec.write(d, payload);
            d.writeInt(kind);
            Codec.write(d, printed);
        });
        capture.take();
    }
}
