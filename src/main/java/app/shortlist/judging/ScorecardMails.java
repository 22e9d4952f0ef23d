package app.shortlist.judging;

import app.shortlist.i18n.Lang;
import app.shortlist.program.Round;

/**
 * The mail a judge receives when an admin reopens their scorecard. The registry does not know a judge's language,
 * so it speaks both; it names the application by reference and project only (blind rounds stay blind).
 */
final class ScorecardMails {

    private ScorecardMails() {
    }

    static String reopenedSubject(Round round) {
        return "评分表已重新开放 / Scorecard reopened · " + round.program.name.in(Lang.ZH) + " · " + round.name.in(Lang.ZH);
    }

    static String reopenedBody(Assignment a, String reason) {
        String reference = a.application.reference == null ? "—" : a.application.reference;
        String project = a.application.projectName == null ? "—" : a.application.projectName;
        String path = "/judging/assignments/" + a.id;
        return """
                管理员已重新开放您对 %s「%s」的评分表（%s · %s）。

                理由：%s

                请登录 Shortlist 修改后重新提交：%s
                在您重新提交之前，即使评审截止时间已过，此评分表仍可修改。

                An administrator has reopened your scorecard for %s "%s" (%s · %s).

                Reason: %s

                Please sign in to Shortlist, make your correction and submit it again: %s
                Until you submit it again, this scorecard stays editable even after the round's close time.
                """.formatted(reference, project, a.round.program.name.in(Lang.ZH), a.round.name.in(Lang.ZH), reason,
                path, reference, project, a.round.program.name.in(Lang.EN), a.round.name.in(Lang.EN), reason, path);
    }
}
