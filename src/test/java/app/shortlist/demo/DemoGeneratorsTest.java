package app.shortlist.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import app.shortlist.application.ApplicationForm;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.application.FileTypes;
import app.shortlist.application.FormRules;
import app.shortlist.application.Uscc;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;
import app.shortlist.program.ProgramDefinition;
import app.shortlist.program.ProgramTemplates;

/** Plain JUnit: the generators' arithmetic, without a database. */
class DemoGeneratorsTest {

    static final Instant NOW = Instant.parse("2026-03-01T04:00:00Z");
    static final Instant OPENS = NOW.minus(Duration.ofDays(65));

    @Test
    void splitGivesExactTotalsAndEveryKeyItsMinimum() {
        Map<String, Integer> counts = Allocation.split(DemoWords.COUNTRIES, 1949, 2);
        assertEquals(1949, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(counts.values().stream().allMatch(n -> n >= 2), counts.toString());
        assertTrue(counts.size() >= 30, counts.size() + " countries and regions");
        assertTrue(counts.get("US") > counts.get("GB") && counts.get("GB") > counts.get("NL"), counts.toString());
    }

    @Test
    void hangzhouPlanIsDeterministicAndSpreadsAsTheReferenceProgram() {
        ProgramShape shape = hangzhouShape();
        HangzhouPlan a = new HangzhouPlan(shape, NOW);
        HangzhouPlan b = new HangzhouPlan(shape, NOW);
        assertEquals(1949, a.total());
        Map<Long, Integer> byTrack = new LinkedHashMap<>();
        Set<String> countries = new HashSet<>();
        Instant previous = Instant.MIN;
        for (int i = 0; i < a.total(); i++) {
            DemoApplication x = a.row(i);
            DemoApplication y = b.row(i);
            assertEquals(x.formValues(), y.formValues());
            assertArrayEquals(x.files().get(0).content(), y.files().get(0).content());
            assertEquals(ApplicationStatus.SUBMITTED, x.status());
            assertEquals("HZ2024-%05d".formatted(i + 1), x.reference());
            assertTrue(!x.submittedAt().isBefore(previous), "numbered in order of submission");
            assertTrue(x.submittedAt().isAfter(OPENS) && x.submittedAt().isBefore(NOW));
            previous = x.submittedAt();
            byTrack.merge(x.trackId(), 1, Integer::sum);
            countries.add(x.countryRegion());
        }
        assertEquals(5, byTrack.size());
        assertEquals(byTrack.get(1L), byTrack.values().stream().max(Integer::compare).orElseThrow(),
                "数字经济组 (id 1) is the largest: " + byTrack);
        assertTrue(countries.size() >= 30, countries.size() + " countries");
    }

    @Test
    void jiangxiPlanGivesTheZoneItsThirtyThreeAndNanchangLess() {
        JiangxiPlan plan = new JiangxiPlan(jiangxiShape(), NOW);
        Map<String, Integer> zone = new LinkedHashMap<>();
        Map<String, Integer> nanchang = new LinkedHashMap<>();
        ProgramShape shape = jiangxiShape();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < plan.total(); i++) {
            DemoApplication x = plan.row(i);
            ProgramShape.Unit unit = shape.units().stream().filter(u -> u.id() == x.unitId()).findFirst().orElseThrow();
            String direction = shape.directions().stream().filter(d -> d.id() == x.directionId()).findFirst()
                    .orElseThrow().zh();
            if (unit.zh().equals("南昌高新区")) {
                zone.merge(direction, 1, Integer::sum);
            }
            if ("南昌市".equals(unit.cityZh())) {
                nanchang.merge(unit.zh(), 1, Integer::sum);
            }
            assertTrue(Uscc.isValid(x.uscc()), x.uscc());
            assertTrue(codes.add(x.uscc()));
            assertTrue(x.requestedAmount().signum() > 0);
        }
        assertEquals(JiangxiPlan.ZONE_BY_DIRECTION, zone);
        int city = nanchang.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(33 * 2 > city, nanchang.toString());
        assertEquals(33, nanchang.values().stream().max(Integer::compare).orElseThrow());
        assertEquals(1, nanchang.values().stream().filter(n -> n == 33).count(), "alone at the top");
    }

