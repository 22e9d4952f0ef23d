package app.shortlist.results;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why a result list or objection operation was refused, in both languages. */
public enum ResultFailure implements Failure {
    TITLE_REQUIRED(422, "title_required", "请填写名单的中文和英文标题。", "Please give the list's title in Chinese and in English."),
    ROUND_NOT_IN_PROGRAM(404, "not_found", "该项目中没有这一轮次。", "This program has no such round."),
    ROUND_NOT_CONFIRMED(409, "round_not_confirmed", "轮次“{0}”的晋级名单尚未确认：请先确认排名，再据此生成名单。",
            "The advancement of round “{0}” is not confirmed yet: confirm its ranking before building a list from it."),
    NO_DIRECTIONS(422, "no_directions", "该项目没有支持方向，不能按支持方向分组；请改为按组别分组。",
            "This program has no support directions to group by; group the list by track instead."),
    PUBLISHED_FINAL(409, "list_final", "该名单已发布最终版本，不能再更改或发布新版本。",
            "The final version of this list has been published; it can no longer change."),
    NOT_ON_LIST(404, "not_on_list", "该项目不在名单中。", "This project is not on the list."),
    ALREADY_ON_LIST(409, "already_on_list", "该项目已在名单中。", "This project is already on the list."),
    NOT_ADDABLE(422, "not_addable", "只能加入本项目中已提交的申报。", "Only a submitted application of this program can be added."),
    REASON_REQUIRED(422, "reason_required", "请填写理由（会记入审计日志并随名单公布）。",
            "Please give the reason (it is kept in the audit trail and published with the list)."),
    REASON_TOO_LONG(422, "reason_too_long", "理由最多 {0} 个字符。", "The reason can be at most {0} characters."),
    AMOUNT_INVALID(422, "amount_invalid", "拟支持金额须为不小于 0 的数字（万元，最多两位小数）。",
            "The proposed amount must be a number of at least 0 (in 10,000 CNY, at most two decimals)."),
    OVER_BUDGET(409, "over_budget",
            "超出支持方向“{0}”的预算：预算 {1} 万元，按此金额将使用 {2} 万元。如确需超出，请填写理由。",
            "This exceeds the budget of the support direction “{0}”: budget {1}, this amount would use {2} (10,000 CNY). "
                    + "If it must, give the reason."),
    EMPTY_LIST(422, "list_empty", "名单为空，不能发布。", "The list is empty and cannot be published."),
    NOTICE_INCOMPLETE(422, "notice_incomplete", "公示期须同时填写开始和结束时间，且结束晚于开始、晚于现在。",
            "A notice period needs both a start and an end, the end after the start and in the future."),
    CHANGE_NOTE_REQUIRED(422, "change_note_required", "更正或最终名单须说明改了什么、为什么改。",
            "A correction or final list must say what changed and why."),
    NOTICE_NOT_OVER(409, "notice_not_over", "公示期至 {0} 结束，之后才能发布最终名单。",
            "The notice period runs until {0}; the final list can be published after it ends."),
    OBJECTIONS_OPEN(409, "objections_open", "还有 {0} 条异议未处理：请先记录处理结果，再发布最终名单。",
            "{0} objection(s) are still open: record how each was resolved before publishing the final list."),
    NO_NOTICE(409, "no_notice", "该名单当前不在公示期，不接受异议。", "This list is not under public notice; objections are not taken."),
    NOTICE_NOT_STARTED(409, "notice_not_started", "公示期自 {0} 开始，届时才可提出异议。",
            "The notice period starts on {0}; objections can be filed from then."),
    NOTICE_ENDED(409, "notice_ended", "公示期已于 {0} 结束，不再接受异议。",
            "The notice period ended on {0}; objections are no longer taken."),
    NOT_LISTED(404, "not_listed", "公示名单中没有该项目。", "This project is not on the list under notice."),
    OBJECTION_INVALID(422, "objection_invalid", "请检查标出的各项。", "Please check the marked fields."),
    EVIDENCE_TOO_LARGE(413, "evidence_too_large", "证明材料过大：最多 {0}。", "The evidence file is too large: at most {0}."),
    EVIDENCE_TYPE(415, "evidence_type", "不接受此证明材料类型：请上传 PDF、Word、Excel、PPT、PNG 或 JPEG 文件（按文件内容判断）。",
            "This evidence file type is not accepted: upload a PDF, Word, Excel, PowerPoint, PNG or JPEG file (judged by its content)."),
    ALREADY_RESOLVED(409, "already_resolved", "该异议已处理（{0}）。", "This objection has already been resolved ({0})."),
    RESOLUTION_REQUIRED(422, "resolution_required", "请选择处理结果并填写说明。", "Please choose the outcome and explain it.");

    private final FailureText text;

    ResultFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
