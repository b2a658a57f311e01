package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;
import java.util.Map;

/** {@code %threads}: the threads that cells started and that still run, with where each one is. */
final class ThreadsMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) {
        Map<Thread, StackTraceElement[]> threads = call.env().session().cellThreads();
        if (threads.isEmpty()) {
            System.out.println("No thread that a cell started is running.");
            return Outcome.Done.NOTHING;
        }
        int width = threads.keySet().stream().mapToInt(t -> t.getName().length()).max().orElse(0);
        System.out.println(threads.size() + (threads.size() == 1 ? " thread" : " threads")
                + " started by cells still running (interrupt, the ■ button, while no cell runs stops them):");
        threads.forEach((t, stack) -> System.out.printf("  %-" + width + "s  %-13s %s%n", t.getName(), t.getState(),
                where(stack)));
        return Outcome.Done.NOTHING;
    }

    /** The first frame that is not the JDK's: the cell's code (In [n]) or a library's method. */
    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("REPL.")) return "in cell code";
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return "in " + c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
            }
        }
        return stack.length == 0 ? "" : "in " + stack[0].getClassName().replaceAll(".*\\.", "") + "." + stack[0].getMethodName();
    }
}
