package app.shortlist.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import app.shortlist.application.ApplicationStatus;
import app.shortlist.application.FormRules;
import app.shortlist.demo.DemoWords.Person;
import app.shortlist.demo.DemoWords.Word;
import app.shortlist.web.Dates;

/**
 * The third 2024 batch of Jiangxi's industrial development fund: enterprise
 * applications over the nine support directions and the recommending units.
 * Nanchang High-tech Zone has the 33 projects of its proposed support list with
 * their per-direction counts; the other Nanchang districts together have fewer,
 * so the zone holds more than half of Nanchang's and ranks first; Ganzhou's
 * districts have some too. Every enterprise has a valid unified social credit
 * code; amounts are in 万元. Pure Java.
 */
final class JiangxiPlan implements DemoPlan {

    static final long SEED = 20240726L;
    static final String APPLICANT_PREFIX = "demo-jx-";
    static final String ZONE = "南昌高新区";
    static final String NANCHANG = "南昌市";

    /** Nanchang High-tech Zone's 33, by support direction (DESIGN.md §1 B). */
    static final Map<String, Integer> ZONE_BY_DIRECTION = counts("产业链龙头骨干企业提档进阶 2 创新能力提升 9 先进技术应用 8 "
            + "低空经济及船舶产业发展 5 产业基础高级化 2 产业链企业协同化技改 1 设备更新 2 企业数字化改造 3 数字化转型试点 1");

    /** The other units' applications; a unit this list does not know gets {@link #UNKNOWN_UNIT_COUNT}. */
    static final Map<String, Integer> OTHER_UNITS = counts("南昌经开区 9 小蓝经开区 7 红谷滩区 4 青山湖区 4 新建区 3 南昌县 3 "
            + "进贤县 1 章贡区 6 赣州经开区 10 南康区 5");
    static final int UNKNOWN_UNIT_COUNT = 2;

    /** Administrative division codes (the 3rd–8th characters of a credit code) by unit, then by city. */
    static final Map<String, String> DIVISIONS = Map.ofEntries(Map.entry("南昌高新区", "360106"),
            Map.entry("南昌经开区", "360108"), Map.entry("小蓝经开区", "360121"), Map.entry("红谷滩区", "360113"),
            Map.entry("青山湖区", "360111"), Map.entry("新建区", "360112"), Map.entry("南昌县", "360121"),
            Map.entry("进贤县", "360124"), Map.entry("章贡区", "360702"), Map.entry("赣州经开区", "360700"),
            Map.entry("南康区", "360703"), Map.entry("南昌市", "360100"), Map.entry("赣州市", "360700"));

    private static final Map<String, Double> NANCHANG_CHAINS = DemoWords.weights("electronics 25 equipment 15 "
            + "aviation 10 medicine 10 new_energy 10 food 5 textiles 5 nonferrous 5 petrochemicals 4 "
            + "building_materials 4 furniture 4 steel 3");
    private static final Map<String, Double> OTHER_CHAINS = DemoWords.weights("nonferrous 25 furniture 20 electronics 15 "
            + "new_energy 15 equipment 10 textiles 10 medicine 5");
    private static final Map<String, Double> LOW_ALTITUDE_CHAINS = DemoWords.weights("aviation 7 equipment 3");

    private static final Map<String, List<String>> INDUSTRY_WORDS = Map.ofEntries(
            Map.entry("electronics", List.of("电子科技", "光电科技", "电子信息")),
            Map.entry("nonferrous", List.of("稀土新材料", "钨业", "铜材")),
            Map.entry("equipment", List.of("机械装备", "智能装备", "重工")),
            Map.entry("new_energy", List.of("新能源科技", "锂电科技", "光伏科技")),
            Map.entry("petrochemicals", List.of("化工", "精细化工")),
            Map.entry("building_materials", List.of("建材", "新型建材")),
            Map.entry("steel", List.of("特钢", "钢构")),
            Map.entry("aviation", List.of("航空科技", "通用航空装备", "无人机科技")),
            Map.entry("food", List.of("食品", "农业科技")),
            Map.entry("textiles", List.of("服饰", "纺织")),
            Map.entry("medicine", List.of("生物制药", "医药", "医疗器械")),
            Map.entry("furniture", List.of("家具", "家居")));

