package app.shortlist.judging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.application.Application;
import app.shortlist.application.ApplicationMsg;
import app.shortlist.application.Attachment;
import app.shortlist.application.FileNames;
import app.shortlist.i18n.Countries;
import app.shortlist.i18n.Lang;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;

/**
 * The one place that decides what a judge sees of an application, for the page and the API alike. In a blind
 * round nothing that says who applied leaves the server: no applicant account or name, organisation, contact,
 * phone, e-mail, USCC or recommending unit, and documents under neutral names ("附件 1", type and size only).
 * Otherwise the judge sees the application in full.
 */
public final class BlindView {

    private BlindView() {
    }

    @TemplateData
    @Schema(name = "JudgeApplication", description = "An application as its judge sees it; blind rounds hide who applied")
    public record JudgeApplication(boolean blind, String reference, String projectName, List<Field> fields,
            List<Document> documents) {
    }

    @TemplateData
    @Schema(name = "JudgeApplicationField")
    public record Field(String key, String label, String value) {
    }

    @TemplateData
    @Schema(name = "JudgeDocument", description = "A document; in a blind round its name is neutral")
    public record Document(long id, String name, String field, String type, long sizeBytes, String size,
            @Schema(description = "Where the judge downloads it (bearer token or session)") String href) {
    }

    public static JudgeApplication of(Assignment assignment, Lang lang) {
        Application a = assignment.application;
        boolean blind = assignment.round.blind;
        ApplicationMsg msg = MessageBundles.get(ApplicationMsg.class, Localized.Literal.of(lang.tag()));
        List<FormField> form = FormField.forProgram(a.program.id);

        List<Field> fields = new ArrayList<>();
        if (!blind) {
            add(fields, "organisation", msg.f_organisation(), a.organisation);
            add(fields, "contactName", msg.f_contactName(), a.contactName);
            add(fields, "phone", msg.f_phone(), a.phone);
            add(fields, "email", msg.f_email(), a.email);
            add(fields, "uscc", msg.f_uscc(), a.uscc);
            add(fields, "unitId", msg.f_unitId(), a.unit == null ? null : a.unit.name.in(lang));
        }
        add(fields, "trackId", msg.f_trackId(), a.track == null ? null : a.track.name.in(lang));
        add(fields, "directionId", msg.f_directionId(), a.direction == null ? null : a.direction.name.in(lang));
        add(fields, "countryRegion", msg.f_countryRegion(),
                a.countryRegion == null ? null : Countries.of(a.countryRegion).name(lang));
        add(fields, "requestedAmount", msg.f_requestedAmount(),
                a.requestedAmount == null ? null : a.requestedAmount.toPlainString());
        for (FormField f : form) {
            if (f.type != FieldType.FILE) {
                add(fields, f.key, f.label.in(lang), answer(f, a.answers.get(f.key), lang));
            }
        }
        return new JudgeApplication(blind, a.reference, a.projectName, fields, documents(assignment, form, lang));
    }

    /** The documents in form order, numbered from 1; in a blind round under neutral names. */
    public static List<Document> documents(Assignment assignment, List<FormField> form, Lang lang) {
        Map<String, FormField> byKey = new HashMap<>();
        form.forEach(f -> byKey.put(f.key, f));
        List<Attachment> files = new ArrayList<>(Attachment.forApplication(assignment.application.id));
        files.sort(Comparator.comparingInt((Attachment x) -> byKey.containsKey(x.fieldKey) ? byKey.get(x.fieldKey).position
                : Integer.MAX_VALUE).thenComparing(x -> x.fieldKey).thenComparing(x -> x.id));
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Attachment x = files.get(i);
            String ext = FileNames.extension(x.fileName);
            String name = assignment.round.blind ? neutralName(i + 1, lang) + (ext.isEmpty() ? "" : "." + ext) : x.fileName;
            FormField f = byKey.get(x.fieldKey);
            docs.add(new Document(x.id, name, f == null ? null : f.label.in(lang),
                    ext.isEmpty() ? x.contentType : ext.toUpperCase(Locale.ROOT), x.sizeBytes, size(x.sizeBytes),
                    "/judging/assignments/" + assignment.id + "/attachments/" + x.id));
        }
        return docs;
    }

    /** "附件 1" / "Attachment 1". */
    public static String neutralName(int n, Lang lang) {
        return (lang == Lang.EN ? "Attachment " : "附件 ") + n;
    }

    /** The file name a download carries: neutral in a blind round ("attachment-1.pdf"). */
    public static String downloadName(Assignment assignment, Attachment file) {
        if (!assignment.round.blind) {
            return file.fileName;
        }
        int n = 1;
        for (Document d : documents(assignment, FormField.forProgram(assignment.application.program.id), Lang.EN)) {
            if (d.id() == file.id) {
                break;
            }
            n++;
        }
        String ext = FileNames.extension(file.fileName);
        return "attachment-" + n + (ext.isEmpty() ? "" : "." + ext);
    }

    private static String answer(FormField f, String value, Lang lang) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (f.type) {
            case CHOICE, MULTI_CHOICE -> {
                Set<String> chosen = new java.util.HashSet<>(java.util.Arrays.asList(value.split(",")));
                List<String> labels = f.choices().stream().filter(c -> chosen.contains(c.value()))
                        .map(c -> c.label(lang)).toList();
                yield labels.isEmpty() ? value : String.join(lang == Lang.EN ? ", " : "、", labels);
            }
            case COUNTRY -> Countries.isKnown(value) ? Countries.of(value).name(lang) : value;
            default -> value;
        };
    }

    private static void add(List<Field> fields, String key, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(key, label, value));
        }
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " B";
    }
}
