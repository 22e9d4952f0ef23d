package app.shortlist.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.shortlist.i18n.Countries;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Direction;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramPart;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Track;
import io.quarkus.qute.TemplateData;

/**
 * The application form as the page shows it, in the reader's language: sections
 * of fields with their values, choices, attachment and error, and which
 * sections are complete (the progress indicator).
 */
@TemplateData
public record FormView(List<Section> sections, int done, int total) {

    @TemplateData
    public record Section(String title, boolean complete, List<Field> fields) {
        /** Whether the section has fields of the main form (documents are uploaded apart). */
        public boolean hasInputs() {
            return fields.stream().anyMatch(f -> f.upload() == null);
        }
    }

    @TemplateData
    public record Field(String key, String label, String help, String kind, boolean required, String value,
            String error, List<Option> options, Upload upload) {

        public String name() {
            return "v." + key;
        }

        public String id() {
            return "f-" + key;
        }
    }

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** For FILE fields: the current document (if any) and what may be uploaded. */
    @TemplateData
    public record Upload(Long attachmentId, String fileName, String size, String rules) {
    }

    public static FormView build(Program program, List<FormField> fields, Map<String, String> values,
            Map<String, String> errors, List<Attachment> attachments, ApplicationMsg msg, Lang lang, ApplicationForm form) {
        Set<String> requiredKeys = new java.util.HashSet<>();
        form.rules(program, fields).forEach(r -> {
            if (r.required()) {
                requiredKeys.add(r.key());
            }
        });
        Map<String, Attachment> files = new LinkedHashMap<>();
        attachments.forEach(a -> files.put(a.fieldKey, a));

        List<Field> basic = new ArrayList<>();
        basic.add(text(ApplicationForm.PROJECT_NAME, msg.f_projectName(), null, "text", requiredKeys, values, errors));
        basic.add(text(ApplicationForm.ORGANISATION, msg.f_organisation(), null, "text", requiredKeys, values, errors));
        if (program.asksEnterprise) {
            basic.add(text(ApplicationForm.USCC, msg.f_uscc(), msg.f_uscc_help(), "text", requiredKeys, values, errors));
        }
        basic.add(text(ApplicationForm.CONTACT_NAME, msg.f_contactName(), null, "text", requiredKeys, values, errors));
        basic.add(text(ApplicationForm.PHONE, msg.f_phone(), null, "tel", requiredKeys, values, errors));
        basic.add(text(ApplicationForm.EMAIL, msg.f_email(), null, "email", requiredKeys, values, errors));
        if (program.isCompetition()) {
            addChoice(basic, ApplicationForm.TRACK, msg.f_trackId(), Track.list("program.id = ?1 order by position", program.id),
                    requiredKeys, values, errors, lang);
            String country = values.get(ApplicationForm.COUNTRY);
            List<Option> countries = Countries.all(lang).stream()
                    .map(c -> new Option(c.code(), c.name(lang), c.code().equals(country))).toList();
            basic.add(new Field(ApplicationForm.COUNTRY, msg.f_countryRegion(), null, "select",
                    requiredKeys.contains(ApplicationForm.COUNTRY), country, errors.get(ApplicationForm.COUNTRY), countries, null));
        } else {
            addChoice(basic, ApplicationForm.DIRECTION, msg.f_directionId(),
                    Direction.list("program.id = ?1 order by position", program.id), requiredKeys, values, errors, lang);
            addChoice(basic, ApplicationForm.UNIT, msg.f_unitId(),
                    RecommendingUnit.list("program.id = ?1 order by position", program.id), requiredKeys, values, errors, lang);
            basic.add(text(ApplicationForm.REQUESTED_AMOUNT, msg.f_requestedAmount(), null, "number", requiredKeys, values,
                    errors));
        }

        Map<String, List<Field>> groups = new LinkedHashMap<>();
        groups.put(msg.section_basic(), basic);
        for (FormField f : fields) {
            String group = f.group == null || f.group.in(lang) == null
                    ? (f.type == FieldType.FILE ? msg.section_documents() : msg.section_basic())
                    : f.group.in(lang);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(custom(f, values, errors, files, msg, lang));
        }
        List<Section> sections = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<Field>> g : groups.entrySet()) {
            boolean complete = g.getValue().stream().allMatch(f -> !f.required()
                    || (f.upload() != null ? f.upload().attachmentId() != null : f.value() != null && !f.value().isBlank()));
            done += complete ? 1 : 0;
            sections.add(new Section(g.getKey(), complete, g.getValue()));
        }
        return new FormView(sections, done, sections.size());
    }

    private static Field text(String key, String label, String help, String kind, Set<String> required,
            Map<String, String> values, Map<String, String> errors) {
        return new Field(key, label, help, kind, required.contains(key), values.get(key), errors.get(key), List.of(), null);
    }

    private static void addChoice(List<Field> into, String key, String label, List<? extends ProgramPart> parts,
            Set<String> required, Map<String, String> values, Map<String, String> errors, Lang lang) {
        if (parts.isEmpty()) {
            return;
        }
        String value = values.get(key);
        List<Option> options = parts.stream()
                .map(p -> new Option(p.id.toString(), p.name.in(lang), p.id.toString().equals(value))).toList();
        into.add(new Field(key, label, null, "select", required.contains(key), value, errors.get(key), options, null));
    }

    private static Field custom(FormField f, Map<String, String> values, Map<String, String> errors,
            Map<String, Attachment> files, ApplicationMsg msg, Lang lang) {
        String value = values.get(f.key);
        String help = f.help == null ? null : f.help.in(lang);
        String label = f.label.in(lang);
        return switch (f.type) {
            case FILE -> {
                Attachment a = files.get(f.key);
                String rules = msg.upload_rules(String.join(", ", f.allowedKinds()).replace("DOC_LEGACY", "DOC/XLS/PPT"),
                        Attachments.humanSize(Attachments.maxBytes(f)));
                yield new Field(f.key, label, help, "file", f.required, null, errors.get(f.key), List.of(),
                        new Upload(a == null ? null : a.id, a == null ? null : a.fileName,
                                a == null ? null : Attachments.humanSize(a.sizeBytes), rules));
            }
            case CHOICE, MULTI_CHOICE -> {
                Set<String> selected = value == null ? Set.of() : Set.of(value.split(","));
                List<Option> options = f.choices().stream()
                        .map(c -> new Option(c.value(), c.label(lang), selected.contains(c.value()))).toList();
                yield new Field(f.key, label, help, f.type == FieldType.CHOICE ? "select" : "checkboxes", f.required,
                        value, errors.get(f.key), options, null);
            }
            case COUNTRY -> new Field(f.key, label, help, "select", f.required, value, errors.get(f.key),
                    Countries.all(lang).stream().map(c -> new Option(c.code(), c.name(lang), c.code().equals(value))).toList(),
                    null);
            case LONG_TEXT -> new Field(f.key, label, help, "textarea", f.required, value, errors.get(f.key), List.of(), null);
            case NUMBER -> new Field(f.key, label, help, "number", f.required, value, errors.get(f.key), List.of(), null);
            case DATE -> new Field(f.key, label, help, "date", f.required, value, errors.get(f.key), List.of(), null);
            default -> new Field(f.key, label, help, "text", f.required, value, errors.get(f.key), List.of(), null);
        };
    }
}
