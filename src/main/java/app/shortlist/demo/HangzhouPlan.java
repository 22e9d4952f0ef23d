package app.shortlist.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import app.shortlist.application.ApplicationStatus;
import app.shortlist.application.FormRules;
import app.shortlist.demo.DemoWords.Person;
import app.shortlist.demo.DemoWords.TrackWords;
import app.shortlist.demo.DemoWords.Word;
import app.shortlist.web.Dates;

/**
 * The 2024 Hangzhou contest's registrations: 1,949 submitted applications from
 * returnees of 37 countries and regions, spread over the tracks with the digital
 * economy the largest, reference numbers in order of submission, each with a
 * small PDF for every required document. Pure Java.
 */
final class HangzhouPlan implements DemoPlan {

    static final int TOTAL = 1949;
    static final long SEED = 20240731L;
    static final String APPLICANT_PREFIX = "demo-hz-";

    /** Tracks by their Chinese name; one the list does not know weighs 10. */
    static final Map<String, Double> TRACK_WEIGHTS = Map.of("数字经济组", 40.0, "生物医药组", 20.0, "智能制造组", 18.0,
            "新材料与新能源组", 13.0, "节能环保组", 9.0);

    // Ordered maps: a weighted pick must see the same order in every run.
    private static final Map<String, Double> DEGREES = DemoWords.weights("doctorate 55 master 37 bachelor 7 other 1");
    private static final Map<String, Double> FINANCING = DemoWords.weights("none 35 angel 35 series_a 20 series_b_plus 10");

    private final ProgramShape shape;
    private final Map<String, FormRules.Rule> rules;
    private final int total;
    private final List<ProgramShape.Part> trackOf;
    private final List<String> countryOf;
    private final long[] submittedAt;

    HangzhouPlan(ProgramShape shape, Instant now) {
        this(shape, now, TOTAL);
    }

    HangzhouPlan(ProgramShape shape, Instant now, int total) {
        if (shape.tracks().isEmpty()) {
            throw new IllegalStateException("The program " + shape.code() + " has no tracks");
        }
        this.shape = shape;
        this.rules = shape.rulesByKey();
        this.total = total;
        Random setup = new Random(SEED);
        Map<ProgramShape.Part, Double> trackWeights = new LinkedHashMap<>();
        shape.tracks().forEach(t -> trackWeights.put(t, TRACK_WEIGHTS.getOrDefault(t.zh(), 10.0)));
        this.trackOf = Allocation.shuffled(Allocation.split(trackWeights, total, 1), setup);
        this.countryOf = Allocation.shuffled(Allocation.split(DemoWords.COUNTRIES, total, 2), setup);
        this.submittedAt = submissionTimes(shape.opensAt(), now, total, setup);
    }

    @Override
    public int total() {
        return total;
    }

    @Override
    public DemoApplication row(int i) {
        Random r = new Random(Allocation.rowSeed(SEED, i));
        ProgramShape.Part track = trackOf.get(i);
        String country = countryOf.get(i);
        TrackWords words = DemoWords.trackWords(track.zh());
        Person person = DemoWords.person(r);
        Word brand = Allocation.pick(DemoWords.HANGZHOU_BRANDS, r);
        String organisation = "杭州" + brand.zh() + Allocation.pick(words.industries(), r) + "有限公司"
                + (r.nextDouble() < 0.2 ? "（筹）" : "");
        String projectName = DemoWords.projectName(words, r);
        String phone = r.nextDouble() < 0.75 ? DemoWords.mobile(r) : DemoWords.phoneIn(country, r);
        String email = DemoWords.email(person, brand, r);
        Instant submitted = Instant.ofEpochSecond(submittedAt[i]);
        Instant created = createdBefore(submitted, shape.opensAt(), r);
        String reference = "%s-%05d".formatted(shape.code(), i + 1);
        LocalDate day = submitted.atZone(Dates.ZONE).toLocalDate();
        Map<String, String> answers = FormAnswers.fill(shape.fields(), rules,
                realisticAnswers(person, country, words, r, day), r, day, 0.5);
        String lang = Set.of("US", "GB", "AU", "CA", "NZ", "IE", "SG").contains(country) && r.nextDouble() < 0.15
                ? "en" : "zh-CN";
        return shape.checked(new DemoApplication(APPLICANT_PREFIX + "%05d".formatted(i + 1), lang, reference,
                ApplicationStatus.SUBMITTED, projectName, organisation, person.name(), phone, email, track.id(), null,
                null, null, country, null, answers,
                shape.requiredFiles(reference, created.plus(Duration.between(created, submitted).multipliedBy(4).dividedBy(5))),
                created, submitted, null, null), false);
    }

