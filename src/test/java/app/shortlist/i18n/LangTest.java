package app.shortlist.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LangTest {

    @Test
    void explicitChoiceWinsOverBrowser() {
        assertEquals(Lang.EN, Lang.choose("en", List.of(Locale.CHINA)));
        assertEquals(Lang.ZH, Lang.choose("zh-CN", List.of(Locale.ENGLISH)));
    }

    @Test
    void firstSupportedBrowserLanguageWins() {
        assertEquals(Lang.EN, Lang.choose(null, List.of(Locale.FRENCH, Locale.UK, Locale.CHINA)));
        assertEquals(Lang.ZH, Lang.choose(null, List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH)));
    }

    @Test
    void unknownOrGarbageFallsBackToChinese() {
        assertEquals(Lang.ZH, Lang.choose("klingon", List.of()));
        assertEquals(Lang.ZH, Lang.choose("<script>", List.of(Locale.GERMAN)));
    }

    @Test
    void localizedTextFallsBackToTheOtherLanguage() {
        assertEquals("数字经济组", new LocalizedText("数字经济组", " ").in(Lang.EN));
        assertEquals("Digital economy", new LocalizedText(null, "Digital economy").in(Lang.ZH));
    }
}
