package baeum.progress;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressFormatTest {
    @Test
    void timesRatesAndValuesReadLikeTqdm() {
        assertEquals("00:00", ProgressFormat.time(0.2));
        assertEquals("01:05", ProgressFormat.time(65));
        assertEquals("1:01:01", ProgressFormat.time(3661));
        assertEquals("?", ProgressFormat.time(Double.NaN));
        assertEquals("2.50 s/it", ProgressFormat.rate(0.4));
        assertEquals("12.3 it/s", ProgressFormat.rate(12.34));
        assertEquals("1234 it/s", ProgressFormat.rate(1234.4));
        assertEquals("? it/s", ProgressFormat.rate(0));
        assertEquals("0.2310", ProgressFormat.value(0.231));
        assertEquals("12.35", ProgressFormat.value(12.345));
        assertEquals("1.23e-5", ProgressFormat.value(0.0000123));
        assertEquals("0.000", ProgressFormat.value(0));
        var m = new LinkedHashMap<String, Double>();
        m.put("loss", 0.5);
        m.put("acc", 0.9);
        assertEquals("loss=0.5000, acc=0.9000", ProgressFormat.metrics(m));
    }
}
