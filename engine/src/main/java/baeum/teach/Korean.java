package baeum.teach;

/**
 * Korean particles (조사) chosen from the word they follow, as Korean does: the message table writes
 * both forms, {@code (으)로}, {@code 은(는)}, {@code 이(가)}, {@code 을(를)}, {@code 과(와)}, and
 * {@link #particles(String)} keeps the one that fits the character before it.
 *
 * <p>The character before is read as it is spoken. A Hangul syllable: its final consonant (받침).
 * A digit: the Korean reading of the number's last digit (0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육,
 * 7 칠, 8 팔, 9 구; 10 십, 100 백 ... also end in a consonant). A closing parenthesis or bracket,
 * a quote or a space is skipped, so {@code (2, 1)} is read by its 1. A Latin letter alone by its
 * name (l 엘, m 엠, n 엔, r 알 end in a consonant; the others do not); a longer Latin word by its
 * last letter (m, n, ng end in a consonant, l in ㄹ; anything else as a vowel).
 *
 * <p>(으)로 takes 로 after a vowel and also after ㄹ (1로, 7로, 서울로), 으로 after any other
 * consonant (3으로, 6으로, 10으로). 은/는, 이/가, 을/를, 과/와 take the first form after any final
 * consonant, ㄹ included (1은, 2는).
 *
 * <pre>
 * jshell> baeum.teach.Korean.particles("크기 1이 3(으)로 늘어납니다")
 * $1 ==> "크기 1이 3으로 늘어납니다"
 * </pre>
 */
public final class Korean {
    private Korean() {}

    /** What the sound before a particle ends in. */
    enum Ending { VOWEL, RIEUL, CONSONANT }

    // tokens: {written form, form after a consonant (ㄹ aside), form after a vowel, form after ㄹ}
    private static final String[][] TOKENS = {
        {"(으)로", "으로", "로", "로"},
        {"은(는)", "은", "는", "은"},
        {"이(가)", "이", "가", "이"},
        {"을(를)", "을", "를", "을"},
        {"과(와)", "과", "와", "과"},
    };

    /** {@code text} with every two-form particle token replaced by the form that fits the word before it. */
    public static String particles(String text) {
        if (text.indexOf('(') < 0) return text;
        var sb = new StringBuilder(text.length());
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String[] t : TOKENS) {
                if (text.startsWith(t[0], i)) {
                    Ending e = ending(sb);
                    sb.append(e == Ending.VOWEL ? t[2] : e == Ending.RIEUL ? t[3] : t[1]);
                    i += t[0].length();
                    continue outer;
                }
            }
            sb.append(text.charAt(i++));
        }
        return sb.toString();
    }

    /** The form of a particle after {@code word}: {@code particle(word, "으로", "로")}, ("은", "는") ... */
    public static String particle(CharSequence word, String afterConsonant, String afterVowel) {
        Ending e = ending(word);
        if (e == Ending.VOWEL) return afterVowel;
        if (e == Ending.RIEUL && afterConsonant.equals("으로")) return afterVowel;
        return afterConsonant;
    }

    /** How {@code s} ends when read aloud (after skipping closing brackets, quotes and spaces). */
    static Ending ending(CharSequence s) {
        int end = s.length();
        while (end > 0 && ")]}>'\"` ".indexOf(s.charAt(end - 1)) >= 0) end--;
        if (end == 0) return Ending.VOWEL;
        char c = s.charAt(end - 1);
        if (c >= 0xac00 && c <= 0xd7a3) {
            int jong = (c - 0xac00) % 28;
            return jong == 0 ? Ending.VOWEL : jong == 8 ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (c >= '0' && c <= '9') {
            return switch (c) {
                case '2', '4', '5', '9' -> Ending.VOWEL;      // 이, 사, 오, 구
                case '1', '7', '8' -> Ending.RIEUL;           // 일, 칠, 팔
                default -> Ending.CONSONANT;                  // 영 (and 십, 백, 천, 만), 삼, 육
            };
        }
        char lower = Character.toLowerCase(c);
        if (lower >= 'a' && lower <= 'z') {
            int start = end - 1;
            while (start > 0 && Character.isLetter(s.charAt(start - 1)) && s.charAt(start - 1) < 0x80) start--;
            if (end - start == 1) {                           // a letter alone, read by its name
                return lower == 'l' || lower == 'r' ? Ending.RIEUL : lower == 'm' || lower == 'n' ? Ending.CONSONANT : Ending.VOWEL;
            }
            if (lower == 'l') return Ending.RIEUL;
            if (lower == 'm' || lower == 'n') return Ending.CONSONANT;
            if (lower == 'g' && Character.toLowerCase(s.charAt(end - 2)) == 'n') return Ending.CONSONANT;
            return Ending.VOWEL;
        }
        return Ending.VOWEL;
    }
}
