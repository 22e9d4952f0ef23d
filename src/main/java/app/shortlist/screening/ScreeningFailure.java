package app.shortlist.screening;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why a screening operation was refused, in both languages. */
public enum ScreeningFailure implements Failure {
    NOT_SCREENING(409, "not_screening", "“{0}”不是资格审查轮次。", "“{0}” is not a screening round."),
    ROUND_NOT_OPEN(409, "round_not_open", "本轮当前不能作出审查决定（状态：{0}）。", "No screening decision can be made in this round now (it is {0})."),
    ROUND_NOT_PENDING(409, "round_not_pending", "只有未开始的轮次可以开启（当前状态：{0}）。", "Only a round that has not started can be opened (it is {0})."),
    NOT_DECIDABLE(409, "not_decidable", "该申报当前状态为“{0}”，不能作此决定。", "This entry is {0}; that decision cannot be made now."),
    ADMIN_ONLY_REDECIDE(403, "admin_only", "该申报已有审查结论（{0}），只有管理员可以更改。", "This entry has already been decided ({0}); only an admin can change it."),
    REDECIDE_REASON_REQUIRED(422, "reason_required", "更改已有结论时请填写理由。", "Please give the reason for changing the decision."),
    CHECKLIST_INCOMPLETE(422, "checklist_incomplete", "通过前请勾选全部审查要点（还有 {0} 项未勾选）。",
            "Tick every checklist item before passing ({0} not ticked)."),
    CHECKLIST_UNKNOWN(422, "checklist_unknown", "勾选的审查要点不属于本项目。", "A ticked checklist item does not belong to this program."),
    REASON_UNKNOWN(422, "reason_unknown", "所选不通过理由不属于本项目。", "The chosen reason does not belong to this program."),
    REJECT_REASON_REQUIRED(422, "reason_required", "请选择不通过理由或填写说明（至少一项）。",
            "Choose a reason or write an explanation (at least one)."),
    TEXT_TOO_LONG(422, "too_long", "说明过长（最多 {0} 字）。", "The text is too long (at most {0} characters)."),
    MESSAGE_REQUIRED(422, "message_required", "请填写需要补正的内容。", "Please say what needs correcting."),
    CORRECTION_DEADLINE_INVALID(422, "deadline_invalid", "补正截止日期必须晚于今天。", "The correction deadline must be after today."),
    DECISION_UNKNOWN(422, "decision_unknown", "请选择决定：通过、不通过或退回补正。", "Choose a decision: PASS, REJECT or RETURN."),
    BULK_EMPTY(422, "bulk_empty", "请至少选择一份申报。", "Select at least one entry."),
    BULK_TOO_MANY(422, "bulk_too_many", "一次最多处理 {0} 份申报。", "At most {0} entries can be decided at once."),
    BULK_NOT_DECIDABLE(409, "bulk_not_decidable", "所选 {0} 份申报中有 {1} 份不是待处理状态（{2}），全部未处理。请刷新后重新选择。",
            "{1} of the {0} selected entries are not waiting ({2}); nothing was decided. Reload and select again."),
    ROUND_HAS_WAITING(409, "entries_waiting", "还有 {0} 份待处理、{1} 份退回补正，本轮不能截止。管理员可填写理由后截止。",
            "{0} entries are waiting and {1} are returned for correction, so the round cannot close. An admin may close it with a reason."),
    LIST_INVALID(422, "validation_failed", "第 {0} 行格式有误：每行写“中文 | English”，两边都不能为空，各不超过 255 字。",
            "Line {0} is not valid: write “中文 | English” on each line, both sides filled in, at most 255 characters each."),
    LIST_TOO_LONG(422, "validation_failed", "最多 {0} 行。", "At most {0} lines."),
    REASON_IN_USE(409, "part_in_use", "不通过理由“{0}”已被审查结论引用，不能删除（可以修改文字）。",
            "The reason “{0}” is used by decisions and cannot be removed (its wording may change).");

    private final FailureText text;

    ScreeningFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
