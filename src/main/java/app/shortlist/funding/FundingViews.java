package app.shortlist.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.shortlist.i18n.Lang;
import app.shortlist.pipeline.EntryState;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** What the recommendation pages share: rows, counts, the bundle. */
final class FundingViews {

    private FundingViews() {
    }

    /** One application as the unit's pages list it. */
    @TemplateData
    public record Row(long entryId, String reference, String project, String organisation, String direction,
            String amount, String state, String stateLabel, Integer priority, boolean first, boolean last,
            String opinion) {

        public int up() {
            return priority == null ? 0 : priority - 1;
        }

        public int down() {
            return priority == null ? 0 : priority + 1;
        }
    }

    @TemplateData
    public record CountView(String state, String label, long n) {
    }

    static List<Row> rows(List<UnitView.Line> lines, Lang lang) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            UnitView.Line l = lines.get(i);
            rows.add(new Row(l.entryId(), l.reference(), l.projectName(), l.organisation(),
                    lang == Lang.EN ? l.directionEn() : l.directionZh(), amount(l.requestedAmount()), l.state().name(),
                    l.state().label().in(lang), l.priority(), i == 0, i == lines.size() - 1, l.opinion()));
        }
        return rows;
    }

    static List<CountView> counts(Map<EntryState, Long> counts, Lang lang) {
        List<CountView> list = new ArrayList<>();
        for (EntryState s : EntryState.values()) {
            list.add(new CountView(s.name(), s.label().in(lang), counts.getOrDefault(s, 0L)));
        }
        return list;
    }

    static String quotaLine(UnitView v, FundingMsg m) {
        return v.quota() == null ? m.quota_unlimited(String.valueOf(v.recommendedCount()))
                : m.quota_line(String.valueOf(v.recommendedCount()), String.valueOf(v.left()), String.valueOf(v.quota()));
    }

    static String amount(BigDecimal b) {
        return b == null ? "—" : b.stripTrailingZeros().toPlainString();
    }

    static FundingMsg msg(Lang lang) {
        return MessageBundles.get(FundingMsg.class, Localized.Literal.of(lang.tag()));
    }
}
