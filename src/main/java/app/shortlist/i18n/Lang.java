package app.shortlist.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two languages of the product, and how a request's language is chosen. Pure Java. */
public enum Lang {
    ZH("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    public static final Lang DEFAULT = ZH;

    private final String tag;
    private final Locale locale;

    Lang(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag used in cookies, HTML lang attributes and the message bundles. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public Lang other() {
        return this == ZH ? EN : ZH;
    }

    /** Any Chinese maps to Simplified Chinese, any English to English; anything else is unknown. */
    public static Optional<Lang> of(String tagOrLanguage) {
        if (tagOrLanguage == null || tagOrLanguage.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tagOrLanguage.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> Optional.of(ZH);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    public static Optional<Lang> of(Locale locale) {
        return locale == null ? Optional.empty() : of(locale.toLanguageTag());
    }

    /**
     * The user's explicit choice wins; otherwise the first supported language of
     * Accept-Language (already in the client's order of preference); otherwise Chinese.
     */
    public static Lang choose(String cookieValue, List<Locale> acceptable) {
        Optional<Lang> chosen = of(cookieValue);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (Locale locale : acceptable) {
            Optional<Lang> lang = of(locale);
            if (lang.isPresent()) {
                return lang.get();
            }
        }
        return DEFAULT;
    }
}
