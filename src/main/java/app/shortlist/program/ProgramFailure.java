package app.shortlist.program;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why a program operation was refused, in both languages. */
public enum ProgramFailure implements Failure {
    INVALID_DEFINITION(422, "validation_failed", "项目设置有 {0} 处需要修改，请查看各项旁的提示。",
            "{0} setting(s) need attention; see the message next to each."),
    CODE_TAKEN(409, "code_taken", "代码 {0} 已被其他项目使用，请换一个。", "The code {0} is already used by another program; choose another."),
    CODE_LOCKED(409, "code_locked", "项目开放后，代码和类型不能再修改（申报编号以代码开头）。",
            "Once a program has been opened, its code and kind can no longer change (reference numbers start with the code)."),
    PART_IN_USE(409, "part_in_use", "{0}“{1}”已被申报引用，不能删除。", "The {0} “{1}” is referenced by applications and cannot be removed."),
    ROUND_HAS_ENTRIES(409, "round_in_use", "轮次“{0}”已有 {1} 份申报进入，不能删除。",
            "The round “{0}” already has {1} entries and cannot be removed."),
    FIELD_TYPE_LOCKED(409, "field_type_locked", "已有提交的申报，字段“{0}”的类型不能再修改。",
            "Applications have been submitted, so the type of the field “{0}” can no longer change."),
    VERSION_REQUIRED(428, "version_required", "请通过 If-Match 请求头或 version 字段说明您修改的是哪个版本。",
            "Say which version you are changing: send an If-Match header or a version field."),
    ARCHIVED(409, "archived", "该项目已归档，不能再修改。", "This program is archived and can no longer change."),
    UNKNOWN_TEMPLATE(404, "not_found", "没有名为“{0}”的模板。", "There is no template named “{0}”."),
    NOT_OPENABLE(409, "not_openable", "只有草稿或已截止的项目可以开放申报（当前状态：{0}）。",
            "Only a draft or closed program can be opened (it is {0})."),
    DEADLINE_PASSED(409, "deadline_passed", "申报截止时间（{0}）已过。请先延长截止时间，再开放申报。",
            "The submission deadline ({0}) has passed. Extend the deadline first, then open the program."),
    NOT_OPEN(409, "not_open", "该项目当前未开放申报（当前状态：{0}）。", "This program is not open (it is {0})."),
    DEADLINE_INVALID(422, "deadline_invalid", "新的截止时间必须晚于现在和当前截止时间。",
            "The new deadline must be later than now and than the current deadline."),
    REASON_REQUIRED(422, "reason_required", "请填写延期理由。", "Please give the reason for the extension.");

    private final FailureText text;

    ProgramFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
