package baeum.exercises.format;

/** A file that cannot be used as a notebook; the message says why, for the student. */
public class NotebookException extends Exception {

    public NotebookException(String message) {
        super(message);
    }
}
