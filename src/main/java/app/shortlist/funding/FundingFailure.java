package app.shortlist.funding;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why a recommendation operation was refused, in both languages. */
public enum FundingFailure implements Failure {
    NO_ROUND(409, "no_recommendation_round", "该项目没有推荐轮次。", "This program has no recommendation round."),
    NOT_RECOMMENDATION(409, "not_recommendation", "“{0}”不是推荐轮次。", "“{0}” is not a recommendation round."),
    ROUND_NOT_OPEN(409, "round_not_open", "推荐轮次当前不能操作（状态：{0}）。",
            "Nothing can be recommended in this round now (it is {0})."),
    ROUND_NOT_PENDING(409, "round_not_pending", "只有未开始的轮次可以开启（当前状态：{0}）。",
            "Only a round that has not started can be opened (it is {0})."),
    LIST_LOCKED(409, "list_submitted", "本单位的推荐名单已报送省级主管部门，不能再修改；如需修改，请联系省级主管部门退回。",
            "Your unit's list has been submitted to the province and is locked; to change it, ask the province to return it."),
    LIST_NOT_SUBMITTED(409, "list_not_submitted", "该单位的推荐名单尚未报送（状态：{0}），不能退回。",
            "This unit's list has not been submitted (it is {0}), so it cannot be returned."),
    LIST_EMPTY(422, "list_empty", "推荐名单为空：请至少推荐一个项目后再报送。",
            "The list is empty: recommend at least one application before submitting."),
    QUOTA_EXCEEDED(409, "quota_exceeded", "超出推荐名额：本单位名额为 {0} 个，此次操作后将推荐 {1} 个，未保存。",
            "Over the quota: your unit may recommend {0}, and this would make {1}. Nothing was saved."),
    NOT_WAITING(409, "not_waiting", "该申报当前状态为“{0}”，不能推荐或排序。",
            "This application is {0}; it cannot be recommended or ranked now."),
    NOT_RECOMMENDED(409, "not_recommended", "该申报尚未推荐，不能调整顺序。",
            "This application is not recommended, so it has no place in the order."),
    POSITION_INVALID(422, "position_invalid", "推荐顺序必须在 1 到 {0} 之间。", "The position must be between 1 and {0}."),
    ORDER_INVALID(422, "order_invalid", "推荐名单有误：{0} 不是本单位可推荐的申报，或出现了两次。",
            "The list is not valid: {0} is not an application your unit can recommend, or appears twice."),
    TEXT_TOO_LONG(422, "too_long", "文字过长（最多 {0} 字）。", "The text is too long (at most {0} characters)."),
    MESSAGE_REQUIRED(422, "message_required", "请填写需要补正的内容。", "Please say what needs correcting."),
    CORRECTION_DEADLINE_INVALID(422, "deadline_invalid", "补正截止日期必须晚于今天。", "The correction deadline must be after today."),
    REASON_REQUIRED(422, "reason_required", "请填写退回理由。", "Please give the reason for returning the list."),
    UNITS_NOT_SUBMITTED(409, "lists_missing", "还有 {0} 个推荐单位未报送推荐名单（{1}），不能确认。管理员可填写理由后确认。",
            "{0} units have not submitted their lists ({1}), so the round cannot be confirmed. An admin may confirm it with a reason."),
    USERNAME_INVALID(422, "username_invalid", "请填写账号用户名（最多 255 个字符，不含空格）。",
            "Enter the account's username (at most 255 characters, no spaces)."),
    EMAIL_INVALID(422, "email_invalid", "电子邮箱格式不正确。", "The e-mail address is not valid."),
    UNIT_UNKNOWN(422, "unit_unknown", "请选择本项目的推荐单位。", "Choose one of the program's recommending units."),
    ALREADY_BOUND(409, "already_bound", "用户 {0} 已绑定本项目的推荐单位“{1}”。一个账号在一个项目中只能代表一个单位。",
            "{0} is already bound to “{1}” in this program. An account acts for one unit per program.");

    private final FailureText text;

    FundingFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
