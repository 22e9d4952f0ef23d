package app.shortlist.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import app.shortlist.application.ApplicationStatus;
import app.shortlist.application.FormRules;
import app.shortlist.demo.DemoWords.Person;
import app.shortlist.demo.DemoWords.TrackWords;
import app.shortlist.demo.DemoWords.Word;
import app.shortlist.web.Dates;

/**
 * Any number of contest applications for performance work: mostly submitted
 * (some drafts, withdrawals and returns for correction), spread over the tracks
 * and countries like the Hangzhou set, in submission order — and without
 * attachments, so their rows stay small and the set is quick to make. Rows are
 * made one at a time: nothing but two counters is kept between them. Pure Java.
 */
final class SyntheticPlan implements DemoPlan {

    static final long SEED = 100_000L;
    static final String APPLICANT_PREFIX = "demo-syn-";
    private static final Map<String, Double> STATUSES = DemoWords.weights("SUBMITTED 92 DRAFT 4 WITHDRAWN 3 RETURNED 1");

    private final ProgramShape shape;
    private final Map<String, FormRules.Rule> rules;
    private final Map<ProgramShape.Part, Double> trackWeights = new LinkedHashMap<>();
    private final int total;
    private final Instant from;
    private final long span;
    private final Instant correctionUntil;
    private int next;
    private int references;

    SyntheticPlan(ProgramShape shape, int total, Instant now) {
        if (shape.tracks().isEmpty()) {
            throw new IllegalStateException("The program " + shape.code() + " has no tracks");
        }
        this.shape = shape;
        this.rules = shape.rulesByKey();
        this.total = total;
        shape.tracks().forEach(t -> trackWeights.put(t, HangzhouPlan.TRACK_WEIGHTS.getOrDefault(t.zh(), 10.0)));
        this.from = shape.opensAt().plus(Duration.ofHours(1));
        Instant to = now.minus(Duration.ofMinutes(5));
        this.span = Math.max(Duration.ofDays(1).getSeconds(), to.getEpochSecond() - from.getEpochSecond());
        this.correctionUntil = (shape.deadline() != null ? shape.deadline() : now).plus(Duration.ofDays(7));
    }

    @Override
    public int total() {
        return total;
    }

    /** Reference numbers handed out so far (drafts have none). */
    int references() {
        return references;
    }

    @Override
    public DemoApplication row(int i) {
        if (i != next) {
            throw new IllegalStateException("rows are made in order: expected " + next + ", asked for " + i);
        }
        next++;
        Random r = new Random(Allocation.rowSeed(SEED, i));
        ApplicationStatus status = ApplicationStatus.valueOf(Allocation.pick(STATUSES, r));
        ProgramShape.Part track = Allocation.pick(trackWeights, r);
        String country = Allocation.pick(DemoWords.COUNTRIES, r);
        TrackWords words = DemoWords.trackWords(track.zh());
        Person person = DemoWords.person(r);
        Word brand = Allocation.pick(DemoWords.HANGZHOU_BRANDS, r);
        Instant at = from.plusSeconds((long) ((i + r.nextDouble()) * span / total));
        boolean draft = status == ApplicationStatus.DRAFT;
        String reference = draft ? null : "%s-%05d".formatted(shape.code(), ++references);
        LocalDate day = at.atZone(Dates.ZONE).toLocalDate();
        Map<String, String> answers = draft ? Map.of()
                : FormAnswers.fill(shape.fields(), rules, HangzhouPlan.realisticAnswers(person, country, words, r, day),
                        r, day, 0.5);
        boolean returned = status == ApplicationStatus.RETURNED;
        return shape.checked(new DemoApplication(APPLICANT_PREFIX + "%06d".formatted(i + 1), "zh-CN", reference,
                status, DemoWords.projectName(words, r),
                "杭州" + brand.zh() + Allocation.pick(words.industries(), r) + "有限公司", person.name(),
                DemoWords.mobile(r), DemoWords.email(person, brand, r), track.id(), null, null, null, country, null,
                answers, List.of(), HangzhouPlan.createdBefore(at, shape.opensAt(), r), draft ? null : at,
                returned ? "请补充上传最新的学历学位认证报告，并核对项目简介中的融资信息。" : null,
                returned ? correctionUntil : null), true);
    }
}
