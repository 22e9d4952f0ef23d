package app.shortlist.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word lists the demo data is made from. Every organisation, person and project
 * is fictitious; universities and employers are real places people study and
 * work at, named only as a returnee's background.
 */
final class DemoWords {

    private DemoWords() {
    }

    /** A Chinese word with its romanisation, for names that also appear in e-mail addresses. */
    record Word(String zh, String latin) {
    }

    record Person(String name, String latinGiven, String latinFamily) {
    }

    static final List<Word> SURNAMES = words("王 wang 李 li 张 zhang 刘 liu 陈 chen 杨 yang 黄 huang 赵 zhao 吴 wu 周 zhou "
            + "徐 xu 孙 sun 马 ma 朱 zhu 胡 hu 郭 guo 何 he 林 lin 罗 luo 高 gao 郑 zheng 梁 liang 谢 xie 宋 song 唐 tang "
            + "韩 han 冯 feng 邓 deng 曹 cao 彭 peng 曾 zeng 肖 xiao 田 tian 董 dong 潘 pan 袁 yuan 蒋 jiang 蔡 cai 余 yu "
            + "杜 du 叶 ye 程 cheng 沈 shen 钱 qian 陆 lu 欧阳 ouyang 司马 sima");

    static final List<Word> GIVEN_NAMES = words("伟 wei 芳 fang 敏 min 静 jing 磊 lei 洋 yang 婷 ting 杰 jie 涛 tao 明 ming "
            + "超 chao 丹 dan 晨曦 chenxi 子涵 zihan 浩然 haoran 思远 siyuan 雨桐 yutong 一鸣 yiming 嘉怡 jiayi 宇航 yuhang "
            + "文博 wenbo 欣然 xinran 志强 zhiqiang 晓峰 xiaofeng 俊杰 junjie 佳琪 jiaqi 梓萱 zixuan 博文 bowen 诗涵 shihan "
            + "天佑 tianyou 若曦 ruoxi 明轩 mingxuan 立新 lixin 海燕 haiyan 建华 jianhua 卫东 weidong 晓燕 xiaoyan 振宇 zhenyu "
            + "逸飞 yifei 清扬 qingyang 牧之 muzhi 书瑶 shuyao");

    /** Two-character trade names for Hangzhou companies. */
    static final List<Word> HANGZHOU_BRANDS = words("云栖 yunqi 之江 zhijiang 钱塘 qiantang 西溪 xixi 良渚 liangzhu "
            + "湖畔 hupan 星澜 xinglan 启明 qiming 睿思 ruisi 数澜 shulan 微纳 weina 蓝湾 lanwan 极光 jiguang 远景 yuanjing "
            + "青禾 qinghe 宸光 chenguang 智源 zhiyuan 恒川 hengchuan 思创 sichuang 博睿 borui 灵犀 lingxi 九章 jiuzhang "
            + "深蓝 shenlan 天目 tianmu 富春 fuchun 新安 xin-an 望潮 wangchao 拾光 shiguang 澄观 chengguan 知行 zhixing "
            + "弘毅 hongyi 明德 mingde 格物 gewu 致远 zhiyuan2 鸿鹄 honghu 萧然 xiaoran 千岛 qiandao 若水 ruoshui "
            + "孤山 gushan 云谷 yungu");

    /** Two-character trade names for Jiangxi enterprises. */
    static final List<Word> JIANGXI_BRANDS = words("赣鑫 ganxin 昌盛 changsheng 瑶湖 yaohu 艾溪 aixi 象湖 xianghu "
            + "梅岭 meiling 青岚 qinglan 章江 zhangjiang 贡水 gongshui 虔城 qiancheng 匡庐 kuanglu 豫章 yuzhang "
            + "洪城 hongcheng 滕阁 tengge 赣源 ganyuan 新赣 xingan 汇昌 huichang 恒赣 henggan 弘昌 hongchang "
            + "德赣 degan 华赣 huagan 金赣 jingan 泰昌 taichang 晟昌 shengchang 锦赣 jingan2 丰赣 fenggan "
            + "鄱湖 pohu 赣江 ganjiang 瑞洪 ruihong 昌北 changbei");

