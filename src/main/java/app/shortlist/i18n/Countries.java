package app.shortlist.i18n;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Countries and regions (ISO 3166-1 alpha-2) with their names in both languages, from the JDK's CLDR data. */
public final class Countries {

    public record Country(String code, String zh, String en) {
        public String name(Lang lang) {
            return lang == Lang.EN ? en : zh;
        }
    }

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /*
     * Names and the sorted lists are made once: every list page's filter offers all countries, and
     * the JDK's display names and the pinyin Collator cost tens of milliseconds per request.
     */
    private static final Map<String, Country> BY_CODE = new ConcurrentHashMap<>();
    private static final Map<Lang, List<Country>> SORTED = new ConcurrentHashMap<>();

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static Country of(String code) {
        return isKnown(code) ? BY_CODE.computeIfAbsent(code, Countries::named) : named(code);
    }

    private static Country named(String code) {
        Locale region = new Locale("", code);
        String zh = region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
        String en = region.getDisplayCountry(Locale.ENGLISH);
        // Named as in Chinese official usage.
        if (code.equals("TW")) {
            zh = "中国台湾";
            en = "Taiwan, China";
        } else if (code.equals("HK")) {
            zh = "中国香港";
            en = "Hong Kong, China";
        } else if (code.equals("MO")) {
            zh = "中国澳门";
            en = "Macao, China";
        }
        return new Country(code, zh, en);
    }

    /** All, sorted for a select box in the reader's language (pinyin order for Chinese). */
    public static List<Country> all(Lang lang) {
        return SORTED.computeIfAbsent(lang, Countries::sorted);
    }

    private static List<Country> sorted(Lang lang) {
        Collator collator = Collator.getInstance(lang.locale());
        return Arrays.stream(Locale.getISOCountries()).map(Countries::of)
                .sorted(Comparator.comparing((Country c) -> c.name(lang), collator)).toList();
    }
}
