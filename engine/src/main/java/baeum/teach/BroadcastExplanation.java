package baeum.teach;

import baeum.storage.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * How two shapes broadcast, dimension by dimension: both right-aligned, which sizes stretch, the
 * result; on failure, which dims fail and ways to fix it. Made by {@code explainBroadcast(a, b)}.
 * {@code toString()} is an aligned text table; a notebook shows a coloured HTML table.
 *
 * <pre>
 * jshell> explainBroadcast(shape(3, 5, 5), shape(3, 1, 1)).result()
 * $1 ==> (3, 5, 5)
 * jshell> explainBroadcast(shape(3, 5, 5), shape(3)).failingDims()
 * $2 ==> [2]
 * </pre>
 *
 * Shape: {@code a} and {@code b} of any ranks (0-d too); the result has the larger rank.
 */
public final class BroadcastExplanation implements Visual {

    /** What happens at one dim of the result. */
    public enum Kind {
        /** Both sizes are equal. */ SAME,
        /** {@code a} has size 1 there and is stretched. */ STRETCH_A,
        /** {@code b} has size 1 there and is stretched. */ STRETCH_B,
        /** {@code a} has no such dim (it counts as 1). */ NEW_A,
        /** {@code b} has no such dim (it counts as 1). */ NEW_B,
        /** Sizes differ and neither is 1. */ FAIL
    }

    /**
     * One dim of the result (numbered as in the result, 0 first), with the sizes of {@code a} and
     * {@code b} there (-1 where the shape has no such dim) and the result's size (-1 on failure).
     */
    public record Dim(int index, int a, int b, int result, Kind kind) {}

    private final int[] a, b;
    private final String aName, bName;
    private final List<Dim> dims;
    private final int[] result;
    private final List<BroadcastFixes.Fix> fixes;

    BroadcastExplanation(int[] a, int[] b, String aName, String bName) {
        this.a = a.clone();
        this.b = b.clone();
        this.aName = aName;
        this.bName = bName;
        int r = Math.max(a.length, b.length);
        var ds = new ArrayList<Dim>();
        boolean ok = true;
        int[] res = new int[r];
        for (int i = 0; i < r; i++) {
            int ia = i - (r - a.length), ib = i - (r - b.length);
            int da = ia >= 0 ? a[ia] : -1, db = ib >= 0 ? b[ib] : -1;
            Kind k;
            int out;
            if (da < 0) { k = Kind.NEW_A; out = db; }
            else if (db < 0) { k = Kind.NEW_B; out = da; }
            else if (da == db) { k = Kind.SAME; out = da; }
            else if (da == 1) { k = Kind.STRETCH_A; out = db; }
            else if (db == 1) { k = Kind.STRETCH_B; out = da; }
            else { k = Kind.FAIL; out = -1; ok = false; }
            res[i] = out;
            ds.add(new Dim(i, da, db, out, k));
        }
        this.dims = List.copyOf(ds);
        this.result = ok ? res : null;
        this.fixes = ok ? List.of() : BroadcastFixes.find(a, b, aName, bName);
    }

    /** Explains {@code a} with {@code b}; the operands are called {@code a} and {@code b} in the text. */
    public static BroadcastExplanation of(Shape a, Shape b) {
        return new BroadcastExplanation(a.toArray(), b.toArray(), "a", "b");
    }

    /** The first shape. */
    public Shape a() {
        return new Shape(a);
    }

    /** The second shape. */
    public Shape b() {
        return new Shape(b);
    }

    /** One entry per dim of the result, left to right. */
    public List<Dim> dims() {
        return dims;
    }

    /** True when the shapes broadcast. */
    public boolean ok() {
        return result != null;
    }

    /** The broadcast shape, or null when the shapes do not broadcast. */
    public Shape result() {
        return result == null ? null : new Shape(result);
    }

    /** The dims (numbered as in the result) where the sizes clash; empty when {@link #ok()}. */
    public List<Integer> failingDims() {
        return dims.stream().filter(d -> d.kind() == Kind.FAIL).map(Dim::index).toList();
    }

    /** Code that fixes the failure, e.g. {@code b.reshape(3, 1, 1)}; empty when {@link #ok()} or when only advice helps. */
    public List<String> fixes() {
        return fixes.stream().map(BroadcastFixes.Fix::code).filter(c -> c != null).toList();
    }

    /** The fixes with their explanations, in the language in force. */
    List<BroadcastFixes.Fix> fixDetails() {
        return fixes;
    }

    String aName() {
        return aName;
    }

    String bName() {
        return bName;
    }

    /** One line per dim: what happens there, in the language in force. */
    List<String> notes() {
        var out = new ArrayList<String>();
        if (a.length == 0) out.add(Messages.t("bc.scalar", aName));
        if (b.length == 0) out.add(Messages.t("bc.scalar", bName));
        for (Dim d : dims) {
            out.add(switch (d.kind()) {
                case SAME -> Messages.t("bc.same", d.index(), d.a());
                case STRETCH_A -> Messages.t("bc.stretch", d.index(), aName, d.result());
                case STRETCH_B -> Messages.t("bc.stretch", d.index(), bName, d.result());
                case NEW_A -> d.result() == 1 ? Messages.t("bc.new1", d.index(), aName)
                        : Messages.t("bc.new", d.index(), aName, d.result());
                case NEW_B -> d.result() == 1 ? Messages.t("bc.new1", d.index(), bName)
                        : Messages.t("bc.new", d.index(), bName, d.result());
                case FAIL -> Messages.t("bc.fail", d.index(), d.a(), d.b());
            });
        }
        return out;
    }

    @Override
    public String html() {
        return BroadcastHtml.render(this);
    }

    @Override
    public String toString() {
        return BroadcastText.render(this);
    }
}
