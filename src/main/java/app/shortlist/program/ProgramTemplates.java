package app.shortlist.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.program.ProgramDefinition.DirectionSpec;
import app.shortlist.program.ProgramDefinition.DivisionSpec;
import app.shortlist.program.ProgramDefinition.FieldSpec;
import app.shortlist.program.ProgramDefinition.LongText;
import app.shortlist.program.ProgramDefinition.Note;
import app.shortlist.program.ProgramDefinition.RoundSpec;
import app.shortlist.program.ProgramDefinition.SectionSpec;
import app.shortlist.program.ProgramDefinition.Text;
import app.shortlist.program.ProgramDefinition.TrackSpec;
import app.shortlist.program.ProgramDefinition.UnitSpec;
import app.shortlist.web.Dates;

/**
 * The two reference programs of the design brief as ready-made definitions: the
 * 2024 Hangzhou overseas talent contest (returnee division) and the third 2024
 * batch of Jiangxi's industrial development fund. Dates are the 2024 timeline;
 * {@link ProgramService#createFromTemplate} lays it out again from today.
 * Quotas and budgets are illustrative.
 */
public final class ProgramTemplates {

    public static final String HANGZHOU_2024 = "hangzhou-2024";
    public static final String JIANGXI_2024_3 = "jiangxi-2024-3";

    private static final long MB = 1024L * 1024;

    @Schema(name = "ProgramTemplate")
    public record Template(String id, Text title, ProgramDefinition definition) {
    }

    private static final List<Template> ALL = List.of(
            new Template(HANGZHOU_2024, new Text("2024杭州市海外高层次人才创新创业大赛（留学人员专场）",
                    "2024 Hangzhou Overseas Talent Contest (returnee division)"), hangzhou()),
            new Template(JIANGXI_2024_3, new Text("2024年江西省工业发展专项（第三批）",
                    "2024 Jiangxi Industrial Development Fund, third batch"), jiangxi()));

    private ProgramTemplates() {
    }

    public static List<Template> all() {
        return ALL;
    }

