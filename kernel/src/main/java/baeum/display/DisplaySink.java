package baeum.display;

/**
 * Where display output goes: the kernel's sink sends Jupyter messages, the default one
 * ({@link ConsoleDisplaySink}) prints to a terminal.
 */
public interface DisplaySink {
    /** Shows a new output; {@code displayId} lets later updates replace it (Jupyter's {@code display_data}). */
    void display(MimeBundle bundle, String displayId);

    /** Replaces the output shown under {@code displayId} (Jupyter's {@code update_display_data}). */
    void update(MimeBundle bundle, String displayId);
}