    /** The answers a returnee gives to the Hangzhou template's questions; other keys are left to FormAnswers. */
    static Map<String, String> realisticAnswers(Person person, String country, TrackWords words, Random r,
            LocalDate day) {
        Map<String, String> a = new LinkedHashMap<>();
        String degree = Allocation.pick(DEGREES, r);
        boolean doctor = degree.equals("doctorate");
        int years = doctor ? 4 + r.nextInt(14) : 2 + r.nextInt(10);
        int team = 3 + (int) (Math.pow(r.nextDouble(), 2) * 57);
        a.put("highest_degree", degree);
        a.put("graduate_university", DemoWords.university(country, r));
        a.put("overseas_years", Integer.toString(years));
        a.put("return_date", r.nextDouble() < 0.75 ? day.minusDays(30 + r.nextInt(1800)).toString() : null);
        a.put("team_size", Integer.toString(team));
        a.put("project_summary", summary(person, doctor, team, years, words, r));
        a.put("financing_stage",
                Allocation.pick(FINANCING, r));
        double ip = r.nextDouble();
        if (ip < 0.75) {
            List<String> kinds = new ArrayList<>(List.of("invention", "utility", "design", "software"));
            java.util.Collections.shuffle(kinds, r);
            Set<String> held = new LinkedHashSet<>(kinds.subList(0, 1 + r.nextInt(3)));
            a.put("ip_held", String.join(",", List.of("invention", "utility", "design", "software").stream()
                    .filter(held::contains).toList()));
        } else {
            a.put("ip_held", ip < 0.85 ? "none" : null);
        }
        return a;
    }

    private static String summary(Person person, boolean doctor, int team, int years, TrackWords w, Random r) {
        String employer = Allocation.pick(DemoWords.EMPLOYERS, r);
        String stage = Allocation.pick(List.of("原型验证", "小批量试产", "首批客户试点", "产品商业化"), r);
        StringBuilder s = new StringBuilder();
        if (doctor) {
            s.append("项目由").append(person.name()).append("博士团队发起，核心成员").append(team).append("人，曾就职于")
                    .append(employer).append("等机构。");
        } else {
            s.append("项目由").append(person.name()).append("带领的").append(team).append("人团队发起，创始人曾在")
                    .append(employer).append("工作").append(years).append("年。");
        }
        s.append("项目聚焦").append(Allocation.pick(w.domains(), r)).append("方向，以").append(Allocation.pick(w.techs(), r))
                .append("为核心技术，目前已完成").append(stage).append("。");
        s.append("已申请发明专利").append(1 + r.nextInt(15)).append("项，拥有软件著作权").append(r.nextInt(12)).append("项。");
        s.append("计划落户杭州，三年内带动就业").append(20 + r.nextInt(280)).append("人，实现年营业收入")
                .append((1 + r.nextInt(40)) * 100).append("万元。");
        if (r.nextDouble() < 0.3) {
            s.append(" The team aims to bring its ").append(Allocation.pick(w.techs(), r))
                    .append(" work from the lab to customers in China within two years.");
        }
        return s.toString();
    }

    /** Submission times from the opening until now, more of them towards the end, ascending. */
    static long[] submissionTimes(Instant opensAt, Instant now, int total, Random r) {
        Instant from = opensAt.plus(Duration.ofHours(1));
        Instant to = now.minus(Duration.ofMinutes(5));
        if (!to.isAfter(from)) {
            to = from.plus(Duration.ofDays(1));
        }
        long span = to.getEpochSecond() - from.getEpochSecond();
        long[] times = new long[total];
        for (int i = 0; i < total; i++) {
            times[i] = from.getEpochSecond() + (long) (Math.pow(r.nextDouble(), 0.6) * span);
        }
        Arrays.sort(times);
        return times;
    }

    /** When the draft was begun: minutes to a month before submission, not before the program opened. */
    static Instant createdBefore(Instant submitted, Instant opensAt, Random r) {
        Instant created = submitted.minus(Duration.ofMinutes(10 + (long) (Math.pow(r.nextDouble(), 2) * 60 * 24 * 30)));
        return opensAt != null && created.isBefore(opensAt) ? opensAt : created;
    }

}
