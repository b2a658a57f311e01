package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;
import java.util.Map;
import java.util.TreeMap;

/** The registry of magics: every magic the kernel knows, with a line of help each. */
public final class Magics {
    private record Entry(Magic magic, String help) {}

    private final Map<String, Entry> line = new TreeMap<>(), cell = new TreeMap<>();

    /** The kernel's magics. */
    public static Magics standard() {
        Magics m = new Magics();
        m.line("time", "%time CODE: run CODE once and print the wall time", new TimeMagic());
        m.cell("time", "%%time: run the cell and print its wall time", new TimeMagic());
        m.line("timeit", "%timeit CODE: time CODE over many runs (mean ± std. dev.)", new TimeitMagic());
        m.cell("timeit", "%%timeit: time the cell's statements over many runs", new TimeitMagic());
        m.line("classpath", "%classpath JAR|DIR|GLOB...: add to the class path (no argument: show it)",
                new ClasspathMagic());
        m.line("load", "%load FILE: run a .jsh or .java file as a cell", new LoadMagic());
        m.line("seed", "%seed N: seed the random generators (manualSeed(N))", new SeedMagic());
        m.line("lang", "%lang ko|en: the language of graph, summary, explainBroadcast, gradientFlow and check()", new LangMagic());
        m.line("who", "%who: the session's variables and their types", new WhoMagic());
        m.line("threads", "%threads: the threads cells started that still run (interrupt with no cell running stops them)",
                new ThreadsMagic());
        m.line("lsmagic", "%lsmagic: list the magics", new LsmagicMagic());
        return m;
    }

    public void line(String name, String help, Magic magic) {
        line.put(name, new Entry(magic, help));
    }

    public void cell(String name, String help, Magic magic) {
        cell.put(name, new Entry(magic, help));
    }

    public Outcome run(MagicCall call) throws Exception {
        Entry e = (call.isCell() ? cell : line).get(call.name());
        if (e == null) {
            return Outcome.Failed.of("UnknownMagic", "unknown magic " + (call.isCell() ? "%%" : "%") + call.name()
                    + ". Known magics: " + names());
        }
        return e.magic.run(call);
    }

    /** {@code %classpath, %load, ..., %%time, %%timeit}. */
    public String names() {
        StringBuilder sb = new StringBuilder();
        line.keySet().forEach(n -> sb.append(sb.isEmpty() ? "" : ", ").append('%').append(n));
        cell.keySet().forEach(n -> sb.append(", %%").append(n));
        return sb.toString();
    }

    /** One help line per magic. */
    public String help() {
        StringBuilder sb = new StringBuilder("Line magics:\n");
        line.values().forEach(e -> sb.append("  ").append(e.help).append('\n'));
        sb.append("Cell magics:\n");
        cell.values().forEach(e -> sb.append("  ").append(e.help).append('\n'));
        return sb.toString();
    }
}
