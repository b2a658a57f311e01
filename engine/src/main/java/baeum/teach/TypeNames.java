package baeum.teach;

import baeum.nn.Module;

/** A module's type as PyTorch prints it ({@code Tanh}, {@code Conv2d}), not its Java class ({@code Activation}). */
final class TypeNames {
    private TypeNames() {}

    static String of(Module m) {
        String s = m.toString();
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '\n') {
                end = i;
                break;
            }
        }
        String name = s.substring(0, end).strip();
        if (name.isEmpty() || name.contains(" ")) {
            String simple = m.getClass().getSimpleName();
            return simple.isEmpty() ? "Module" : simple;
        }
        return name;
    }
}
