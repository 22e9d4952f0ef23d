package app.shortlist.judging;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why a ranking or advancement operation was refused, in both languages. */
public enum RankingFailure implements Failure {
    NOT_CLOSED(409, "round_not_closed", "本轮当前为“{0}”，评审仍可能打分：请先截止本轮，再调整或确认晋级名单。",
            "This round is {0} and judges may still score: close the round before adjusting or confirming who goes on."),
    ALREADY_CONFIRMED(409, "round_confirmed", "本轮晋级名单已于 {0} 确认，排名已冻结，不能再更改。",
            "This round's advancement was confirmed on {0}; its ranking is frozen and can no longer change."),
    REASON_REQUIRED(422, "reason_required", "请填写调整理由（会记入审计日志）。",
            "Please give the reason for this change (it is kept in the audit trail)."),
    REASON_TOO_LONG(422, "reason_too_long", "理由最多 1000 个字符。", "The reason can be at most 1,000 characters."),
    ALREADY_IN(409, "already_proposed", "按规则该项目已在晋级线以上，无需调入；只能把晋级线以下的项目调入。",
            "The rule already puts this entry through; only an entry below the cut line can be moved in."),
    ALREADY_OUT(409, "already_left_out", "按规则该项目已在晋级线以下，无需调出；只能把晋级线以上的项目调出。",
            "The rule already leaves this entry out; only an entry above the cut line can be moved out."),
    NO_OVERRIDE(409, "no_override", "该项目没有可撤销的人工调整。", "This entry has no override to remove."),
    UNREADABLE(409, "ranking_unreadable", "无法计算本轮排名：{0}。请检查本轮的评分细则和同分规则。",
            "The ranking of this round cannot be computed: {0}. Check the round's rubric and tie-breaks.");

    private final FailureText text;

    RankingFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