    @Test
    void syntheticRowsComeInOrderWithConsecutiveNumbersForNonDrafts() {
        SyntheticPlan plan = new SyntheticPlan(hangzhouShape(), 3000, NOW);
        int drafts = 0;
        for (int i = 0; i < plan.total(); i++) {
            DemoApplication x = plan.row(i);
            if (x.status() == ApplicationStatus.DRAFT) {
                drafts++;
                assertNull(x.reference());
                assertNull(x.submittedAt());
            } else {
                assertEquals("HZ2024-%05d".formatted(i + 1 - drafts), x.reference());
            }
            assertTrue(x.files().isEmpty());
        }
        assertEquals(3000 - drafts, plan.references());
        assertTrue(drafts > 0 && drafts < 300, drafts + " drafts");
        SyntheticPlan fresh = new SyntheticPlan(hangzhouShape(), 3000, NOW);
        assertThrows(IllegalStateException.class, () -> fresh.row(5), "rows are made in order");
    }

    @Test
    void creditCodesCarryBothCheckCharacters() {
        assertEquals("123456788", DemoUscc.organisationCode("12345678"));
        Random r = new Random(1);
        for (int i = 0; i < 1000; i++) {
            String code = DemoUscc.generate("360106", r);
            assertTrue(code.startsWith("91360106"), code);
            assertTrue(Uscc.isValid(code), code);
            String org = code.substring(8, 17);
            assertEquals(org, DemoUscc.organisationCode(org.substring(0, 8)));
        }
    }

    @Test
    void pdfIsTinyWellFormedAndAcceptedAsPdf() {
        byte[] pdf = DemoPdf.withLine("Shortlist demo data - HZ2024-00001 - Business plan (v2) \\ é");
        assertTrue(pdf.length < 700, pdf.length + " bytes");
        assertEquals(FileTypes.Kind.PDF, FileTypes.detect(pdf).kind());
        String text = new String(pdf, StandardCharsets.US_ASCII);
        assertTrue(text.endsWith("%%EOF\n"));
        int xref = Integer.parseInt(text.substring(text.indexOf("startxref\n") + 10, text.indexOf("\n%%EOF")));
        assertTrue(text.startsWith("xref", xref), "startxref points at the table");
        int second = text.indexOf("2 0 obj");
        assertTrue(text.contains("%010d 00000 n ".formatted(second)), "offsets are right");
        assertTrue(text.contains("(v2\\) \\\\ ?"), "text escaped");
    }

    @Test
    void syntheticCodesAndTypedCounts() {
        assertEquals("SYN100K", DemoData.syntheticCode(100_000));
        assertEquals("SYN2500", DemoData.syntheticCode(2500));
        assertEquals(100_000, DemoDataPage.parse(" 100,000 "));
        assertEquals(1200, DemoDataPage.parse("1 200"));
        assertNull(DemoDataPage.parse("12a"));
        assertNull(DemoDataPage.parse("-3"));
        assertNull(DemoDataPage.parse(""));
    }

    /** The Hangzhou template's tracks with ids 1…5 (数字经济组 first) and its own fields. */
    static ProgramShape hangzhouShape() {
        ProgramDefinition d = ProgramTemplates.get(ProgramTemplates.HANGZHOU_2024).orElseThrow().definition();
        AtomicLong ids = new AtomicLong();
        List<ProgramShape.Part> tracks = d.allTracks().stream()
                .map(t -> new ProgramShape.Part(ids.incrementAndGet(), t.name().zh(), null)).toList();
        List<FormField> fields = fields(d);
        List<FormRules.Rule> rules = new ArrayList<>(builtIn());
        rules.add(new FormRules.Rule(ApplicationForm.TRACK, FieldType.CHOICE, FormRules.Format.PLAIN, true, 20, null,
                null, ids(tracks.stream().map(ProgramShape.Part::id))));
        rules.add(new FormRules.Rule(ApplicationForm.COUNTRY, FieldType.COUNTRY, FormRules.Format.PLAIN, true, 8, null,
                null, Set.of()));
        rules.addAll(own(fields));
        return new ProgramShape(1, "HZ2024", OPENS, NOW.plus(Duration.ofDays(7)), tracks, List.of(), List.of(), fields,
                rules);
    }