    /** What a project of each direction builds. */
    private static final Map<String, String> CONTENT = Map.of(
            "产业链龙头骨干企业提档进阶", "新建智能化生产线%d条，扩大主导产品产能，提升企业在产业链中的带动力",
            "产业链企业协同化技改", "联合产业链上下游%d家配套企业开展协同化技术改造，提升本地配套率",
            "创新能力提升", "建设省级企业技术中心和中试验证平台，开展%d项关键核心技术攻关",
            "先进技术应用", "引进%d项先进制造技术，对现有生产工艺和装备进行改造升级",
            "低空经济及船舶产业发展", "建设无人机整机及关键零部件生产线，形成年产%d架（套）的生产能力",
            "产业基础高级化", "开展%d项关键基础材料和核心基础零部件研发及产业化",
            "设备更新", "购置数控加工中心、工业机器人等先进设备%d台（套），淘汰高耗能落后设备",
            "企业数字化改造", "建设MES、ERP、WMS等系统，打造数字化车间%d个",
            "数字化转型试点", "建设行业级工业互联网平台，带动%d家中小企业数字化转型");

    private record Slot(ProgramShape.Unit unit, ProgramShape.Part direction) {
    }

    private final ProgramShape shape;
    private final Map<String, FormRules.Rule> rules;
    private final List<Slot> slots;
    private final long[] submittedAt;

