package org.openintl.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Teaching and research staff going abroad (教师出国研修 and outbound visits): trips to partners under the demo
 * agreements and to other hosts, for every purpose and at every step of the approval, so that partnership-service
 * counts staff abroad per agreement and news-service drafts the delegations that came back. Fixed idempotency keys.
 */
final class DemoStaffTrips {

    /**
     * Staff id, name (invented), college, country, host partner key (or null), host name when not a partner, the
     * agreement (SIGNED or ACTIVE in the demo, or none), purpose, the step the demo takes the trip to.
     */
    private static final String[][] TRIPS = {
        {
            "T1998011",
            "Zhou Min",
            "School of Foreign Languages",
            "KR",
            "snu",
            null,
            "snu-exchange",
            "DELEGATION",
            "RETURNED"
        },
        {"T2003027", "Chen Jie", "School of Computer Science", "GB", "ed", null, "ed-cs", "STUDY", "DEPARTED"},
        {"T2010154", "Liu Yan", "School of Economics", "KR", "khu", null, "khu-exchange", "TEACHING", "DEPARTED"},
        {"T2012033", "Sun Hao", "School of Physics", "DE", "tum", null, null, "RESEARCH", "APPROVED"},
        {"T2015078", "Ma Li", "School of Materials Science", "BY", "bsu", null, "bsu-lab", "RESEARCH", "REPORTED"},
        {"T2016102", "Guo Qiang", "School of Foreign Languages", "TH", "chula", null, null, "DELEGATION", "DEPARTED"},
        {
            "T2018006",
            "He Xin",
            "School of Medicine",
            "US",
            null,
            "Johns Hopkins University",
            null,
            "CONFERENCE",
            "RETURNED"
        },
        {"T2019044", "Lin Tao", "School of Chemistry", "JP", null, "Kyoto University", null, "RESEARCH", "SUBMITTED"},
        {
            "T2020019",
            "Xu Fang",
            "School of Civil Engineering",
            "LA",
            "nuol",
            null,
            "laos-school",
            "DELEGATION",
            "REJECTED"
        },
        {"T2021087", "Wu Jing", "School of Economics", "RU", "msu", null, "msu-mou", "CONFERENCE", "DRAFT"},
    };

    private static final List<String> APPROVAL = List.of("SUBMITTED", "APPROVED", "DEPARTED", "RETURNED", "REPORTED");

    private final GatewayClient api;
    private final LocalDate today;
    private final DemoPartnerships partnerships;
    final List<String> problems = new ArrayList<>();
    int loaded;

    DemoStaffTrips(GatewayClient api, LocalDate today, DemoPartnerships partnerships) {
        this.api = api;
        this.today = today;
        this.partnerships = partnerships;
    }

    void load() {
        for (int i = 0; i < TRIPS.length; i++) {
            trip(i, TRIPS[i]);
        }
    }

    private void trip(int n, String[] t) {
        Map<String, Object> body = new HashMap<>();
        body.put("staffId", t[0]);
        body.put("staffName", t[1]);
        body.put("college", t[2]);
        body.put("countries", List.of(t[3]));
        String host = t[4] == null ? null : partnerships.partnerId(t[4]);
        if (host != null) {
            body.put("hostPartnerId", host);
        } else {
            body.put("hostInstitution", t[5] != null ? t[5] : t[4]);
        }
        String partnership = t[6] == null ? null : partnerships.partnershipId(t[6]);
        if (partnership != null && host != null) {
            body.put("partnershipId", partnership);
        }
        body.put("purpose", t[7]);
        // every move happens today in the demo (a record's history cannot start before it was recorded)
        body.put("startDate", today.toString());
        body.put("endDate", today.plusDays(t[7].equals("STUDY") ? 180 : 10).toString());
        body.put("fundingSource", t[7].equals("STUDY") ? "CSC" : "UNIVERSITY");
        body.put("fundingAmount", 20000 + 5000 * n);
        var created = api.post("/api/staff-trips", body, "demo-v1-staff-trip-" + n);
        for (int attempt = 0; created.status() == 422 && !created.alreadyLoaded() && attempt < 20; attempt++) {
            // the partner's and the partnership's events may still be on their way to faculty-service
            pause();
            created = api.post("/api/staff-trips", body, "demo-v1-staff-trip-" + n);
        }
        if (created.alreadyLoaded()) {
            return;
        }
        if (!created.ok()) {
            problems.add("staff trip " + n + ": " + created);
            return;
        }
        loaded++;
        String id = created.id();
        String target = t[8];
        if (target.equals("DRAFT")) {
            return;
        }
        if (target.equals("REJECTED")) {
            if (move(id, Map.of("to", "SUBMITTED"))) {
                move(id, Map.of("to", "REJECTED", "note", "demo data: budget exhausted"));
            }
            return;
        }
        for (String step : APPROVAL) {
            Map<String, Object> move = new HashMap<>(Map.of("to", step));
            if (step.equals("APPROVED")) {
                move.put("approvalNumber", "WS-" + today.getYear() + "-" + (100 + n));
            }
            if (step.equals("REPORTED")) {
                move.put("report", "Demo report: the visit's programme, the people met and what follows from it.");
            }
            if (!move(id, move) || step.equals(target)) {
                return;
            }
        }
    }

    private boolean move(String id, Map<String, Object> body) {
        var r = api.post("/api/staff-trips/" + id + "/transitions", body, null);
        if (!r.ok()) {
            problems.add("staff trip " + id + " -> " + body.get("to") + ": " + r);
        }
        return r.ok();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
