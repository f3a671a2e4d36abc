package org.openintl.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A dozen partners in the countries the office works with, and partnerships of every kind in several states. */
final class DemoPartnerships {

    private final GatewayClient api;
    private final LocalDate today;
    private final Map<String, String> partnerIds = new HashMap<>();
    /** Partnership ids by demo key, with the state they were brought to. */
    final Map<String, String> partnershipIds = new LinkedHashMap<>();

    final List<String> problems = new ArrayList<>();

    DemoPartnerships(GatewayClient api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    void load() {
        partner("snu", "KR", "首尔大学", "Seoul National University", "서울대학교", "Seoul");
        partner("khu", "KR", "庆熙大学", "Kyung Hee University", "경희대학교", "Seoul");
        partner("ed", "GB", "爱丁堡大学", "University of Edinburgh", null, "Edinburgh");
        partner("msu", "RU", "莫斯科国立大学", "Lomonosov Moscow State University", "모스크바 국립대학교", "Moscow");
        partner("bsu", "BY", "白俄罗斯国立大学", "Belarusian State University", null, "Minsk");
        partner("chula", "TH", "朱拉隆功大学", "Chulalongkorn University", "쭐랄롱꼰 대학교", "Bangkok");
        partner("nust", "PK", "巴基斯坦国立科技大学", "National University of Sciences and Technology", null, "Islamabad");
        partner("kaznu", "KZ", "哈萨克斯坦阿里-法拉比国立大学", "Al-Farabi Kazakh National University", null, "Almaty");
        partner("vnu", "VN", "越南河内国家大学", "Vietnam National University, Hanoi", null, "Hanoi");
        partner("nuol", "LA", "老挝国立大学", "National University of Laos", null, "Vientiane");
        partner("um", "MY", "马来亚大学", "Universiti Malaya", null, "Kuala Lumpur");
        partner("tum", "DE", "慕尼黑工业大学", "Technical University of Munich", null, "Munich");
        partner("monash", "AU", "莫纳什大学", "Monash University", "모내시 대학교", "Melbourne");
        partnerOfType("moeys", "KH", "柬埔寨教育青年与体育部", "Ministry of Education, Youth and Sport of Cambodia", "GOVERNMENT");

        partnership(
                "ed-cs",
                "JOINT_PROGRAM",
                "ed",
                "中英计算机科学与技术本科合作办学项目",
                "BSc Computer Science joint program with Edinburgh",
                "School of Computer Science",
                today.minusYears(5),
                today.plusYears(5),
                program("MOE44GB2A20200123N", "BACHELOR", 120, today.plusDays(80), today.plusDays(25)),
                null,
                "ACTIVE");
        partnership(
                "monash-inst",
                "JOINT_INSTITUTE",
                "monash",
                "莫纳什联合学院",
                "Monash Joint Institute",
                "Monash Joint Institute",
                today.minusYears(3),
                today.plusYears(7),
                program("MOE44AU1A20220045O", "MASTER", 200, today.plusYears(7), today.plusYears(1)),
                null,
                "ACTIVE");
        partnership(
                "snu-exchange",
                "STUDENT_EXCHANGE",
                "snu",
                "中韩本科生交换协议",
                "Undergraduate exchange with Seoul National University",
                "International Office",
                today.minusYears(3),
                today.plusDays(25),
                null,
                null,
                "ACTIVE");
        partnership(
                "khu-exchange",
                "STUDENT_EXCHANGE",
                "khu",
                "庆熙大学学生交换协议",
                "Student exchange with Kyung Hee",
                "International Office",
                today.plusMonths(2),
                today.plusYears(5),
                null,
                null,
                "SIGNED");
        partnership(
                "msu-mou",
                "MOU",
                "msu",
                "中俄高校合作备忘录",
                "Memorandum of understanding with MSU",
                "President's Office",
                today.minusYears(4),
                today.plusDays(150),
                null,
                null,
                "ACTIVE");
        partnership(
                "bsu-lab",
                "RESEARCH_PLATFORM",
                "bsu",
                "中白新材料联合实验室",
                "China-Belarus joint laboratory of new materials",
                "School of Materials Science",
                today.minusYears(2),
                today.plusYears(3),
                null,
                null,
                "ACTIVE");
        partnership(
                "laos-school",
                "SCHOOL_ABROAD",
                "nuol",
                "老挝鲁班工坊",
                "Luban Workshop in Laos",
                "School of Vocational Education",
                today.minusYears(1),
                today.plusYears(4),
                null,
                Map.of("hostCountry", "LA", "corridor", "NEW_LAND_SEA_CORRIDOR"),
                "ACTIVE");
        partnership(
                "chula-staff",
                "STAFF_EXCHANGE",
                "chula",
                "中泰教师交流协议",
                "Staff exchange with Chulalongkorn",
                "Human Resources Office",
                today.plusMonths(3),
                today.plusYears(3),
                null,
                null,
                "NEGOTIATING");
        partnership(
                "tum-talent",
                "TALENT_PROGRAM",
                "tum",
                "海外高层次人才引进计划",
                "Overseas talent programme with TUM",
                "Human Resources Office",
                today.plusMonths(6),
                today.plusYears(5),
                null,
                null,
                "PROPOSED");
        partnership(
                "nust-ms",
                "JOINT_PROGRAM",
                "nust",
                "中巴土木工程硕士合作办学项目",
                "MSc Civil Engineering joint program with NUST",
                "School of Civil Engineering",
                today.plusMonths(4),
                today.plusYears(6),
                program("MOE44PK2A20260011N", "MASTER", 40, today.plusYears(6), null),
                null,
                "SIGNED");
        partnership(
                "kaznu-mou",
                "MOU",
                "kaznu",
                "中哈高校合作备忘录",
                "Memorandum of understanding with KazNU",
                "International Office",
                today.minusYears(2),
                today.plusYears(1),
                null,
                null,
                "SUSPENDED");
        partnership(
                "vnu-exchange",
                "STUDENT_EXCHANGE",
                "vnu",
                "中越学生交换协议",
                "Student exchange with VNU Hanoi",
                "International Office",
                today.minusYears(4),
                today.minusDays(10),
                null,
                null,
                "EXPIRED");
        partnership(
                "um-mou",
                "MOU",
                "um",
                "中马合作备忘录",
                "Memorandum of understanding with Universiti Malaya",
                "International Office",
                today.minusYears(1),
                today.plusYears(2),
                null,
                null,
                "TERMINATED");
        partnership(
                "cambodia-school",
                "SCHOOL_ABROAD",
                "moeys",
                "柬埔寨中文教育中心",
                "Chinese education centre in Cambodia",
                "School of International Education",
                today.plusMonths(1),
                today.plusYears(5),
                null,
                Map.of("hostCountry", "KH", "corridor", "BELT_AND_ROAD"),
                "SIGNED");
        partnership(
                "khu-bsc",
                "JOINT_PROGRAM",
                "khu",
                "中韩国际经济与贸易本科合作办学项目",
                "BA International Economics and Trade joint program with Kyung Hee",
                "School of Economics",
                today.minusYears(4),
                today.plusDays(60),
                program("MOE44KR2A20180077N", "BACHELOR", 90, today.plusDays(60), today.plusYears(1)),
                null,
                "ACTIVE");
    }

    String partnershipId(String key) {
        return partnershipIds.get(key);
    }

    String partnerId(String key) {
        return partnerIds.get(key);
    }

    private void partner(String key, String country, String zh, String en, String ko, String city) {
        Map<String, Object> name = new HashMap<>(Map.of("zh", zh, "en", en));
        if (ko != null) {
            name.put("ko", ko);
        }
        var body = new HashMap<String, Object>(Map.of("name", name, "country", country, "type", "UNIVERSITY"));
        body.put("city", city);
        body.put("contacts", List.of(Map.of("name", "International Relations Office", "role", "Partnership desk")));
        register(key, body);
    }

    private void partnerOfType(String key, String country, String zh, String en, String type) {
        register(key, Map.of("name", Map.of("zh", zh, "en", en), "country", country, "type", type));
    }

    private void register(String key, Map<String, Object> body) {
        var r = api.post("/api/partners", body, "demo-v1-partner-" + key);
        if (r.ok()) {
            partnerIds.put(key, r.id());
        } else if (!r.alreadyLoaded()) {
            problems.add("partner " + key + ": " + r);
        }
    }

    private Map<String, Object> program(
            String approval, String level, int quota, LocalDate approvalExpiry, LocalDate evaluationDue) {
        Map<String, Object> p = new HashMap<>(Map.of(
                "approvalNumber", approval,
                "level", level,
                "annualQuota", quota,
                "majors", List.of("see the approval"),
                "enrolmentStartYear", today.minusYears(5).getYear(),
                "enrolmentEndYear", today.plusYears(5).getYear(),
                "approvalExpiry", approvalExpiry.toString()));
        if (evaluationDue != null) {
            p.put(
                    "evaluations",
                    List.of(Map.of(
                            "year",
                            today.minusYears(2).getYear(),
                            "result",
                            "QUALIFIED",
                            "nextDueDate",
                            evaluationDue.toString())));
        }
        return p;
    }

    private void partnership(
            String key,
            String type,
            String partner,
            String zh,
            String en,
            String unit,
            LocalDate start,
            LocalDate end,
            Map<String, Object> program,
            Map<String, Object> schoolAbroad,
            String target) {
        String partnerId = partnerIds.get(partner);
        if (partnerId == null) {
            return;
        }
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("zh", zh, "en", en));
        body.put("type", type);
        body.put("partnerIds", List.of(partnerId));
        body.put("responsibleUnit", unit);
        body.put("coordinator", "Foreign Affairs Office");
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("noticeDays", 90);
        if (program != null) {
            body.put("program", program);
        }
        if (schoolAbroad != null) {
            body.put("schoolAbroad", schoolAbroad);
        }
        var r = api.post("/api/partnerships", body, "demo-v1-partnership-" + key);
        if (r.alreadyLoaded()) {
            return;
        }
        if (!r.ok()) {
            problems.add("partnership " + key + ": " + r);
            return;
        }
        String id = r.id();
        partnershipIds.put(key, id);
        String current = r.json().get("status").asString();
        if (!current.equals("PROPOSED")) {
            return; // loaded before: leave it where it is
        }
        for (String step : path(target)) {
            var moved =
                    api.post("/api/partnerships/" + id + "/transitions", Map.of("to", step, "note", "demo data"), null);
            if (!moved.ok()) {
                problems.add("partnership " + key + " -> " + step + ": " + moved);
                return;
            }
        }
    }

    private static List<String> path(String target) {
        switch (target) {
            case "NEGOTIATING":
                return List.of("NEGOTIATING");
            case "SIGNED":
                return List.of("NEGOTIATING", "SIGNED");
            case "ACTIVE":
                return List.of("SIGNED", "ACTIVE");
            case "SUSPENDED":
                return List.of("SIGNED", "ACTIVE", "SUSPENDED");
            case "EXPIRED":
                return List.of("SIGNED", "ACTIVE", "EXPIRED");
            case "TERMINATED":
                return List.of("SIGNED", "ACTIVE", "TERMINATED");
            default:
                return List.of();
        }
    }
}