    /** The Jiangxi template's directions and units with made-up ids, and its own fields. */
    static ProgramShape jiangxiShape() {
        ProgramDefinition d = ProgramTemplates.get(ProgramTemplates.JIANGXI_2024_3).orElseThrow().definition();
        AtomicLong ids = new AtomicLong();
        List<ProgramShape.Part> directions = d.allDirections().stream()
                .map(x -> new ProgramShape.Part(ids.incrementAndGet(), x.name().zh(), x.quota())).toList();
        List<ProgramShape.Unit> units = d.units().stream()
                .map(u -> new ProgramShape.Unit(ids.incrementAndGet(), u.name().zh(), u.city().zh())).toList();
        List<FormField> fields = fields(d);
        List<FormRules.Rule> rules = new ArrayList<>(builtIn());
        rules.add(new FormRules.Rule(ApplicationForm.DIRECTION, FieldType.CHOICE, FormRules.Format.PLAIN, true, 20, null,
                null, ids(directions.stream().map(ProgramShape.Part::id))));
        rules.add(new FormRules.Rule(ApplicationForm.UNIT, FieldType.CHOICE, FormRules.Format.PLAIN, true, 20, null,
                null, ids(units.stream().map(ProgramShape.Unit::id))));
        rules.add(new FormRules.Rule(ApplicationForm.REQUESTED_AMOUNT, FieldType.NUMBER, FormRules.Format.PLAIN, false,
                20, BigDecimal.ZERO, new BigDecimal("999999999999.99"), Set.of()));
        rules.add(FormRules.Rule.text(ApplicationForm.USCC, true, 18).as(FormRules.Format.USCC));
        rules.addAll(own(fields));
        return new ProgramShape(2, "JX2024C", OPENS, NOW.plus(Duration.ofDays(5)), List.of(), directions, units, fields,
                rules);
    }

    // What ApplicationForm.rules says, without its database look-ups (DemoDataTest checks against the real one).
    private static List<FormRules.Rule> builtIn() {
        return List.of(FormRules.Rule.text(ApplicationForm.PROJECT_NAME, true, 200),
                FormRules.Rule.text(ApplicationForm.ORGANISATION, true, 200),
                FormRules.Rule.text(ApplicationForm.CONTACT_NAME, true, 100),
                FormRules.Rule.text(ApplicationForm.PHONE, true, 40).as(FormRules.Format.PHONE),
                FormRules.Rule.text(ApplicationForm.EMAIL, true, 254).as(FormRules.Format.EMAIL));
    }

    private static List<FormRules.Rule> own(List<FormField> fields) {
        return fields.stream().map(f -> new FormRules.Rule(f.key, f.type, FormRules.Format.PLAIN, f.required,
                f.maxLength != null ? f.maxLength : f.type == FieldType.LONG_TEXT ? 5000 : 500, f.minValue, f.maxValue,
                f.choices().stream().map(FormField.Choice::value).collect(Collectors.toSet()))).toList();
    }

    private static List<FormField> fields(ProgramDefinition d) {
        return d.fields().stream().map(spec -> {
            FormField f = new FormField();
            f.key = spec.key();
            f.type = spec.type();
            f.label = spec.label().localized();
            f.required = spec.required();
            f.options = spec.options();
            f.minValue = spec.minValue();
            f.maxValue = spec.maxValue();
            f.maxLength = spec.maxLength();
            f.allowedTypes = spec.allowedTypes();
            f.maxBytes = spec.maxBytes();
            return f;
        }).toList();
    }

    private static Set<String> ids(java.util.stream.Stream<Long> ids) {
        return ids.map(String::valueOf).collect(Collectors.toSet());
    }
}
