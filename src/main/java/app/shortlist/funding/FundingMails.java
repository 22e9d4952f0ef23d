package app.shortlist.funding;

import app.shortlist.i18n.Lang;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;

/**
 * The mails a unit's recommenders receive. Their language is not known to the mapping, so each mail
 * carries both: Chinese first, then English.
 */
final class FundingMails {

    private FundingMails() {
    }

    static String returnedSubject(RecommendingUnit unit, Round round) {
        return "推荐名单已退回 · " + round.program.name.zh + " / Your recommendation list was returned · "
                + round.program.name.en;
    }

    static String returnedBody(RecommendingUnit unit, Round round, String reason) {
        return """
                %s：

                省级主管部门已退回贵单位在「%s」%s中报送的推荐名单。

                退回理由：%s

                请登录系统修改后重新报送。

                ---

                %s:

                The province has returned the list your unit submitted in the %s of %s.

                Reason: %s

                Please sign in, make the changes and submit the list again.
                """.formatted(unit.name.zh, round.program.name.zh, round.name.zh, reason, unit.name.en,
                round.name.en.toLowerCase(java.util.Locale.ROOT), round.program.name.en, reason);
    }

    static String outcomeSubject(Lang lang, Round round, boolean recommended) {
        String program = round.program.name.in(lang);
        if (lang == Lang.EN) {
            return (recommended ? "Your application was recommended to the province · " : "Result of the recommendation · ")
                    + program;
        }
        return (recommended ? "您的申报已获推荐 · " : "推荐结果 · ") + program;
    }

    static String outcomeBody(Lang lang, Round round, String project, String reference, boolean recommended) {
        String program = round.program.name.in(lang);
        String p = project == null ? "—" : project;
        if (lang == Lang.EN) {
            return recommended
                    ? "Your application \"%s\" (%s) to %s was recommended by your district and takes part in the province's expert review. We will write again when it has an outcome.\n"
                            .formatted(p, reference, program)
                    : "Your application \"%s\" (%s) to %s was not among those your district recommended to the province. If you have a question, quote your reference number to your district bureau.\n"
                            .formatted(p, reference, program);
        }
        return recommended
                ? "您在「%s」的申报项目「%s」（%s）已获所在区县推荐，将进入省级专家评审。有结果时我们会再通知您。\n"
                        .formatted(program, p, reference)
                : "您在「%s」的申报项目「%s」（%s）未列入所在区县的推荐名单。如有疑问，请凭受理编号向所在区县主管部门咨询。\n"
                        .formatted(program, p, reference);
    }
}
