package baeum.teach;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Korean particles follow the sound of the word before them; the message table uses them. */
class KoreanTest {
    @AfterEach
    void reset() {
        Lang.set((String) null);
    }

    @Test
    void numbersAreReadByTheirLastDigit() {
        // 영 일 이 삼 사 오 육 칠 팔 구: (으)로 takes 로 after a vowel or ㄹ
        String[] ro = {"0으로", "1로", "2로", "3으로", "4로", "5로", "6으로", "7로", "8로", "9로"};
        // 은/는: any final consonant, ㄹ included, takes 은
        String[] eun = {"0은", "1은", "2는", "3은", "4는", "5는", "6은", "7은", "8은", "9는"};
        String[] i = {"0이", "1이", "2가", "3이", "4가", "5가", "6이", "7이", "8이", "9가"};
        String[] eul = {"0을", "1을", "2를", "3을", "4를", "5를", "6을", "7을", "8을", "9를"};
        for (int d = 0; d <= 9; d++) {
            assertEquals(ro[d], Korean.particles(d + "(으)로"));
            assertEquals(eun[d], Korean.particles(d + "은(는)"));
            assertEquals(i[d], Korean.particles(d + "이(가)"));
            assertEquals(eul[d], Korean.particles(d + "을(를)"));
        }
        assertEquals("10으로", Korean.particles("10(으)로"), "십");
        assertEquals("32로", Korean.particles("32(으)로"), "삼십이");
        assertEquals("256으로", Korean.particles("256(으)로"), "이백오십육");
    }

    @Test
    void aClosingParenthesisIsReadThrough() {
        assertEquals("(2, 1)로 바꾸면", Korean.particles("(2, 1)(으)로 바꾸면"));
        assertEquals("(3, 1, 1)을 만듭니다", Korean.particles("(3, 1, 1)을(를) 만듭니다"));
        assertEquals("(3, 2)는", Korean.particles("(3, 2)은(는)"));
        assertEquals("a (2, 3)과 b (3)", Korean.particles("a (2, 3)과(와) b (3)"));
        assertEquals("a (2, 4)와 b (4)", Korean.particles("a (2, 4)과(와) b (4)"));
    }

    @Test
    void hangulAndLatinWords() {
        assertEquals("서울로", Korean.particles("서울(으)로"), "ㄹ takes 로");
        assertEquals("집으로", Korean.particles("집(으)로"));
        assertEquals("나무로", Korean.particles("나무(으)로"));
        assertEquals("책은", Korean.particles("책은(는)"));
        assertEquals("a는", Korean.particles("a은(는)"), "에이");
        assertEquals("m은", Korean.particles("m은(는)"), "엠");
        assertEquals("l로", Korean.particles("l(으)로"), "엘");
        assertEquals("model로", Korean.particles("model(으)로"));
        assertEquals("weight는", Korean.particles("weight은(는)"));
        assertEquals("으로", Korean.particle("3", "으로", "로"));
        assertEquals("로", Korean.particle("7", "으로", "로"));
        assertEquals("이", Korean.particle("7", "이", "가"));
    }

    @Test
    void explainBroadcastSpeaksCorrectKorean() {
        language("ko");
        String text = explainBroadcast(shape(3, 5, 5), shape(3)).toString();
        assertTrue(text.contains("a (3, 5, 5)와 b (3)"), text);   // 오와
        assertTrue(text.contains("크기 1로 보고 3으로 늘어납니다"), text);
        assertTrue(text.contains("크기 1로 보고 5로 늘어납니다"), text);
        assertTrue(text.contains("크기가 5, 3으로 서로 다르고"), text);
        assertTrue(text.contains("b의 shape을 (3, 1, 1)로 바꾸면"), text);
        assertTrue(text.contains("바꾼 shape (5, 5, 3)은 (3)에"), text);
        assertFalse(text.contains("(으)") || text.contains("(는)") || text.contains("(를)") || text.contains("(와)"), text);
        String two = explainBroadcast(shape(2, 3), shape(2)).toString();
        assertTrue(two.contains("b의 shape을 (2, 1)로 바꾸면"), two);
        assertTrue(two.contains("같은 shape (2, 1)을 만듭니다"), two);
        assertTrue(two.contains("바꾼 shape (3, 2)는 (2)에"), two);
        assertTrue(explainBroadcast(shape(), shape(2)).toString().contains("a는 0차원"));
    }

    @Test
    void theResultRowIsAlignedWithTheOthers() {
        for (String lang : new String[] {"ko", "en"}) {
            language(lang);
            var lines = explainBroadcast(shape(2, 3), shape(3)).toString().lines().toList();
            int a = lines.indexOf(lines.stream().filter(l -> l.startsWith("a (2, 3)")).findFirst().orElseThrow());
            String rowA = lines.get(a), result = lines.get(a + 2);
            // the sizes end at the same display column in every row; the result's shape follows them
            assertEquals(SummaryText.width(rowA), SummaryText.width(result.substring(0, result.indexOf("   = "))), lang + "\n" + result);
            assertTrue(result.endsWith("= (2, 3)"), result);
        }
    }
}
