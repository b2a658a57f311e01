package baeum.teach;

import baeum.storage.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Ways to make two shapes that do not broadcast broadcast: move one operand's dims to the
 * positions where the other has the same sizes ({@code reshape}, or the same as a chain of
 * {@code unsqueeze}), or swap two of its dims ({@code transpose}); when no such move exists,
 * advice on making the clashing sizes equal or reducing one of them.
 */
final class BroadcastFixes {
    private BroadcastFixes() {}

    /** A fix: code (null for advice only) and its explanation in the language in force. */
    record Fix(String code, String why) {}

    static List<Fix> find(int[] a, int[] b, String aName, String bName) {
        var out = new ArrayList<Fix>();
        var seen = new LinkedHashSet<String>();
        embed(b, a, bName, aName, out, seen);
        embed(a, b, aName, bName, out, seen);
        transpose(b, a, bName, out, seen);
        transpose(a, b, aName, out, seen);
        if (out.isEmpty()) advice(a, b, aName, bName, out);
        return List.copyOf(out);
    }

    /** True when {@code x} and {@code y} broadcast. */
    static boolean broadcasts(int[] x, int[] y) {
        int r = Math.max(x.length, y.length);
        for (int i = 0; i < r; i++) {
            int ix = i - (r - x.length), iy = i - (r - y.length);
            int dx = ix >= 0 ? x[ix] : 1, dy = iy >= 0 ? y[iy] : 1;
            if (dx != dy && dx != 1 && dy != 1) return false;
        }
        return true;
    }

    /**
     * Places {@code x}'s dims, in order, at positions of {@code other} with the same sizes (the
     * rightmost such placement), with size-1 dims between and after them.
     */
    private static void embed(int[] x, int[] other, String xName, String otherName, List<Fix> out, LinkedHashSet<String> seen) {
        int k = x.length, r = other.length;
        if (k == 0 || k > r) return;
        int[] pos = new int[k];
        int next = r;
        for (int i = k - 1; i >= 0; i--) {
            int j = next - 1;
            while (j >= 0 && other[j] != x[i] && x[i] != 1) j--;
            if (j < 0) return;
            pos[i] = j;
            next = j;
        }
        // drop the leading size-1 dims: broadcasting adds them anyway
        int len = r - pos[0];
        int[] target = new int[len];
        Arrays.fill(target, 1);
        for (int i = 0; i < k; i++) target[pos[i] - pos[0]] = x[i];
        if (Arrays.equals(target, x) || !broadcasts(target, other)) return;
        String dims = Shape.str(target);
        String reshape = xName + ".reshape" + dims;
        if (seen.add(reshape)) {
            out.add(new Fix(reshape, Messages.t("bc.fix.reshape", reshape, xName, dims, otherName, Shape.str(other))));
        }
        var sb = new StringBuilder(xName);
        int lastX = pos[k - 1] - pos[0];
        for (int p = 0; p < lastX; p++) {
            boolean isX = false;
            for (int i = 0; i < k; i++) if (pos[i] - pos[0] == p) isX = true;
            if (!isX) sb.append(".unsqueeze(").append(p).append(')');
        }
        for (int p = lastX + 1; p < len; p++) sb.append(".unsqueeze(-1)");
        String unsq = sb.toString();
        if (!unsq.equals(xName) && seen.add(unsq)) out.add(new Fix(unsq, Messages.t("bc.fix.unsqueeze", unsq, dims)));
    }

    /** Swaps two dims of {@code x} (the last two first) when that makes it broadcast with {@code other}. */
    private static void transpose(int[] x, int[] other, String xName, List<Fix> out, LinkedHashSet<String> seen) {
        int k = x.length;
        for (int i = k - 2; i >= 0; i--) {
            for (int j = k - 1; j > i; j--) {
                if (x[i] == x[j]) continue;
                int[] s = x.clone();
                s[i] = x[j];
                s[j] = x[i];
                if (!broadcasts(s, other)) continue;
                String code = xName + (k == 2 ? ".t()" : j == k - 1 && i == k - 2 ? ".transpose(-2, -1)"
                        : ".transpose(" + i + ", " + j + ")");
                if (seen.add(code)) {
                    out.add(new Fix(code, Messages.t("bc.fix.transpose", code, xName, Shape.str(s), Shape.str(other))));
                }
                return;
            }
        }
    }

    /** No move of dims helps: say what must change at the first clashing dim. */
    private static void advice(int[] a, int[] b, String aName, String bName, List<Fix> out) {
        int r = Math.max(a.length, b.length);
        for (int i = 0; i < r; i++) {
            int ia = i - (r - a.length), ib = i - (r - b.length);
            int da = ia >= 0 ? a[ia] : 1, db = ib >= 0 ? b[ib] : 1;
            if (da == db || da == 1 || db == 1) continue;
            boolean bSmaller = b.length < a.length || (b.length == a.length && db < da);
            String name = bSmaller ? bName : aName;
            int dimInOwn = bSmaller ? ib : ia;
            out.add(new Fix(null, Messages.t("bc.fix.equal", i, da, db)));
            out.add(new Fix(null, Messages.t("bc.fix.reduce", name, dimInOwn,
                    name + ".sum(" + dimInOwn + ", true)")));
            return;
        }
    }
}
