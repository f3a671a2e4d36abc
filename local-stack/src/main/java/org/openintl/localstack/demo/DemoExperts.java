package org.openintl.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Foreign experts (外籍专家) from a dozen countries, in every state, with their documents: most far from any deadline,
 * some with a work permit, residence permit or contract running out soon, so that the alerts and the board show
 * something. Generated from a fixed seed with fixed idempotency keys: a second load adds nothing.
 */
final class DemoExperts {

    /** Nationality, names (invented), Chinese names, fields. */
    private static final String[][] PEOPLE = {
        {"DE", "Anna Becker,Jonas Weber,Lena Hoffmann", "贝安娜,韦约纳斯,霍莲娜"},
        {"US", "Michael Brown,Sarah Davis,Daniel Wilson", "布迈克,戴莎拉,威丹尼"},
        {"GB", "Thomas Clarke,Emma Hughes", "柯托马,休艾玛"},
        {"RU", "Sergei Volkov,Irina Sokolova", "沃谢尔盖,索伊琳娜"},
        {"KR", "Park Jiwoo,Lee Sumin", "朴智宇,李秀敏"},
        {"JP", "Takeshi Yamamoto,Aiko Nakamura", "山本武,中村爱子"},
        {"FR", "Camille Laurent,Nicolas Petit", "罗卡米,佩尼古拉"},
        {"AU", "Olivia Thompson,Jack Robinson", "汤奥利,罗杰克"},
        {"PK", "Imran Qureshi,Sana Javed", "库伊姆兰,贾萨娜"},
        {"TH", "Somchai Wongsawat,Kanya Rattanakul", "翁颂猜,拉坎雅"},
        {"EG", "Ahmed Farouk,Mona Said", "法艾哈迈德,赛莫娜"},
        {"BY", "Pavel Kozlov,Alena Zhuk", "科帕维尔,朱阿廖娜"},
    };

    private static final String[] COLLEGES = {
        "School of Foreign Languages",
        "School of Physics",
        "School of Computer Science",
        "School of Economics",
        "School of Chemistry",
        "School of Medicine"
    };
    private static final String[] POSITIONS = {"TEACHING", "TEACHING", "RESEARCH", "RESEARCH", "MANAGEMENT"};
    private static final String[] CATEGORIES = {"A", "A", "B", "B", "B", "C"};

    private final GatewayClient api;
    private final LocalDate today;
    final List<String> problems = new ArrayList<>();
    int loaded;

    DemoExperts(GatewayClient api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    void load(int count) {
        for (int i = 0; i < count; i++) {
            expert(i);
        }
    }

    private void expert(int n) {
        Random random = new Random(20260917L * 31 + n);
        String[] people = PEOPLE[n % PEOPLE.length];
        String[] names = people[1].split(",");
        String[] chinese = people[2].split(",");
        int who = (n / PEOPLE.length) % names.length;
        LocalDate contractStart = today.minusMonths(2 + random.nextInt(30)).withDayOfMonth(1);
        int roll = random.nextInt(100);
        // a few contracts end within 90 days: their renewal decision is due now
        LocalDate contractEnd = roll < 12 ? today.plusDays(60 + random.nextInt(40)) : contractStart.plusYears(3);
        Map<String, Object> body = new HashMap<>();
        body.put("name", names[who]);
        body.put("chineseName", chinese[who]);
        body.put("nationality", people[0]);
        body.put("gender", random.nextBoolean() ? "FEMALE" : "MALE");
        body.put(
                "dateOfBirth",
                today.minusYears(32 + random.nextInt(30))
                        .minusDays(random.nextInt(365))
                        .toString());
        body.put("passportNumber", people[0] + String.format("%07d", random.nextInt(10_000_000)));
        body.put("permitCategory", pick(random, CATEGORIES));
        body.put("college", pick(random, COLLEGES));
        body.put("position", pick(random, POSITIONS));
        body.put("contractStart", contractStart.toString());
        body.put("contractEnd", contractEnd.toString());
        body.put("teachingLoad", 4 + random.nextInt(12));
        if (roll % 4 == 0) {
            body.put("talentProgram", "High-end Foreign Experts Recruitment Program");
        }
        body.put("accommodationSince", contractStart.toString());
        var created = api.post("/api/experts", body, "demo-v1-expert-" + n);
        if (created.alreadyLoaded()) {
            return;
        }
        if (!created.ok()) {
            problems.add("expert " + n + ": " + created);
            return;
        }
        loaded++;
        String id = created.id();
        if (roll >= 94) {
            return; // still a candidate
        }
        move(id, "CONTRACTED");
        documents(id, people[0], contractStart, random);
        if (roll >= 90) {
            return; // contracted, not yet in service
        }
        move(id, "IN_SERVICE");
        if (roll >= 86) {
            move(id, "ON_LEAVE");
        } else if (roll >= 82) {
            move(id, "DEPARTED");
        }
    }

    private void documents(String id, String nationality, LocalDate arrived, Random random) {
        int soon = random.nextInt(100);
        LocalDate permitExpiry = soon < 12
                ? today.plusDays(35 + random.nextInt(20)) // renewal due 30 days before: within the next 25 days
                : today.plusYears(1).plusDays(random.nextInt(300));
        LocalDate residenceExpiry = soon >= 12 && soon < 20
                ? today.plusDays(5 + random.nextInt(40))
                : today.plusYears(1).plusDays(random.nextInt(300));
        file(
                id,
                "PASSPORT",
                Map.of(
                        "number", nationality + "P" + (100000 + random.nextInt(900000)),
                        "issueDate", today.minusYears(4).toString(),
                        "expiryDate", today.plusYears(6).toString()));
        file(
                id,
                "WORK_PERMIT",
                Map.of(
                        "number", "WP" + (10000000 + random.nextInt(90000000)),
                        "issueDate", arrived.minusMonths(2).toString(),
                        "expiryDate", permitExpiry.toString()));
        LocalDate entry = arrived.isAfter(today) ? today : arrived;
        file(
                id,
                "Z_VISA",
                Map.of(
                        "number", "Z" + (1000000 + random.nextInt(9000000)),
                        "issueDate", entry.minusMonths(1).toString(),
                        "expiryDate", entry.plusMonths(2).toString(),
                        "entryDate", entry.toString()));
        file(
                id,
                "RESIDENCE_PERMIT",
                Map.of(
                        "number",
                        "RP" + (1000000 + random.nextInt(9000000)),
                        "issueDate",
                        entry.plusDays(20).isAfter(today)
                                ? today.toString()
                                : entry.plusDays(20).toString(),
                        "expiryDate",
                        residenceExpiry.toString()));
        if (soon >= 5) {
            file(id, "ACCOMMODATION_REGISTRATION", Map.of("issueDate", entry.toString()));
        }
    }

    private void file(String id, String type, Map<String, Object> document) {
        var r = api.put("/api/experts/" + id + "/documents/" + type, document);
        if (!r.ok()) {
            problems.add(type + " of expert " + id + ": " + r);
        }
    }

    /** Moves happen today: the history of a record created today cannot start before it. */
    private void move(String id, String to) {
        var r = api.post("/api/experts/" + id + "/transitions", Map.of("to", to, "note", "demo data"), null);
        if (!r.ok()) {
            problems.add("expert " + id + " -> " + to + ": " + r);
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
