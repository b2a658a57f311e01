package baeum.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints a module tree as PyTorch's {@code Module.__repr__}: settings inside the parentheses, children indented by two. */
final class ModulePrinter {
    private ModulePrinter() {}

    static String print(Module m, String extra, Map<String, Module> children) {
        List<String> lines = new ArrayList<>();
        if (!extra.isEmpty()) {
            lines.addAll(List.of(extra.split("\n")));
        }
        children.forEach((name, child) -> lines.add("(" + name + "): " + child.toString().replace("\n", "\n  ")));
        StringBuilder sb = new StringBuilder(m.typeName()).append('(');
        if (lines.size() == 1 && children.isEmpty()) {
            sb.append(lines.getFirst());
        } else if (!lines.isEmpty()) {
            sb.append("\n  ").append(String.join("\n  ", lines)).append('\n');
        }
        return sb.append(')').toString();
    }
}
