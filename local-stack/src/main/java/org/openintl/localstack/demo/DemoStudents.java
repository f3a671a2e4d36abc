package org.openintl.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A few hundred students from more than thirty countries, across categories and states, some under the demo
 * partnerships and some with residence permits or passports running out soon. Generated from a fixed seed, so a
 * second load finds the same students (same idempotency keys) instead of adding more.
 */
final class DemoStudents {

    /** Nationality, then family names and given names typical there (invented combinations, no real people). */
    private static final String[][] PEOPLE = {
        {"KR", "Kim,Lee,Park,Choi,Jung", "Minjun,Seoyeon,Jiho,Hayoon,Doyun"},
        {"TH", "Suwannarat,Chaiyaporn,Srisuk,Thongdee", "Napat,Siriporn,Kittisak,Ploy"},
        {"PK", "Khan,Ahmed,Malik,Hussain", "Ayesha,Bilal,Fatima,Hamza"},
        {"KZ", "Nurlanov,Seitkali,Abenov,Zhaksylykova", "Aruzhan,Daniyar,Madina,Yerlan"},
        {"RU", "Ivanov,Smirnova,Kuznetsov,Popova", "Alexei,Daria,Ivan,Polina"},
        {"BY", "Kovalenko,Novik,Shevchuk,Lukashevich", "Artem,Katsiaryna,Maksim,Yana"},
        {"VN", "Nguyen,Tran,Le,Pham", "Anh,Linh,Minh,Thao"},
        {"LA", "Phommachanh,Sisavath,Vongsa,Keomany", "Bounmy,Khamla,Noy,Somphone"},
        {"KH", "Sok,Chan,Kim,Heng", "Dara,Sophea,Vuthy,Chenda"},
        {"MY", "Abdullah,Tan,Lim,Rahman", "Aisyah,Wei Jie,Nurul,Arif"},
        {"ID", "Santoso,Wijaya,Saputra,Hidayat", "Putri,Budi,Dewi,Rizky"},
        {"MN", "Bat-Erdene,Ganbold,Dorj,Tserendorj", "Enkhjin,Temuulen,Nomin,Bilguun"},
        {"NP", "Shrestha,Gurung,Tamang,Adhikari", "Aarati,Bibek,Sujata,Prakash"},
        {"BD", "Rahman,Hossain,Akter,Islam", "Tanvir,Nusrat,Rafi,Sadia"},
        {"LK", "Perera,Fernando,Silva,Jayasinghe", "Kasun,Nimali,Tharindu,Dilani"},
        {"UZ", "Karimov,Rakhimova,Tursunov,Yusupova", "Jasur,Dilnoza,Otabek,Malika"},
        {"KG", "Asanov,Bakirova,Toktogulov,Sydykova", "Aibek,Aizada,Nurlan,Cholpon"},
        {"TJ", "Rahimov,Nazarova,Saidov,Karimova", "Firuz,Mehrona,Jamshed,Zarina"},
        {"EG", "Hassan,Mohamed,Ibrahim,Mahmoud", "Omar,Nour,Youssef,Salma"},
        {"NG", "Okafor,Adeyemi,Balogun,Eze", "Chinedu,Amaka,Tunde,Ngozi"},
        {"KE", "Otieno,Wanjiru,Kamau,Mwangi", "Brian,Faith,Kevin,Mercy"},
        {"ET", "Tesfaye,Bekele,Alemu,Girma", "Abebe,Hana,Dawit,Selam"},
        {"GH", "Mensah,Owusu,Boateng,Asante", "Kwame,Akosua,Kofi,Ama"},
        {"TZ", "Mushi,Massawe,Kimaro,Mollel", "Baraka,Neema,Juma,Rehema"},
        {"ZM", "Banda,Phiri,Mwale,Zulu", "Chanda,Mutale,Bwalya,Natasha"},
        {"CM", "Nkembe,Fotso,Mbarga,Tchoupo", "Arnaud,Brenda,Cedric,Laure"},
        {"MA", "El Idrissi,Benali,Alaoui,Bennani", "Yassine,Salma,Hamza,Imane"},
        {"YE", "Al-Ahmadi,Saleh,Al-Hakimi,Qasim", "Ali,Huda,Ahmed,Mariam"},
        {"AF", "Ahmadi,Rahimi,Hakimi,Karimi", "Farid,Mina,Hamid,Sara"},
        {"IR", "Hosseini,Mohammadi,Rezaei,Karimi", "Reza,Maryam,Amir,Zahra"},
        {"US", "Smith,Johnson,Garcia,Miller", "Emily,James,Olivia,Noah"},
        {"GB", "Taylor,Brown,Wilson,Evans", "Oliver,Amelia,Harry,Isla"},
        {"DE", "Müller,Schmidt,Schneider,Fischer", "Lukas,Mia,Leon,Hannah"},
        {"FR", "Martin,Bernard,Dubois,Moreau", "Hugo,Chloé,Louis,Léa"},
        {"JP", "Sato,Suzuki,Takahashi,Tanaka", "Haruto,Yui,Sota,Hina"},
        {"BR", "Silva,Santos,Oliveira,Souza", "Gabriel,Ana,Lucas,Beatriz"},
    };