    /** Countries and regions where returnees studied or worked (ISO 3166), weighted by how many apply. */
    static final Map<String, Double> COUNTRIES = weights("US 24 GB 12 DE 7 JP 7 AU 6.5 CA 5.5 SG 5 FR 4 KR 3.5 NL 3 "
            + "HK 3 SE 1.5 CH 1.5 IT 1.5 NZ 1.5 RU 1.5 IE 1 BE 1 DK 1 ES 1 MY 1 FI 0.8 AT 0.8 IL 0.8 NO 0.6 MO 0.6 "
            + "TW 0.6 IN 0.5 PT 0.5 PL 0.4 TH 0.4 AE 0.4 CZ 0.3 UA 0.3 BR 0.3 ZA 0.2 MX 0.2");

    static final Map<String, List<String>> UNIVERSITIES = new LinkedHashMap<>();
    static {
        university("US", "Stanford University", "Massachusetts Institute of Technology", "University of California, Berkeley",
                "Carnegie Mellon University", "Columbia University", "University of Michigan", "Harvard University",
                "Cornell University", "Johns Hopkins University", "University of Illinois Urbana-Champaign");
        university("GB", "University of Oxford", "University of Cambridge", "Imperial College London",
                "University College London", "University of Edinburgh", "University of Manchester");
        university("DE", "Technical University of Munich", "RWTH Aachen University", "Heidelberg University",
                "Karlsruhe Institute of Technology");
        university("JP", "The University of Tokyo", "Kyoto University", "Osaka University", "Tohoku University");
        university("AU", "University of Melbourne", "University of Sydney", "Australian National University",
                "University of New South Wales", "Monash University");
        university("CA", "University of Toronto", "University of British Columbia", "McGill University",
                "University of Waterloo");
        university("SG", "National University of Singapore", "Nanyang Technological University");
        university("FR", "Sorbonne University", "École Polytechnique", "Université Paris-Saclay");
        university("KR", "Seoul National University", "KAIST", "Yonsei University");
        university("NL", "Delft University of Technology", "University of Amsterdam", "Eindhoven University of Technology");
        university("HK", "The University of Hong Kong", "The Hong Kong University of Science and Technology",
                "The Chinese University of Hong Kong");
        university("SE", "KTH Royal Institute of Technology", "Karolinska Institutet");
        university("CH", "ETH Zurich", "EPFL");
        university("IT", "Politecnico di Milano", "University of Bologna");
        university("NZ", "University of Auckland");
        university("RU", "Lomonosov Moscow State University");
        university("IE", "Trinity College Dublin");
        university("BE", "KU Leuven");
        university("DK", "Technical University of Denmark");
        university("ES", "University of Barcelona");
        university("MY", "University of Malaya");
        university("FI", "Aalto University");
        university("AT", "TU Wien");
        university("IL", "Technion – Israel Institute of Technology");
        university("NO", "Norwegian University of Science and Technology");
        university("MO", "University of Macau");
        university("TW", "National Taiwan University");
        university("IN", "Indian Institute of Science");
        university("PT", "University of Lisbon");
        university("PL", "University of Warsaw");
        university("TH", "Chulalongkorn University");
        university("AE", "Khalifa University");
        university("CZ", "Charles University");
        university("UA", "Taras Shevchenko National University of Kyiv");
        university("BR", "University of São Paulo");
        university("ZA", "University of Cape Town");
        university("MX", "National Autonomous University of Mexico");
    }

    static final Map<String, String> DIALING_CODES = Map.ofEntries(Map.entry("US", "1"), Map.entry("CA", "1"),
            Map.entry("GB", "44"), Map.entry("DE", "49"), Map.entry("JP", "81"), Map.entry("AU", "61"),
            Map.entry("SG", "65"), Map.entry("FR", "33"), Map.entry("KR", "82"), Map.entry("NL", "31"),
            Map.entry("HK", "852"), Map.entry("CH", "41"), Map.entry("SE", "46"), Map.entry("NZ", "64"));

