package app.shortlist.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.shortlist.application.ApplicationForm;
import app.shortlist.application.ApplicationMsg;
import app.shortlist.i18n.Lang;
import app.shortlist.pipeline.EntryState;
import app.shortlist.program.FormField;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** What the screening pages share: the counts bar, flag texts, field labels, the bundles. */
final class ScreeningViews {

    private ScreeningViews() {
    }

    /** One state's count in the bar; {@code href} filters the queue by it. */
    @TemplateData
    public record Count(String state, String label, long n, String href, boolean current) {
    }

    /** A flag as a row shows it: a short label, and the full text for the title and the entry page. */
    @TemplateData
    public record FlagView(String kind, String label, String text) {
    }

    static List<Count> counts(ScreeningQueue.Counts counts, String queue, EntryState current, Lang lang) {
        List<Count> list = new ArrayList<>();
        for (EntryState s : EntryState.values()) {
            list.add(new Count(s.name(), s.label().in(lang), counts.of(s), queue + "?state=" + s.name(), s == current));
        }
        return list;
    }

    static List<FlagView> flags(List<ScreeningFlags.Flag> flags, Map<String, String> labels, Lang lang) {
        if (flags == null) {
            return List.of();
        }
        return flags.stream().map(f -> new FlagView(f.kind().name(), f.kind().label(lang),
                f.message(lang, f.field() == null ? "" : labels.getOrDefault(f.field(), f.field())))).toList();
    }

    /** Field key → label in the reader's language: the built-in fields' and the program's own. */
    static Map<String, String> fieldLabels(List<FormField> fields, Lang lang) {
        ApplicationMsg m = app(lang);
        Map<String, String> labels = new HashMap<>();
        labels.put(ApplicationForm.PROJECT_NAME, m.f_projectName());
        labels.put(ApplicationForm.ORGANISATION, m.f_organisation());
        labels.put(ApplicationForm.CONTACT_NAME, m.f_contactName());
        labels.put(ApplicationForm.PHONE, m.f_phone());
        labels.put(ApplicationForm.EMAIL, m.f_email());
        labels.put(ApplicationForm.TRACK, m.f_trackId());
        labels.put(ApplicationForm.DIRECTION, m.f_directionId());
        labels.put(ApplicationForm.UNIT, m.f_unitId());
        labels.put(ApplicationForm.USCC, m.f_uscc());
        labels.put(ApplicationForm.COUNTRY, m.f_countryRegion());
        labels.put(ApplicationForm.REQUESTED_AMOUNT, m.f_requestedAmount());
        fields.forEach(f -> labels.put(f.key, f.label.in(lang)));
        return labels;
    }

    static ScreeningMsg msg(Lang lang) {
        return MessageBundles.get(ScreeningMsg.class, Localized.Literal.of(lang.tag()));
    }

    static ApplicationMsg app(Lang lang) {
        return MessageBundles.get(ApplicationMsg.class, Localized.Literal.of(lang.tag()));
    }
}