    private static final String[] CATEGORIES = {
        "BACHELOR",
        "BACHELOR",
        "BACHELOR",
        "MASTER",
        "MASTER",
        "DOCTORAL",
        "LANGUAGE",
        "LANGUAGE",
        "EXCHANGE",
        "NON_DEGREE",
        "SHORT_TERM",
        "VISITING_SCHOLAR"
    };
    private static final String[] COLLEGES = {
        "School of Computer Science", "School of Economics", "School of Civil Engineering",
        "College of Chinese Language and Culture", "School of Medicine", "School of Materials Science"
    };
    private static final String[] FUNDING = {"CSC", "CSC", "PROVINCIAL", "UNIVERSITY", "PARTNER", "SELF_FUNDED"};
    private static final String[] COUNSELORS = {"Wang Fang", "Li Na", "Zhang Wei", "Liu Yang"};

    private final GatewayClient api;
    private final LocalDate today;
    private final DemoPartnerships partnerships;
    final List<String> problems = new ArrayList<>();
    int loaded;

    DemoStudents(GatewayClient api, LocalDate today, DemoPartnerships partnerships) {
        this.api = api;
        this.today = today;
        this.partnerships = partnerships;
    }

    void load(int count) {
        for (int i = 0; i < count; i++) {
            student(i);
        }
    }

    private void student(int n) {
        // one generator per student, so that a second load builds identical requests (same idempotency result)
        Random random = new Random(20190530L * 31 + n);
        String[] people = PEOPLE[n % PEOPLE.length];
        String[] families = people[1].split(",");
        String[] givens = people[2].split(",");
        String category = pick(random, CATEGORIES);
        String funding = pick(random, FUNDING);
        Map<String, Object> body = new HashMap<>();
        body.put("familyName", families[random.nextInt(families.length)]);
        body.put("givenName", givens[random.nextInt(givens.length)]);
        body.put("nationality", people[0]);
        body.put("gender", random.nextBoolean() ? "FEMALE" : "MALE");
        body.put(
                "dateOfBirth",
                today.minusYears(18 + random.nextInt(14))
                        .minusDays(random.nextInt(365))
                        .toString());
        body.put("passportNumber", people[0] + String.format("%07d", random.nextInt(10_000_000)));
        body.put("category", category);
        body.put("college", pick(random, COLLEGES));
        body.put("program", category.equals("LANGUAGE") ? "Chinese Language" : "Degree program");
        body.put(
                "funding",
                funding.equals("CSC")
                        ? Map.of("type", "CSC", "program", "Chinese Government Scholarship - Bilateral Program")
                        : Map.of("type", funding));
        body.put("counselor", pick(random, COUNSELORS));
        body.put(
                "expectedGraduation",
                today.plusYears(1 + random.nextInt(3))
                        .withMonth(7)
                        .withDayOfMonth(1)
                        .toString());
        body.put("contact", Map.of("email", "student" + n + "@example.edu"));
        String partnership = partnershipFor(people[0], n);
        if (partnership != null) {
            body.put("partnershipId", partnership);
        }
        int roll = random.nextInt(100);
        if (roll < 6) {
            body.put("status", "APPLIED");
        }
        var created = api.post("/api/students", body, "demo-v1-student-" + n);
        for (int attempt = 0;
                created.status() == 422 && created.body().contains("partnershipId") && attempt < 20;
                attempt++) {
            // the partnership's events may still be on their way to the student service
            pause();
            created = api.post("/api/students", body, "demo-v1-student-" + n);
        }
        if (created.alreadyLoaded()) {
            return;
        }
        if (!created.ok()) {
            problems.add("student " + n + ": " + created);
            return;
        }
        loaded++;
        String id = created.id();
        if (!created.json().get("status").asString().equals("ADMITTED") || roll < 15) {
            return; // applied, loaded before, or still admitted
        }
        move(id, "ENROLLED");
        documents(id, people[0], random);
        if (roll >= 90) {
            move(id, "GRADUATED");
        } else if (roll >= 87) {
            move(id, "SUSPENDED");
        } else if (roll >= 85) {
            move(id, "WITHDRAWN");
        }
    }

    private String partnershipFor(String nationality, int n) {
        if (n % 5 != 0) {
            return null;
        }
        switch (nationality) {
            case "KR":
                return partnerships.partnershipId(n % 2 == 0 ? "snu-exchange" : "khu-bsc");
            case "GB":
            case "US":
                return partnerships.partnershipId("ed-cs");
            case "PK":
                return partnerships.partnershipId("nust-ms");
            default:
                return n % 3 == 0 ? partnerships.partnershipId("monash-inst") : null;
        }
    }

    private void documents(String id, String nationality, Random random) {
        int soon = random.nextInt(100);
        LocalDate permitExpiry = soon < 10
                ? today.plusDays(3 + random.nextInt(5))
                : soon < 25
                        ? today.plusDays(20 + random.nextInt(40))
                        : today.plusYears(1).plusDays(random.nextInt(300));
        api.put(
                "/api/students/" + id + "/documents/PASSPORT",
                Map.of(
                        "number", nationality + "P" + (100000 + random.nextInt(900000)),
                        "issueDate", today.minusYears(3).toString(),
                        "expiryDate",
                                today.plusYears(soon < 5 ? 0 : 5).plusDays(25).toString()));
        var permit = api.put(
                "/api/students/" + id + "/documents/RESIDENCE_PERMIT",
                Map.of(
                        "number", "RP" + (1000000 + random.nextInt(9000000)),
                        "issueDate", today.minusMonths(10).toString(),
                        "expiryDate", permitExpiry.toString()));
        if (!permit.ok()) {
            problems.add("residence permit of " + id + ": " + permit);
        }
    }

    private void move(String id, String to) {
        var r = api.post("/api/students/" + id + "/transitions", Map.of("to", to), null);
        if (!r.ok()) {
            problems.add("student " + id + " -> " + to + ": " + r);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
