package baeum.exercises.grade;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folder name (key) under which a submission's results are written: readable and
 * collision-free.
 *
 * <p>A key keeps the file name's Unicode letters and digits (NFC-normalized, so a name written on
 * macOS in decomposed form is the same name), {@code . _ @ -}; every other character (a space, a
 * slash, a control character) becomes {@code _}. Two names that still give the same key, compared
 * without case (a case-insensitive file system would make them one folder), each get a short
 * suffix from a hash of their original file name: {@code kim min} and {@code kim_min} become
 * {@code kim_min~3fa2c1} and {@code kim_min~9b07d4}. The suffix depends only on the file's own name,
 * so a key is the same in every run whichever other submissions are in the folder, as long as
 * they do not collide with it.
 */
public final class StudentKeys {

    /** Names the grader writes next to the students' folders. */
    private static final Set<String> RESERVED = Set.of("gradebook.csv", "summary.txt", ".", "..");
    private static final int MAX_CODE_POINTS = 64;

    private StudentKeys() {
    }

    /** The readable key of one name (may collide with another's; see {@link #of(List)}). */
    static String readable(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        n.codePoints().limit(MAX_CODE_POINTS).forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '@' || cp == '-'
                    || Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            sb.appendCodePoint(keep ? cp : '_');
        });
        String k = sb.toString();
        if (k.startsWith(".")) k = "_" + k.substring(1);   // no hidden folders (and never "." or "..")
        return k.isEmpty() ? "_" : k;
    }

    /**
     * Keys for {@code names} (the submissions' file names without {@code .ipynb}), in the same
     * order; distinct even without case.
     */
    public static List<String> of(List<String> names) {
        Map<String, List<Integer>> byFolded = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String k = readable(names.get(i));
            keys.add(k);
            byFolded.computeIfAbsent(fold(k), x -> new ArrayList<>()).add(i);
        }
        Set<String> taken = new HashSet<>();
        for (var e : byFolded.entrySet()) if (e.getValue().size() == 1 && !RESERVED.contains(e.getKey())) taken.add(e.getKey());
        Map<Integer, String> renamed = new HashMap<>();
        for (var e : byFolded.entrySet()) {
            if (e.getValue().size() == 1 && !RESERVED.contains(e.getKey())) continue;
            for (int i : e.getValue()) {
                String base = keys.get(i) + "~" + hash(names.get(i));
                String k = base;
                for (int n = 2; taken.contains(fold(k)); n++) k = base + "-" + n;
                taken.add(fold(k));
                renamed.put(i, k);
            }
        }
        renamed.forEach(keys::set);
        return keys;
    }

    private static String fold(String key) {
        return key.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