    static final List<String> EMPLOYERS = List.of("Google", "Microsoft Research", "Amazon", "Apple", "NVIDIA", "Intel",
            "IBM Research", "Siemens", "Bosch", "SAP", "Sony", "Toyota", "Samsung", "Philips", "ASML", "Novartis",
            "Roche", "Pfizer", "Genentech", "AstraZeneca", "GSK", "Tesla", "Qualcomm", "Oracle", "Schneider Electric",
            "ABB", "BASF", "Merck", "Airbus", "Rolls-Royce");

    /** English halves of the brand names some returnees give their projects. */
    static final List<String> BRAND_HEADS = List.of("Nova", "Quanta", "Aether", "Lumi", "Neuro", "Geno", "Helio",
            "Terra", "Cyto", "Photon", "Astra", "Flux", "Orbit", "Deep", "Ever", "Vita", "Omni", "Sino", "Zen", "Hydro");
    static final List<String> BRAND_TAILS = List.of("Mind", "Sense", "Gen", "Labs", "AI", "Link", "Cloud", "Volt",
            "Core", "Matrix", "Wave", "Bio", "Cell", "Logic", "Grid", "Scope");

    /** What a contest track's projects are made of. Unknown tracks use the digital-economy words. */
    record TrackWords(List<String> techs, List<String> domains, List<String> products, List<String> industries,
            String pattern) {
    }

    static final Map<String, TrackWords> TRACK_WORDS = Map.of(
            "数字经济组", new TrackWords(
                    List.of("大模型", "多模态大模型", "联邦学习", "隐私计算", "知识图谱", "边缘计算", "数字孪生", "区块链",
                            "低代码", "AIGC", "计算机视觉", "语音识别", "云原生", "RISC-V", "时空大数据"),
                    List.of("工业质检", "城市治理", "跨境电商", "智慧医疗", "金融风控", "供应链", "智慧物流", "智能客服",
                            "在线教育", "文旅", "智慧农业", "能源调度", "城市交通"),
                    List.of("平台", "系统", "解决方案", "引擎", "SaaS平台", "芯片", "云服务", "操作系统", "中间件", "一体机"),
                    List.of("数字科技", "智能科技", "信息技术", "网络科技", "数据科技"), "based"),
            "生物医药组", new TrackWords(
                    List.of("mRNA", "CAR-T", "双特异性抗体", "ADC", "基因编辑", "合成生物学", "类器官", "小分子靶向药",
                            "AI药物发现", "细胞治疗", "核酸适配体", "多肽"),
                    List.of("肿瘤", "阿尔茨海默病", "自身免疫病", "罕见病", "心血管疾病", "糖尿病", "眼科疾病", "抗感染"),
                    List.of("创新药研发", "治疗平台", "早筛试剂盒", "诊断系统", "疫苗", "递送平台"),
                    List.of("生物科技", "医药科技", "生物医药", "基因科技"), "plain"),
            "智能制造组", new TrackWords(
                    List.of("协作机器人", "工业视觉", "激光雷达", "精密减速器", "数控系统", "柔性制造", "工业互联网",
                            "机器视觉", "3D打印", "伺服电机", "无人机"),
                    List.of("汽车零部件", "半导体封测", "新能源电池", "纺织", "食品包装", "仓储", "电子装配", "航空零件"),
                    List.of("产线", "装备", "检测设备", "系统", "解决方案"),
                    List.of("智能装备", "机器人科技", "智能制造", "精密机械"), "for"),
            "新材料与新能源组", new TrackWords(
                    List.of("钙钛矿", "固态电池", "氢燃料电池", "碳化硅", "氮化镓", "石墨烯", "钠离子电池", "液流电池",
                            "光伏", "超导", "高熵合金", "可降解"),
                    List.of("高效", "长寿命", "低成本", "高安全", "大尺寸", "柔性"),
                    List.of("材料", "组件", "电池", "储能系统", "薄膜", "器件", "电解质", "催化剂"),
                    List.of("新材料科技", "新能源科技", "材料科技", "储能科技"), "adjective"),
            "节能环保组", new TrackWords(
                    List.of("膜分离", "碳捕集", "固废资源化", "VOCs治理", "污水处理", "余热回收", "智慧水务", "土壤修复",
                            "生物降解", "热泵"),
                    List.of("工业园区", "城市", "化工", "数据中心", "农村", "钢铁"),
                    List.of("技术", "装备", "系统", "解决方案", "平台"),
                    List.of("环保科技", "环境科技", "节能科技", "水务科技"), "for"));

