package org.openintl.localstack.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * High-end overseas talent candidates (海外高层次人才) at every stage of the pipeline; the two who arrive become
 * experts and give news-service its arrival drafts. Fixed idempotency keys: a second load adds nothing.
 */
final class DemoTalent {

    /** Name (invented), nationality, program, college, field, position, the stage the demo takes it to. */
    private static final String[][] CANDIDATES = {
        {
            "Grace Miller",
            "US",
            "Overseas High-level Talent Program",
            "School of Chemistry",
            "Catalysis",
            "RESEARCH",
            "ARRIVED"
        },
        {
            "Hiroshi Sato",
            "JP",
            "High-end Foreign Experts Program",
            "School of Materials Science",
            "Thin films",
            "RESEARCH",
            "ARRIVED"
        },
        {
            "Elena Rossi",
            "IT",
            "Overseas High-level Talent Program",
            "School of Physics",
            "Quantum optics",
            "RESEARCH",
            "ACCEPTED"
        },
        {
            "Lukas Meyer",
            "DE",
            "High-end Foreign Experts Program",
            "School of Computer Science",
            "Distributed systems",
            "TEACHING",
            "OFFERED"
        },
        {
            "Amara Okoye",
            "NG",
            "Young Overseas Talent Program",
            "School of Medicine",
            "Epidemiology",
            "RESEARCH",
            "INTERVIEWED"
        },
        {
            "Sofia Petrova",
            "BG",
            "Young Overseas Talent Program",
            "School of Economics",
            "Development economics",
            "TEACHING",
            "CONTACTED"
        },
        {
            "Rahul Mehta",
            "IN",
            "Overseas High-level Talent Program",
            "School of Computer Science",
            "Machine learning",
            "RESEARCH",
            "IDENTIFIED"
        },
        {
            "Jean Dupont",
            "FR",
            "High-end Foreign Experts Program",
            "School of Foreign Languages",
            "Linguistics",
            "TEACHING",
            "DECLINED"
        },
    };

    private static final List<String> PIPELINE = List.of("CONTACTED", "INTERVIEWED", "OFFERED", "ACCEPTED", "ARRIVED");

    private final GatewayClient api;
    final List<String> problems = new ArrayList<>();
    int loaded;

    DemoTalent(GatewayClient api) {
        this.api = api;
    }

    void load() {
        for (int i = 0; i < CANDIDATES.length; i++) {
            candidate(i, CANDIDATES[i]);
        }
    }

    private void candidate(int n, String[] c) {
        var created = api.post(
                "/api/talent",
                Map.of(
                        "name", c[0],
                        "nationality", c[1],
                        "program", c[2],
                        "college", c[3],
                        "field", c[4],
                        "position", c[5]),
                "demo-v1-talent-" + n);
        if (created.alreadyLoaded()) {
            return;
        }
        if (!created.ok()) {
            problems.add("talent " + n + ": " + created);
            return;
        }
        loaded++;
        String id = created.id();
        String target = c[6];
        if (target.equals("DECLINED")) {
            move(id, "CONTACTED");
            move(id, "DECLINED");
            return;
        }
        for (String stage : PIPELINE) {
            if (target.equals("IDENTIFIED") || !move(id, stage) || stage.equals(target)) {
                return;
            }
        }
    }

    private boolean move(String id, String to) {
        var r = api.post("/api/talent/" + id + "/transitions", Map.of("to", to, "note", "demo data"), null);
        if (!r.ok()) {
            problems.add("talent " + id + " -> " + to + ": " + r);
        }
        return r.ok();
    }
}
