package app.shortlist.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    @Test
    void ordersByQualityThenPosition() {
        assertEquals(List.of(Locale.forLanguageTag("en"), Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("zh")),
                AcceptLanguage.parse("zh-CN;q=0.8, zh;q=0.5, en"));
    }

    @Test
    void ignoresWildcardsZeroQualityAndGarbage() {
        assertEquals(List.of(Locale.FRENCH), AcceptLanguage.parse("*, en;q=0, de;q=abc, ;q=1, fr"));
        assertEquals(List.of(), AcceptLanguage.parse(null));
    }
}
