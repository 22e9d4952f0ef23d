package app.shortlist.judging;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why a scorecard operation was refused, in both languages. */
public enum ScorecardFailure implements Failure {
    ROUND_NOT_OPEN(409, "round_not_open", "本轮评审尚未开放或已结束，不能评分。", "This round is not open for scoring."),
    ROUND_CLOSED(409, "round_closed", "本轮评审已于 {0}（北京时间）截止，评分不能再修改。如需更正，请联系管理员重新开放评分表。",
            "Scoring in this round closed at {0} (China Standard Time); scores can no longer be changed. "
                    + "Ask an administrator to reopen the scorecard if a correction is needed."),
    ROUND_CONFIRMED(409, "round_confirmed", "本轮结果已确认，评分表不能再修改或重新开放。",
            "This round's outcome is confirmed; its scorecards can no longer be changed or reopened."),
    LOCKED(409, "scorecard_submitted", "评分表已提交并锁定，不能再修改。如需更正，请联系管理员。",
            "This scorecard has been submitted and is locked. Ask an administrator if a correction is needed."),
    RECUSED(409, "assignment_recused", "您已回避此项目，不能为其评分。", "You recused yourself from this application and cannot score it."),
    NO_RUBRIC(409, "no_rubric", "本轮尚未设置评分标准，暂不能评分。", "This round has no rubric yet, so it cannot be scored."),
    INVALID(422, "validation_failed", "评分表有 {0} 处需要修改，请查看各项旁的提示。",
            "{0} field(s) need attention; see the message next to each."),
    NOT_SUBMITTED(409, "scorecard_not_submitted", "该评分表尚未提交，仍可由评审专家修改，无需重新开放。",
            "This scorecard has not been submitted; the judge can still change it, so there is nothing to reopen."),
    REASON_REQUIRED(422, "reason_required", "请填写重新开放的理由（最多 1000 字）。", "Please give the reason for reopening (at most 1,000 characters).");

    private final FailureText text;

    ScorecardFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