    JiangxiPlan(ProgramShape shape, Instant now) {
        this.shape = shape;
        this.rules = shape.rulesByKey();
        Map<String, ProgramShape.Part> directions = new LinkedHashMap<>();
        shape.directions().forEach(d -> directions.put(d.zh(), d));
        ProgramShape.Unit zone = shape.units().stream().filter(u -> u.zh().equals(ZONE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The program " + shape.code() + " has no unit " + ZONE));
        Random setup = new Random(SEED);
        List<Slot> all = new ArrayList<>();
        ZONE_BY_DIRECTION.forEach((direction, n) -> {
            ProgramShape.Part d = directions.get(direction);
            if (d == null) {
                throw new IllegalStateException("The program " + shape.code() + " has no direction " + direction);
            }
            for (int i = 0; i < n; i++) {
                all.add(new Slot(zone, d));
            }
        });
        Map<ProgramShape.Part, Double> byQuota = new LinkedHashMap<>();
        shape.directions().forEach(d -> byQuota.put(d, d.quota() == null || d.quota() == 0 ? 10.0 : d.quota()));
        int zoneCount = all.size();
        int otherNanchang = 0;
        for (ProgramShape.Unit u : shape.units()) {
            if (u == zone) {
                continue;
            }
            int n = OTHER_UNITS.getOrDefault(u.zh(), UNKNOWN_UNIT_COUNT);
            if (NANCHANG.equals(u.cityZh())) {
                otherNanchang += n;
            }
            for (int i = 0; i < n; i++) {
                all.add(new Slot(u, Allocation.pick(byQuota, setup)));
            }
        }
        if (otherNanchang >= zoneCount) {
            throw new IllegalStateException("Nanchang's other units would have " + otherNanchang
                    + " applications, not fewer than the zone's " + zoneCount);
        }
        Collections.shuffle(all, setup);
        this.slots = List.copyOf(all);
        this.submittedAt = HangzhouPlan.submissionTimes(shape.opensAt(), now, slots.size(), setup);
    }

    @Override
    public int total() {
        return slots.size();
    }

    @Override
    public DemoApplication row(int i) {
        Random r = new Random(Allocation.rowSeed(SEED, i));
        Slot slot = slots.get(i);
        boolean nanchang = NANCHANG.equals(slot.unit().cityZh());
        String chain = Allocation.pick(slot.direction().zh().startsWith("低空") ? LOW_ALTITUDE_CHAINS
                : nanchang ? NANCHANG_CHAINS : OTHER_CHAINS, r);
        Word brand = Allocation.pick(DemoWords.JIANGXI_BRANDS, r);
        String place = nanchang ? "南昌" : slot.unit().cityZh() != null && slot.unit().cityZh().startsWith("赣州") ? "赣州" : "江西";
        String industry = Allocation.pick(INDUSTRY_WORDS.getOrDefault(chain, List.of("科技")), r);
        String organisation = (r.nextDouble() < 0.3 ? "江西" : place) + brand.zh() + industry
                + (r.nextDouble() < 0.3 ? "股份有限公司" : "有限公司");
        String division = DIVISIONS.getOrDefault(slot.unit().zh(),
                DIVISIONS.getOrDefault(String.valueOf(slot.unit().cityZh()), "360000"));
        String uscc = DemoUscc.generate(division, r);
        Person person = DemoWords.person(r);
        String phone = r.nextDouble() < 0.5 ? DemoWords.mobile(r)
                : (nanchang ? "0791-8" : "0797-8") + DemoWords.digits(r, 7);
        String email = DemoWords.email(person, brand, r);

        // 万元: investment 800–60,000 (log-uniform), 5–15 % of it requested, within 50–3,000.
        long investment = Math.round(800 * Math.pow(75, r.nextDouble()) / 10) * 10;
        long requested = Math.max(50, Math.min(3000, Math.round(investment * (0.05 + 0.1 * r.nextDouble()) / 10) * 10));
        long revenue = Math.round(investment * (0.8 + 5 * r.nextDouble()) / 100) * 100;
        Instant submitted = Instant.ofEpochSecond(submittedAt[i]);
        Instant created = HangzhouPlan.createdBefore(submitted, shape.opensAt(), r);
        LocalDate opened = (shape.opensAt() != null ? shape.opensAt() : submitted).atZone(Dates.ZONE).toLocalDate();
        LocalDate start = opened.minusDays(30 + r.nextInt(510));
        LocalDate end = start.plusDays(300 + r.nextInt(600));

        Map<String, String> realistic = new LinkedHashMap<>();
        realistic.put("industry_chain", chain);
        realistic.put("project_investment", Long.toString(investment));
        realistic.put("construction_start", start.toString());
        realistic.put("construction_end", end.toString());
        realistic.put("project_summary", organisation + "拟总投资" + investment + "万元，"
                + CONTENT.getOrDefault(slot.direction().zh(), "实施技术改造和产能提升项目%d项").formatted(2 + r.nextInt(8))
                + "。项目建成后，预计新增营业收入" + revenue + "万元、利税" + Math.round(revenue * 0.12) + "万元。");
        realistic.put("annual_revenue", Long.toString(Math.round(investment * (1 + 8 * r.nextDouble()) / 100) * 100));
        LocalDate day = submitted.atZone(Dates.ZONE).toLocalDate();
        Map<String, String> answers = FormAnswers.fill(shape.fields(), rules, realistic, r, day, 0.5);
        String reference = "%s-%05d".formatted(shape.code(), i + 1);
        return shape.checked(new DemoApplication(APPLICANT_PREFIX + "%05d".formatted(i + 1), "zh-CN", reference,
                ApplicationStatus.SUBMITTED, brand.zh() + industry + projectSuffix(slot.direction().zh()),
                organisation, person.name(), phone, email, null, slot.direction().id(), slot.unit().id(), uscc, null,
                BigDecimal.valueOf(requested).setScale(2, RoundingMode.UNNECESSARY), answers,
                shape.requiredFiles(reference, created.plus(Duration.between(created, submitted).dividedBy(2))),
                created, submitted, null, null), false);
    }

    private static String projectSuffix(String direction) {
        return switch (direction) {
            case "设备更新" -> "设备更新改造项目";
            case "企业数字化改造", "数字化转型试点" -> "数字化转型项目";
            case "创新能力提升" -> "技术中心创新能力建设项目";
            case "低空经济及船舶产业发展" -> "无人机产业化项目";
            default -> "技术改造项目";
        };
    }

    private static Map<String, Integer> counts(String pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        DemoWords.weights(pairs).forEach((k, v) -> map.put(k, v.intValue()));
        return map;
    }
}
