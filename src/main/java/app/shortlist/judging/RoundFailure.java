package app.shortlist.judging;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why a round, judge-pool, conflict or assignment operation was refused, in both languages. */
public enum RoundFailure implements Failure {
    INVALID(422, "validation_failed", "有 {0} 处需要修改，请查看各项旁的提示。", "{0} value(s) need attention; see the message next to each."),
    CONFIRMED(409, "round_confirmed", "本轮结果已确认，不能再修改。", "This round’s outcome is confirmed; it can no longer change."),
    RUBRIC_LOCKED(409, "rubric_locked", "本轮已有评分表，评分标准不能再修改。",
            "Scorecards exist in this round, so its rubric can no longer change."),
    NOT_OPENABLE(409, "not_openable", "只有未开始的轮次可以开启（当前状态：{0}）。", "Only a round not yet started can be opened (it is {0})."),
    OPEN_NEEDS(409, "open_needs", "开启前还缺：{0}。", "Before opening, this round still needs: {0}."),
    NOT_OPEN(409, "not_open", "本轮当前未在进行中（当前状态：{0}）。", "This round is not open (it is {0})."),
    NOT_CLOSED(409, "not_closed", "只有已截止的轮次可以重新开启（当前状态：{0}）。", "Only a closed round can be reopened (it is {0})."),
    ENDS_PASSED(409, "ends_passed", "本轮截止时间（{0}）已过。请先在设置中把截止时间改到以后。",
            "The round’s close time ({0}) has passed. Move the close time later in the settings first."),
    ASSIGN_CLOSED(409, "round_not_assignable", "本轮已截止（{0}），不能再分配评委。",
            "This round is over ({0}); judges can no longer be assigned."),
    NO_REMINDERS(409, "not_open", "只有进行中的轮次可以发送提醒（当前状态：{0}）。", "Reminders can be sent only while the round is open (it is {0})."),
    REASON_REQUIRED(422, "reason_required", "请填写理由。", "Please give the reason."),
    USERNAME_TAKEN(409, "username_taken", "用户名 {0} 已在专家库中（{1}），请直接编辑该专家。",
            "The username {0} is already in the registry ({1}); edit that expert instead."),
    ALREADY_IN_POOL(409, "already_in_pool", "{0} 已在本轮评委库中。", "{0} is already in this round’s pool."),
    NOT_IN_REGISTRY(409, "not_in_registry", "您还不在评审专家库中，请联系管理员将您的账号（{0}）加入专家库后再声明回避。",
            "You are not in the expert registry yet. Ask an administrator to add your account ({0}), then declare your conflicts."),
    CONFLICT_DUPLICATE(409, "conflict_duplicate", "您已声明过此回避事项。", "You have already declared this conflict."),
    CONFLICTED(409, "conflicted", "{0} 与该申报存在利益冲突（{1}），不能分配。",
            "{0} has a conflict of interest with this application ({1}) and cannot be assigned to it."),
    NOT_ELIGIBLE(409, "not_eligible", "不能分配：{0}。", "Cannot assign: {0}."),
    ALREADY_ASSIGNED(409, "already_assigned", "{0} 已分配到该申报。", "{0} is already assigned to this application."),
    HAS_SCORECARD(409, "has_scorecard", "该评委已提交此申报的评分表，分配不能撤销。",
            "This judge has submitted a scorecard for this application; the assignment cannot be removed."),
    NOT_ASSIGNED(404, "not_assigned", "该评委未分配到此申报。", "This judge is not assigned to this application."),
    ALREADY_RECUSED(409, "already_recused", "您已回避此申报。", "You have already recused yourself from this application."),
    SUBMITTED(409, "scorecard_submitted", "您已提交评分表，不能再回避。如需更正，请联系管理员。",
            "You have submitted your scorecard, so you can no longer recuse yourself. Contact an administrator to correct it.");

    private final FailureText text;

    RoundFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