    public static Optional<Template> get(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static ProgramDefinition hangzhou() {
        return new ProgramDefinition(null, null, null, "HZ2024", ProgramKind.COMPETITION,
                new Text("2024杭州市海外高层次人才创新创业大赛",
                        "2024 Hangzhou Overseas High-Level Talent Innovation & Entrepreneurship Competition"),
                new Text("杭州市人力资源和社会保障局", "Hangzhou Municipal Human Resources and Social Security Bureau"),
                new LongText("""
                        面向海外高层次人才的创新创业大赛。留学人员专场设数字经济、生物医药、智能制造、新材料与新能源、节能环保五个组别。\
                        报名项目经资格初审后进入海选，再经复赛、决赛，各组别优胜项目晋级总决赛，结果向社会公示。""",
                        """
                        An innovation and entrepreneurship contest for overseas high-level talent. The returnee division has five \
                        tracks: digital economy, biomedicine, intelligent manufacturing, new materials and new energy, and energy \
                        saving and environmental protection. Registered projects pass a qualification review into the open \
                        selection, then the semi-final and final; each track's winners advance to the grand final, and the \
                        results are published for public notice."""),
                at(2024, 5, 20, 0, 0), at(2024, 7, 31, 17, 0), false, false, false,
                List.of(new DivisionSpec(null, new Text("留学人员专场", "Returnee division"), List.of(
                        track("数字经济组", "Digital economy"),
                        track("生物医药组", "Biomedicine"),
                        track("智能制造组", "Intelligent manufacturing"),
                        track("新材料与新能源组", "New materials and new energy"),
                        track("节能环保组", "Energy saving and environmental protection")))),
                List.of(), List.of(), List.of(), List.of(),
                List.of(round(RoundKind.SCREENING, "资格初审", "Qualification review", at(2024, 8, 1, 9, 0), at(2024, 8, 15, 17, 0)),
                        round(RoundKind.SCORING, "海选", "Open selection", at(2024, 8, 19, 9, 0), at(2024, 8, 31, 17, 0)),
                        round(RoundKind.SCORING, "复赛", "Semi-final", at(2024, 9, 9, 9, 0), at(2024, 9, 20, 17, 0)),
                        round(RoundKind.SCORING, "决赛", "Final", at(2024, 10, 15, 9, 0), at(2024, 10, 25, 17, 0)),
                        round(RoundKind.SCORING, "总决赛", "Grand final", at(2024, 11, 10, 9, 0), at(2024, 11, 12, 17, 0)),
                        round(RoundKind.NOTICE, "公示", "Public notice", at(2024, 11, 18, 9, 0), at(2024, 11, 25, 17, 0))),
                List.of(
                        choice("highest_degree", "个人与团队", "Founder and team", "最高学历", "Highest degree", true, """
                                doctorate|博士|Doctorate
                                master|硕士|Master's degree
                                bachelor|学士|Bachelor's degree
                                other|其他|Other"""),
                        text("graduate_university", "个人与团队", "Founder and team", "最高学历毕业院校",
                                "University of the highest degree", true, 200),
                        number("overseas_years", "个人与团队", "Founder and team", "海外学习或工作年限",
                                "Years of study or work abroad", true, 0, 60),
                        field("return_date", FieldType.DATE, "个人与团队", "Founder and team", "回国日期",
                                "Date of return to China", false,
                                new Note("尚未回国的请留空。", "Leave empty if you have not returned yet.")),
                        number("team_size", "个人与团队", "Founder and team", "核心团队人数", "Core team size", true, 1, 500),
                        longText("project_summary", "项目", "Project", "项目简介", "Project summary", true, 2000),
                        choice("financing_stage", "项目", "Project", "融资阶段", "Financing stage", true, """
                                none|尚未融资|Not yet financed
                                angel|天使轮|Angel
                                series_a|A轮|Series A
                                series_b_plus|B轮及以上|Series B or later"""),
                        choice("ip_held", "项目", "Project", "已有知识产权", "Intellectual property held", false, """
                                invention|发明专利|Invention patents
                                utility|实用新型专利|Utility models
                                design|外观设计专利|Design patents
                                software|软件著作权|Software copyrights
                                none|暂无|None yet""", FieldType.MULTI_CHOICE),
                        file("business_plan", "商业计划书", "Business plan", true, "PDF", 20 * MB),
                        file("degree_certificate", "学历学位证明", "Degree certificate", false, "PDF,JPEG,PNG", 10 * MB)));
    }

    static ProgramDefinition jiangxi() {
        return new ProgramDefinition(null, null, null, "JX2024C", ProgramKind.FUNDING_CALL,
                new Text("2024年江西省工业发展专项（第三批）", "2024 Jiangxi Provincial Industrial Development Special Fund (third batch)"),
                new Text("江西省工业和信息化厅、江西省财政厅",
                        "Jiangxi Department of Industry and Information Technology; Jiangxi Department of Finance"),
                new LongText("""
                        支持产业链“链主”及龙头骨干企业发展、产业集群提能升级和制造业数字化转型三个板块、九个支持方向。\
                        企业申报后，由所在区县主管部门审核并按优先顺序在名额内推荐，省级组织专家评审，拟支持项目名单向社会公示。""",
                        """
                        Three sections and nine support directions: chain-leader and backbone enterprises, industrial-cluster \
                        upgrading, and manufacturing digital transformation. Enterprises apply; their district bureau reviews \
                        them and recommends them in priority order within its quota; the province's experts review them, and \
                        the proposed support list is published for public notice."""),
                at(2024, 7, 1, 0, 0), at(2024, 7, 26, 17, 0), true, true, false,
                List.of(), List.of(),
                List.of(new SectionSpec(null, new Text("产业链“链主”及龙头骨干企业发展", "Chain-leader and backbone enterprises"),
                        List.of(direction("产业链龙头骨干企业提档进阶", "Upgrading chain-leading backbone enterprises", 30, 9000),
                                direction("产业链企业协同化技改", "Collaborative technical upgrading along the chain", 20, 4000))),
                        new SectionSpec(null, new Text("产业集群提能升级", "Industrial-cluster upgrading"), List.of(
                                direction("创新能力提升", "Innovation capability", 80, 8000),
                                direction("先进技术应用", "Application of advanced technology", 70, 7000),
                                direction("低空经济及船舶产业发展", "Low-altitude economy and shipbuilding", 30, 4500),
                                direction("产业基础高级化", "Advanced industrial foundations", 25, 3750),
                                direction("设备更新", "Equipment renewal", 40, 6000))),
                        new SectionSpec(null, new Text("制造业数字化转型", "Manufacturing digital transformation"), List.of(
                                direction("企业数字化改造", "Enterprise digital retrofit", 40, 4000),
                                direction("数字化转型试点", "Digital-transformation pilots", 10, 3000)))),
                List.of(),
                List.of(unit("南昌高新区", "Nanchang High-tech Zone", "南昌市", "Nanchang", 40),
                        unit("南昌经开区", "Nanchang Economic and Technological Development Zone", "南昌市", "Nanchang", 30),
                        unit("小蓝经开区", "Xiaolan Economic and Technological Development Zone", "南昌市", "Nanchang", 20),
                        unit("红谷滩区", "Honggutan District", "南昌市", "Nanchang", 12),
                        unit("青山湖区", "Qingshanhu District", "南昌市", "Nanchang", 12),
                        unit("新建区", "Xinjian District", "南昌市", "Nanchang", 10),
                        unit("南昌县", "Nanchang County", "南昌市", "Nanchang", 10),
                        unit("进贤县", "Jinxian County", "南昌市", "Nanchang", 8),
                        unit("章贡区", "Zhanggong District", "赣州市", "Ganzhou", 10),
                        unit("赣州经开区", "Ganzhou Economic and Technological Development Zone", "赣州市", "Ganzhou", 15),
                        unit("南康区", "Nankang District", "赣州市", "Ganzhou", 10)),
                List.of(round(RoundKind.RECOMMENDATION, "区县推荐", "District recommendation", at(2024, 7, 27, 9, 0), at(2024, 8, 9, 17, 0)),
                        round(RoundKind.SCORING, "专家评审", "Expert review", at(2024, 8, 15, 9, 0), at(2024, 9, 10, 17, 0)),
                        round(RoundKind.NOTICE, "拟支持项目公示", "Public notice of the proposed support list", at(2024, 9, 20, 9, 0), at(2024, 9, 26, 17, 0))),
                List.of(
                        choice("industry_chain", "项目", "Project", "所属重点产业链", "Key industrial chain", true, """
                                electronics|电子信息|Electronic information
                                nonferrous|有色金属|Non-ferrous metals
                                equipment|装备制造|Equipment manufacturing
                                new_energy|新能源|New energy
                                petrochemicals|石化化工|Petrochemicals
                                building_materials|建材|Building materials
                                steel|钢铁|Steel
                                aviation|航空|Aviation
                                food|食品|Food
                                textiles|纺织服装|Textiles and apparel
                                medicine|医药|Medicine
                                furniture|现代家具|Modern furniture"""),
                        number("project_investment", "项目", "Project", "项目总投资（万元）", "Total project investment (万元)", true, 0, 10_000_000),
                        field("construction_start", FieldType.DATE, "项目", "Project", "建设起始日期", "Construction starts", true, null),
                        field("construction_end", FieldType.DATE, "项目", "Project", "建设完成日期", "Construction ends", true, null),
                        longText("project_summary", "项目", "Project", "项目建设内容及预期效益", "Scope and expected benefits", true, 3000),
                        number("annual_revenue", "企业", "Enterprise", "上年度营业收入（万元）", "Revenue last year (万元)", true, 0, 100_000_000),
                        file("application_report", "项目申报报告", "Application report", true, "PDF,DOCX", 20 * MB),
                        file("financial_statements", "上年度财务报表", "Financial statements of last year", true, "PDF,XLSX", 20 * MB)));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Dates.ZONE).toInstant();
    }

