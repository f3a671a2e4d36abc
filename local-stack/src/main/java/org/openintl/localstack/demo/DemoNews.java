package org.openintl.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles in the three languages, in every workflow state, among them the report of the foreign-affairs working
 * meeting of 30 May 2019. Drafts for the signed demo partnerships are written by the news service itself from the
 * partnership events.
 */
final class DemoNews {

    private final GatewayClient api;
    private final DemoPartnerships partnerships;
    final List<String> problems = new ArrayList<>();

    DemoNews(GatewayClient api, DemoPartnerships partnerships) {
        this.api = api;
        this.partnerships = partnerships;
    }

    void load(LocalDate today) {
        article(
                "meeting-2019",
                "MEETING",
                List.of("SINO_FOREIGN_COOPERATION", "STUDY_IN_CHINA", "TALENT_TRAINING"),
                LocalDate.of(2019, 5, 30),
                t(
                        "学校召开外事工作会议",
                        "会议回顾了中外合作办学、来华留学和“1165”国际化工程的进展，部署下一阶段外事工作。",
                        "5月30日，学校召开外事工作会议。校领导听取了中外合作办学、来华留学、师资国际化、国际科研合作平台、"
                                + "境外办学和国际化人才培养六个方面的工作汇报，并就推进“1165”国际化工程提出要求。"),
                t(
                        "University holds its working meeting on foreign affairs",
                        "Leaders reviewed Sino-foreign cooperation in running schools, studying in China and the "
                                + "\"1165\" internationalization project.",
                        "On 30 May the university held its working meeting on foreign affairs. University leaders heard "
                                + "reports on the six lines of international work and set the next steps of the \"1165\" "
                                + "internationalization project."),
                t("대학 외사업무회의 개최", "중외합작운영, 중국 유학, '1165' 국제화 사업의 성과를 점검했다.", "5월 30일 대학은 외사업무회의를 열고 6대 국제화 업무를 점검했다."),
                List.of("PUBLISHED"),
                null);
        article(
                "bsu-visit",
                "VISIT_INBOUND",
                List.of("RESEARCH_COOPERATION"),
                today.minusDays(40),
                t("白俄罗斯国立大学代表团来访", "双方就联合实验室建设深入交流。", "白俄罗斯国立大学副校长率团访问我校，参观中白新材料联合实验室。"),
                t(
                        "Delegation of Belarusian State University visits",
                        "Both sides discussed the joint laboratory.",
                        "A delegation led by the Vice-Rector of Belarusian State University visited the China-Belarus "
                                + "joint laboratory of new materials."),
                null,
                List.of("PUBLISHED"),
                "bsu-lab");
        article(
                "bri-conference",
                "CONFERENCE",
                List.of("SCHOOLS_ABROAD", "TALENT_TRAINING"),
                today.minusDays(20),
                t("“一带一路”职业教育国际论坛举行", "来自12个国家的代表参会。", "论坛围绕鲁班工坊与境外办学展开讨论。"),
                t(
                        "International forum on vocational education along the Belt and Road",
                        "Delegates from 12 countries attended.",
                        "The forum discussed the Luban Workshops and schools abroad."),
                t("일대일로 직업교육 국제포럼 개최", "12개국 대표가 참석했다.", "포럼에서는 루반공방과 해외 학교 운영을 논의했다."),
                List.of("PUBLISHED"),
                "laos-school");
        article(
                "spring-festival",
                "STUDENT_LIFE",
                List.of("STUDY_IN_CHINA"),
                today.minusDays(90),
                t("留学生欢度春节", "来自30多个国家的留学生一起包饺子。", "国际学院举办春节联欢，留学生体验中国传统文化。"),
                null,
                t("유학생 설날 행사", "30여 개국 유학생이 함께 만두를 빚었다.", "국제학원은 설날 행사를 열었다."),
                List.of("PUBLISHED"),
                null);
        article(
                "laos-visit",
                "VISIT_OUTBOUND",
                List.of("SCHOOLS_ABROAD"),
                today.minusDays(400),
                t("学校代表团访问老挝", "考察鲁班工坊建设。", "代表团访问老挝国立大学，考察鲁班工坊。"),
                t(
                        "University delegation visits Laos",
                        "A look at the Luban Workshop.",
                        "The delegation visited the " + "National University of Laos and the Luban Workshop."),
                null,
                List.of("PUBLISHED", "ARCHIVED"),
                "laos-school");
        article(
                "csc-call",
                "ANNOUNCEMENT",
                List.of("STUDY_IN_CHINA"),
                today.plusDays(10),
                t("中国政府奖学金申请通知", "申请截止日期见正文。", "符合条件的国际学生可申请中国政府奖学金。"),
                t(
                        "Call for Chinese Government Scholarship applications",
                        "See the deadline below.",
                        "Eligible international students may apply for the Chinese Government Scholarship."),
                null,
                List.of("IN_REVIEW"),
                null);
        article(
                "lab-paper",
                "RESEARCH",
                List.of("RESEARCH_COOPERATION", "INTERNATIONAL_FACULTY"),
                today.minusDays(5),
                t("中白联合实验室发表合作论文", null, "联合实验室在新材料领域发表合作论文。"),
                null,
                null,
                List.of(),
                "bsu-lab");
    }

    private static Map<String, Object> t(String title, String summary, String body) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        if (summary != null) {
            m.put("summary", summary);
        }
        m.put("body", body);
        return m;
    }

    private void article(
            String key,
            String category,
            List<String> themes,
            LocalDate eventDate,
            Map<String, Object> zh,
            Map<String, Object> en,
            Map<String, Object> ko,
            List<String> workflow,
            String partnershipKey) {
        Map<String, Object> translations = new HashMap<>();
        translations.put("zh", zh);
        if (en != null) {
            translations.put("en", en);
        }
        if (ko != null) {
            translations.put("ko", ko);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("translations", translations);
        body.put("category", category);
        body.put("themes", themes);
        body.put("eventDate", eventDate.toString());
        body.put("units", List.of("Foreign Affairs Office"));
        String partnership = partnershipKey == null ? null : partnerships.partnershipId(partnershipKey);
        if (partnership != null) {
            body.put("partnershipIds", List.of(partnership));
        }
        var created = api.post("/api/news", body, "demo-v1-article-" + key);
        if (created.alreadyLoaded()) {
            return;
        }
        if (!created.ok()) {
            problems.add("article " + key + ": " + created);
            return;
        }
        if (!created.json().get("status").asString().equals("DRAFT")) {
            return;
        }
        String id = created.id();
        List<String> steps = new ArrayList<>();
        if (!workflow.isEmpty()) {
            steps.add("IN_REVIEW");
        }
        if (workflow.contains("PUBLISHED")) {
            steps.add("PUBLISHED");
        }
        if (workflow.contains("ARCHIVED")) {
            steps.add("ARCHIVED");
        }
        for (String step : steps) {
            var moved = api.post("/api/news/" + id + "/transitions", Map.of("to", step), null);
            if (!moved.ok()) {
                problems.add("article " + key + " -> " + step + ": " + moved);
                return;
            }
        }
    }
}
