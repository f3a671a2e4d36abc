package org.openintl.localstack.demo;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the demo set through the gateway, as an administrator would, so that every event flows as in real use.
 * Loading twice changes nothing: every create carries a fixed idempotency key.
 */
public final class DemoData {

    private static final int STUDENTS = 320;
    private static final int EXPERTS = 36;

    private DemoData() {}

    /** @return the problems met (empty when everything loaded) */
    public static List<String> load(URI gateway, Path gatewayDataDir, PrintStream out) {
        Instant start = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        GatewayClient api = new GatewayClient(gateway);
        api.login(gatewayDataDir);
        out.println("[demo] loading partners and partnerships ...");
        DemoPartnerships partnerships = new DemoPartnerships(api, today);
        partnerships.load();
        out.println("[demo] loading " + STUDENTS + " students ...");
        DemoStudents students = new DemoStudents(api, today, partnerships);
        students.load(STUDENTS);
        out.println("[demo] loading news articles ...");
        DemoNews news = new DemoNews(api, partnerships);
        news.load(today);
        out.println("[demo] loading " + EXPERTS + " foreign experts, overseas talent and staff trips ...");
        DemoExperts experts = new DemoExperts(api, today);
        experts.load(EXPERTS);
        DemoTalent talent = new DemoTalent(api);
        talent.load();
        DemoStaffTrips trips = new DemoStaffTrips(api, today, partnerships);
        trips.load();
        List<String> problems = new ArrayList<>();
        problems.addAll(partnerships.problems);
        problems.addAll(students.problems);
        problems.addAll(news.problems);
        problems.addAll(experts.problems);
        problems.addAll(talent.problems);
        problems.addAll(trips.problems);
        out.printf(
                "[demo] %d partnerships, %d students, %d experts, %d talent candidates, %d staff trips and the articles"
                        + " loaded in %d s%s%n",
                partnerships.partnershipIds.size(),
                students.loaded,
                experts.loaded,
                talent.loaded,
                trips.loaded,
                Duration.between(start, Instant.now()).toSeconds(),
                problems.isEmpty() ? "" : "; " + problems.size() + " problem(s):");
        problems.stream().limit(20).forEach(p -> out.println("[demo]   " + p));
        return problems;
    }
}