    private static TrackSpec track(String zh, String en) {
        return new TrackSpec(null, new Text(zh, en));
    }

    private static DirectionSpec direction(String zh, String en, int quota, int budget) {
        return new DirectionSpec(null, new Text(zh, en), quota, BigDecimal.valueOf(budget));
    }

    private static UnitSpec unit(String zh, String en, String cityZh, String cityEn, int quota) {
        return new UnitSpec(null, new Text(zh, en), new Text(cityZh, cityEn), quota);
    }

    private static RoundSpec round(RoundKind kind, String zh, String en, Instant starts, Instant ends) {
        return new RoundSpec(null, kind, new Text(zh, en), starts, ends);
    }

    private static FieldSpec field(String key, FieldType type, String groupZh, String groupEn, String zh, String en,
            boolean required, Note help) {
        return new FieldSpec(null, key, type, new Text(groupZh, groupEn), new Text(zh, en), help, required, null, null,
                null, null, null, null);
    }

    private static FieldSpec text(String key, String groupZh, String groupEn, String zh, String en, boolean required,
            int maxLength) {
        return new FieldSpec(null, key, FieldType.TEXT, new Text(groupZh, groupEn), new Text(zh, en), null, required,
                null, null, null, maxLength, null, null);
    }

    private static FieldSpec longText(String key, String groupZh, String groupEn, String zh, String en,
            boolean required, int maxLength) {
        return new FieldSpec(null, key, FieldType.LONG_TEXT, new Text(groupZh, groupEn), new Text(zh, en), null,
                required, null, null, null, maxLength, null, null);
    }

    private static FieldSpec number(String key, String groupZh, String groupEn, String zh, String en, boolean required,
            long min, long max) {
        return new FieldSpec(null, key, FieldType.NUMBER, new Text(groupZh, groupEn), new Text(zh, en), null, required,
                null, BigDecimal.valueOf(min), BigDecimal.valueOf(max), null, null, null);
    }

    private static FieldSpec choice(String key, String groupZh, String groupEn, String zh, String en, boolean required,
            String options) {
        return choice(key, groupZh, groupEn, zh, en, required, options, FieldType.CHOICE);
    }

    private static FieldSpec choice(String key, String groupZh, String groupEn, String zh, String en, boolean required,
            String options, FieldType type) {
        return new FieldSpec(null, key, type, new Text(groupZh, groupEn), new Text(zh, en), null, required, options,
                null, null, null, null, null);
    }

    private static FieldSpec file(String key, String zh, String en, boolean required, String kinds, long maxBytes) {
        return new FieldSpec(null, key, FieldType.FILE, new Text("申报材料", "Documents"), new Text(zh, en),
                new Note("按文件内容判断类型，单个文件最大 " + maxBytes / MB + " MB。",
                        "The type is judged by the content; at most " + maxBytes / MB + " MB per file."),
                required, null, null, null, null, kinds, maxBytes);
    }
}
