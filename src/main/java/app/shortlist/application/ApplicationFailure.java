package app.shortlist.application;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why an application operation was refused, in both languages. */
public enum ApplicationFailure implements Failure {
    PROGRAM_NOT_OPEN(409, "program_not_open", "该项目当前不接受申报。", "This program is not accepting applications now."),
    ALREADY_APPLIED(409, "already_applied", "您已在该项目中有一份申报，本项目每个账号只能申报一份。",
            "You already have an application in this program, which allows one per account."),
    DEADLINE_PASSED(409, "deadline_passed", "截止时间（{0}）已过，无法再修改或提交。",
            "The deadline ({0}) has passed; the application can no longer be changed or submitted."),
    NOT_EDITABLE(409, "not_editable", "该申报当前状态为“{0}”，不能修改。", "This application is {0} and cannot be changed now."),
    NOT_WITHDRAWABLE(409, "not_withdrawable", "该申报已撤回。", "This application has already been withdrawn."),
    INVALID_FORM(422, "validation_failed", "申报表有 {0} 处需要修改，请查看各项旁的提示。",
            "{0} field(s) need attention; see the message next to each."),
    UNKNOWN_FILE_FIELD(404, "not_found", "此申报表没有该附件项。", "This form has no such attachment field."),
    FILE_EMPTY(422, "file_empty", "文件为空。", "The file is empty."),
    FILE_TOO_LARGE(413, "file_too_large", "文件过大：此项最多 {0}。", "The file is too large: at most {0} for this field."),
    FILE_TYPE_REFUSED(415, "file_type_refused", "不接受此文件类型。此项接受：{0}（按文件内容判断，不看文件名）。",
            "This type of file is not accepted. Accepted here: {0} (judged by the content, not the name)."),
    FILE_SUSPICIOUS(422, "file_suspicious", "文件结构异常（疑似压缩炸弹或损坏），已拒收。",
            "The file's structure looks wrong (a possible zip bomb, or damaged) and was refused."),
    EXTENSION_INVALID(422, "extension_invalid", "延期截止时间必须晚于现在和原截止时间。",
            "The extension must end after now and after the original deadline."),
    KEY_REUSED(422, "idempotency_key_reused", "此 Idempotency-Key 已用于另一个项目的申报，请为每次新建使用新的键。",
            "This Idempotency-Key was already used for an application in another program; use a new key for each new draft."),
    REASON_REQUIRED(422, "reason_required", "请填写理由。", "Please give a reason.");

    private final FailureText text;

    ApplicationFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
