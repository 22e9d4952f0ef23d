package app.shortlist.audit;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The audit pages' templates (templates/audit/). */
@CheckedTemplate(basePath = "audit")
final class AuditTemplates {

    private AuditTemplates() {
    }

    static native TemplateInstance chain(long headSeq, String headHash, AuditViews.Checked checked);

    static native TemplateInstance program(long programId, String program, List<AuditViews.Row> rows,
            AuditLog.Page page);

    static native TemplateInstance application(long applicationId, String reference, List<AuditViews.Row> rows);
}