    static TrackWords trackWords(String trackZh) {
        return TRACK_WORDS.getOrDefault(trackZh, TRACK_WORDS.get("数字经济组"));
    }

    /** A project name in the style of the track, some with an English brand in front. */
    static String projectName(TrackWords w, Random r) {
        String tech = Allocation.pick(w.techs(), r);
        String domain = Allocation.pick(w.domains(), r);
        String product = Allocation.pick(w.products(), r);
        String name = switch (w.pattern()) {
            case "based" -> r.nextBoolean() ? "基于" + tech + "的" + domain + product : domain + tech + product;
            case "for" -> "面向" + domain + "的" + tech + product;
            case "adjective" -> domain + tech + product;
            default -> tech + domain + product;
        };
        if (r.nextDouble() < 0.3) {
            name = Allocation.pick(BRAND_HEADS, r) + Allocation.pick(BRAND_TAILS, r) + "：" + name;
        }
        return name;
    }

    static Person person(Random r) {
        Word family = Allocation.pick(SURNAMES, r);
        Word given = Allocation.pick(GIVEN_NAMES, r);
        return new Person(family.zh() + given.zh(), given.latin(), family.latin());
    }

    /** A mainland mobile number as people write it: +86 138 1234 5678. */
    static String mobile(Random r) {
        String[] prefixes = { "130", "133", "135", "136", "137", "138", "139", "150", "151", "158", "177", "180",
                "186", "187", "188", "189", "199" };
        return "+86 " + prefixes[r.nextInt(prefixes.length)] + " " + digits(r, 4) + " " + digits(r, 4);
    }

    /** A number abroad, for the countries whose dialing code we know; otherwise a mainland mobile. */
    static String phoneIn(String country, Random r) {
        String code = DIALING_CODES.get(country);
        return code == null ? mobile(r) : "+" + code + " " + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 4);
    }

    static String university(String country, Random r) {
        List<String> list = UNIVERSITIES.get(country);
        return list == null ? "University of " + country : Allocation.pick(list, r);
    }

    static String digits(Random r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    /** An address on a reserved domain (RFC 2606): it looks real and can never be delivered. */
    static String email(Person p, Word brand, Random r) {
        String local = switch (r.nextInt(3)) {
            case 0 -> p.latinGiven() + "." + p.latinFamily();
            case 1 -> p.latinFamily() + p.latinGiven();
            default -> p.latinGiven().charAt(0) + p.latinFamily() + digits(r, 2);
        };
        return local.replace("-", "") + "@" + brand.latin().replaceAll("[^a-z]", "") + ".example";
    }

    private static void university(String country, String... names) {
        UNIVERSITIES.put(country, List.of(names));
    }

    private static List<Word> words(String pairs) {
        String[] parts = pairs.trim().split("\\s+");
        java.util.ArrayList<Word> list = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            list.add(new Word(parts[i], parts[i + 1]));
        }
        return List.copyOf(list);
    }

    /** "key weight key weight …" as an ordered map. */
    static Map<String, Double> weights(String pairs) {
        String[] parts = pairs.trim().split("\\s+");
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            map.put(parts[i], Double.valueOf(parts[i + 1]));
        }
        return map;
    }
}
