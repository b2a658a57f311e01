package baeum.exercises.grade;

/**
 * One of {@code count} slices of a folder of submissions, for grading a class on several machines
 * (a Kubernetes Indexed Job: one pod per slice). Slice {@code index} takes the submissions at
 * positions index, index + count, index + 2·count, … of the folder's sorted list, so slices get
 * nearly equal shares; every slice sees the whole folder, so student keys are the same as in an
 * unsliced run.
 *
 * <pre>{@code
 * jshell> Slice.parse("1/3").contains(4)
 * ==> true
 * }</pre>
 */
public record Slice(int index, int count) {

    /** The whole folder: one slice. */
    public static final Slice ALL = new Slice(0, 1);

    public Slice {
        if (count < 1 || index < 0 || index >= count)
            throw new IllegalArgumentException("--slice " + index + "/" + count
                    + ": give INDEX/COUNT with 0 <= INDEX < COUNT, e.g. --slice 0/8 ... --slice 7/8 (the Job's completion index)");
    }

    /** Parses {@code INDEX/COUNT}, e.g. {@code 2/8}. */
    public static Slice parse(String s) {
        String[] parts = s.trim().split("/");
        if (parts.length != 2)
            throw new IllegalArgumentException("--slice takes INDEX/COUNT (e.g. 2/8, counting from 0), not '" + s + "'");
        try {
            return new Slice(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--slice takes INDEX/COUNT (e.g. 2/8, counting from 0), not '" + s + "'");
        }
    }

    /** Whether the submission at this position of the sorted folder belongs to this slice. */
    public boolean contains(int position) {
        return position % count == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
