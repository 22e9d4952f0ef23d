package app.shortlist.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.ProgramDefinition.FieldSpec;
import app.shortlist.program.ProgramDefinition.Note;
import app.shortlist.program.ProgramDefinition.Structure;
import app.shortlist.program.ProgramDefinition.Text;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The form builder: a program's own form fields as rows of plain inputs, no JSON
 * and no script. Inputs are named {@code f[i].key}, {@code f[i].label.zh} …; a
 * save replaces the definition's fields with the rows in position order (blank
 * new rows ignored, ticked ones removed) through {@link ProgramService#update}.
 */
@Path("/admin/programs/{programId}/form")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class ProgramFormPage {

    /** Empty rows offered for new fields. */
    static final int NEW_ROWS = 3;
    private static final int MAX_ROWS = 300;
    private static final BigDecimal MB = BigDecimal.valueOf(1024L * 1024);
    /** As FieldSpec.maxBytes allows. */
    private static final BigDecimal MAX_MB = BigDecimal.valueOf(50);
    private static final List<String> FILE_KINDS = List.of("PDF", "DOCX", "XLSX", "PPTX", "DOC_LEGACY", "PNG", "JPEG");
    private static final Pattern INPUT = Pattern.compile("f\\[(\\d{1,4})]\\.([a-zA-Z.]+)");

    @CheckedTemplate(basePath = "program")
    static class Templates {
        static native TemplateInstance admin_form(Page page, List<Row> rows, String failure, List<String> otherErrors);
    }

    public record Page(long id, String name, long version) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** One row of the form as shown: the values as text (as typed, after a refusal) and its errors by input. */
    public record Row(int index, String id, String position, String key, String type, String groupZh,
            String groupEn, String labelZh, String labelEn, String helpZh, String helpEn, boolean required,
            String options, String minValue, String maxValue, String maxLength, List<String> allowedTypes,
            String maxMb, boolean remove, Map<String, String> errors, Lang lang) {

        /** The row's number as shown, from 1. */
        public int number() {
            return index + 1;
        }

        public boolean isNew() {
            return id == null || id.isBlank();
        }

        public boolean has(String input) {
            return errors.containsKey(input);
        }

        public String error(String input) {
            return errors.get(input);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public List<Option> types() {
            List<Option> types = new ArrayList<>();
            for (FieldType t : FieldType.values()) {
                types.add(new Option(t.name(), t.label().in(lang), t.name().equals(type)));
            }
            return types;
        }

        public List<Option> kinds() {
            return FILE_KINDS.stream().map(k -> new Option(k, k.equals("DOC_LEGACY") ? "DOC" : k,
                    allowedTypes.contains(k))).toList();
        }
    }

    @Inject
    ProgramService programs;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance show(@PathParam("programId") long programId) {
        Program p = Program.require(programId);
        Lang lang = language.get();
        List<Row> rows = new ArrayList<>();
        for (FieldSpec f : programs.definition(p).fields()) {
            rows.add(row(rows.size(), f, lang));
        }
        addEmptyRows(rows, lang);
        return Templates.admin_form(page(p, p.version), rows, null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("programId") long programId, MultivaluedMap<String, String> form) {
        Program p = Program.require(programId);
        Lang lang = language.get();
        ProgramMsg msg = ProgramViews.messages(lang);
        long version = PostedRow.version(form.getFirst("version"));
        List<Input> inputs = inputs(form);
        if (inputs.isEmpty()) {
            // A post without a single row is no form of ours: never read it as "remove every field".
            throw new DomainException(CommonFailure.INVALID_INPUT, "f");
        }

        // Rows to keep, in position order; typing mistakes are collected per row and input.
        Map<Integer, Map<String, String>> errors = new TreeMap<>();
        List<Input> kept = new ArrayList<>();
        for (Input in : inputs) {
            Map<String, String> rowErrors = errors.computeIfAbsent(in.index, i -> new LinkedHashMap<>());
            in.parse(msg, lang, rowErrors);
            if (!in.remove && !in.blank()) {
                kept.add(in);
            }
        }
        kept.sort(Comparator.comparing((Input in) -> in.positionOrMax).thenComparing(in -> in.index));
        List<FieldSpec> fields = kept.stream().map(Input::spec).toList();
        ProgramDefinition current = programs.definition(p);
        Structure s = current.structure();
        ProgramDefinition d = current.withStructure(new Structure(s.divisions(), s.tracks(), s.sections(),
                s.directions(), s.units(), s.rounds(), fields));

        boolean typingErrors = errors.values().stream().anyMatch(e -> !e.isEmpty());
        if (typingErrors) {
            // Show every problem at once, the service's too; nothing is written.
            List<String> other = placeErrors(programs.validate(d), kept, errors);
            return refused(422, p, version, inputs, errors, msg.errors_title(), other, lang);
        }
        try {
            programs.update(programId, version, d);
            return Flash.redirect("/admin/programs/" + programId + "/form", msg.form_saved());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            List<String> other = placeErrors(e.fieldErrors(), kept, errors);
            markNamedRow(e, lang, inputs, errors);
            return refused(e.failure().status(), p, version, inputs, errors, e.message(lang), other, lang);
        }
    }

    // --- helpers ---------------------------------------------------------------------

    private Response refused(int status, Program p, long version, List<Input> inputs,
            Map<Integer, Map<String, String>> errors, String failure, List<String> other, Lang lang) {
        List<Row> rows = inputs.stream()
                .map(in -> in.row(errors.getOrDefault(in.index, Map.of()), lang)).toList();
        return Response.status(status).entity(Templates.admin_form(page(p, version), rows, failure, other)).build();
    }

    /**
     * Puts the service's messages ({@code fields[2].options}) next to the row they are about
     * ({@code kept.get(2)}); those about other parts of the program come back as text.
     */
    static List<String> placeErrors(Map<String, String> fieldErrors, List<Input> kept,
            Map<Integer, Map<String, String>> errors) {
        List<String> other = new ArrayList<>();
        Pattern path = Pattern.compile("fields\\[(\\d+)](?:\\.(\\w+))?(?:\\.(zh|en))?.*");
        fieldErrors.forEach((key, message) -> {
            Matcher m = path.matcher(key);
            if (m.matches() && Integer.parseInt(m.group(1)) < kept.size()) {
                Input in = kept.get(Integer.parseInt(m.group(1)));
                errors.computeIfAbsent(in.index, i -> new LinkedHashMap<>()).putIfAbsent(input(m.group(2), m.group(3)),
                        message);
            } else {
                other.add(key + ": " + message);
            }
        });
        return other;
    }

    /**
     * A refusal about one field names it by its label ("the form field “Team size” is answered"):
     * mark that row's remove box, or its type for a type that may no longer change.
     */
    private static void markNamedRow(DomainException e, Lang lang, List<Input> inputs,
            Map<Integer, Map<String, String>> errors) {
        String input = e.failure() == ProgramFailure.PART_IN_USE ? "remove"
                : e.failure() == ProgramFailure.FIELD_TYPE_LOCKED ? "type" : null;
        if (input == null) {
            return;
        }
        String message = e.message(lang);
        for (Input in : inputs) {
            String label = in.text(lang == Lang.EN ? "label.en" : "label.zh").strip();
            boolean concerned = input.equals("remove") ? in.remove : !in.remove && !in.blank();
            if (concerned && !label.isEmpty() && message.contains("“" + label + "”")) {
                errors.computeIfAbsent(in.index, i -> new LinkedHashMap<>()).putIfAbsent(input, message);
            }
        }
    }

    /** The form input a definition path names. */
    private static String input(String property, String language) {
        if (property == null) {
            return "key";
        }
        return switch (property) {
            case "group", "label", "help" -> property + "." + (language == null ? "zh" : language);
            case "maxBytes" -> "maxMb";
            case "id" -> "key";
            default -> property;
        };
    }

    private Page page(Program p, long version) {
        return new Page(p.id, p.name == null ? p.code : p.name.in(language.get()), version);
    }

    private static Row row(int index, FieldSpec f, Lang lang) {
        return new Row(index, String.valueOf(f.id()), String.valueOf(index + 1), f.key(), f.type().name(),
                f.group() == null ? "" : f.group().zh(), f.group() == null ? "" : f.group().en(), f.label().zh(),
                f.label().en(), f.help() == null ? "" : f.help().zh(), f.help() == null ? "" : f.help().en(),
                f.required(), f.options() == null ? "" : f.options(), plain(f.minValue()), plain(f.maxValue()),
                f.maxLength() == null ? "" : f.maxLength().toString(),
                f.allowedTypes() == null ? List.of() : List.of(f.allowedTypes().split("\\s*,\\s*")),
                f.maxBytes() == null ? "" : plain(BigDecimal.valueOf(f.maxBytes()).divide(MB, 2, RoundingMode.HALF_UP)),
                false, Map.of(), lang);
    }

    private static void addEmptyRows(List<Row> rows, Lang lang) {
        for (int i = 0; i < NEW_ROWS; i++) {
            int index = rows.size();
            rows.add(new Row(index, "", String.valueOf(index + 1), "", FieldType.TEXT.name(), "", "", "", "", "", "",
                    false, "", "", "", "", List.of(), "", false, Map.of(), lang));
        }
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : ProgramParts.plain(b).toPlainString();
    }

    /** The rows posted, by index: {@code f[3].label.zh} is input {@code label.zh} of row 3. */
    static List<Input> inputs(MultivaluedMap<String, String> form) {
        Map<Integer, Input> rows = new TreeMap<>();
        form.forEach((name, values) -> {
            Matcher m = INPUT.matcher(name);
            if (m.matches() && values != null) {
                int index = Integer.parseInt(m.group(1));
                if (index < MAX_ROWS) {
                    rows.computeIfAbsent(index, Input::new).values.put(m.group(2),
                            values.stream().filter(v -> v != null).toList());
                }
            }
        });
        return new ArrayList<>(rows.values());
    }

    /** One posted row, as typed, and what it means once read. */
    static final class Input extends PostedRow {
        FieldType type;
        BigDecimal minValue;
        BigDecimal maxValue;
        Integer maxLength;
        Long maxBytes;

        Input(int index) {
            super(index);
        }

        List<String> kinds() {
            return values.getOrDefault("allowedTypes", List.of()).stream().map(String::strip)
                    .filter(k -> !k.isEmpty()).toList();
        }

        @Override
        boolean blank() {
            return id == null && Set.of("key", "group.zh", "group.en", "label.zh", "label.en", "help.zh", "help.en",
                    "options", "minValue", "maxValue", "maxLength", "maxMb").stream().allMatch(i -> text(i).isBlank())
                    && kinds().isEmpty();
        }

        void parse(ProgramMsg msg, Lang lang, Map<String, String> errors) {
            if (!readCommon(msg, errors, "key")) {
                return;
            }
            try {
                type = FieldType.valueOf(text("type").strip());
            } catch (IllegalArgumentException e) {
                errors.put("type", DefinitionProblem.REQUIRED.message(lang));
            }
            minValue = decimal("minValue", msg, errors);
            maxValue = decimal("maxValue", msg, errors);
            BigDecimal length = decimal("maxLength", msg, errors);
            if (length != null) {
                try {
                    maxLength = length.intValueExact();
                } catch (ArithmeticException e) {
                    errors.put("maxLength", msg.form_not_a_whole_number());
                }
            }
            BigDecimal mb = decimal("maxMb", msg, errors);
            if (mb != null) {
                if (mb.signum() <= 0) {
                    errors.put("maxMb", DefinitionProblem.POSITIVE.message(lang));
                } else if (mb.compareTo(MAX_MB) > 0) {
                    errors.put("maxMb", DefinitionProblem.TOO_LARGE.message(lang, Map.of("value", MAX_MB + " MB")));
                } else {
                    maxBytes = mb.multiply(MB).setScale(0, RoundingMode.HALF_UP).longValueExact();
                }
            }
        }

        private BigDecimal decimal(String input, ProgramMsg msg, Map<String, String> errors) {
            String s = text(input).strip().replace(",", "").replace("，", "");
            if (s.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                errors.put(input, msg.form_not_a_number());
                return null;
            }
        }

        FieldSpec spec() {
            return new FieldSpec(id, text("key"), type, new Text(text("group.zh"), text("group.en")),
                    new Text(text("label.zh"), text("label.en")), new Note(text("help.zh"), text("help.en")),
                    checked("required"), text("options"), minValue, maxValue, maxLength,
                    kinds().isEmpty() ? null : String.join(",", kinds()), maxBytes);
        }

        Row row(Map<String, String> errors, Lang lang) {
            return new Row(index, id == null ? text("id") : id.toString(), text("position"), text("key"),
                    text("type"), text("group.zh"), text("group.en"), text("label.zh"), text("label.en"),
                    text("help.zh"), text("help.en"), checked("required"), text("options"), text("minValue"),
                    text("maxValue"), text("maxLength"), kinds(), text("maxMb"), remove, errors, lang);
        }
    }
}
