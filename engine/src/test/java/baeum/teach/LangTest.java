package baeum.teach;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The language in force: explicit call > BAEUM_LANG > the kernel's folder > English. */
class LangTest {
    @AfterEach
    void reset() {
        Lang.set((String) null);
    }

    @Test
    void anExplicitChoiceWins() {
        Lang.set("ko");
        assertEquals("ko", Lang.current());
        Lang.set(Locale.ENGLISH);
        assertEquals("en", Lang.current());
        Lang.set(Locale.KOREA);
        assertTrue(Lang.korean());
        var e = assertThrows(IllegalArgumentException.class, () -> Lang.set("fr"));
        assertTrue(e.getMessage().contains("use \"ko\" (한국어) or \"en\" (English)"), e.getMessage());
    }

    @Test
    void theEnvironmentAndTheFolderAreReadAsTheRuleSays() {
        assertEquals("ko", Lang.parse("ko_KR.UTF-8"));
        assertEquals("en", Lang.parse("en-US"));
        assertNull(Lang.parse(""));
        assertNull(Lang.parse("de"));
        assertEquals("ko", Lang.fromDirectory("/work/main/notebooks/ko"));
        assertEquals("en", Lang.fromDirectory("/work/main/notebooks/en"));
        assertNull(Lang.fromDirectory("/work/main/notebooks/ko/extra"));
        assertNull(Lang.fromDirectory("/"));
        // without a call: BAEUM_LANG, else this JVM's folder (engine/ when Maven runs the tests), else English
        String expected = Lang.parse(System.getenv("BAEUM_LANG"));
        if (expected == null) expected = Lang.fromDirectory(System.getProperty("user.dir"));
        assertEquals(expected == null ? "en" : expected, Lang.current());
    }

    @Test
    void everyMessageHasBothLanguages() {
        for (String key : Messages.keys()) {
            assertFalse(Messages.get("en", key).isBlank(), key);
            assertFalse(Messages.get("ko", key).isBlank(), key);
        }
        assertEquals("result", Messages.get("en", "bc.result"));
        assertEquals("결과", Messages.get("ko", "bc.result"));
    }
}
