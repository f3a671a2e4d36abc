package org.openintl.news;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.openintl.platform.architecture.ServiceArchitectureRules;

/**
 * The shape every service has (docs/architecture.md), checked with the platform's shared rules, and news' own: its
 * domain classes use no framework at all, search knows nothing of articles.
 */
@AnalyzeClasses(packages = "org.openintl.news", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    /** Classes at the edges, by their name: they translate between the domain and Spring, MongoDB, Kafka, JSON. */
    private static final List<String> ADAPTERS = List.of(
            "Application",
            "Controller",
            "Configuration",
            "Repository",
            "Service",
            "Listener",
            "Advice",
            "Interceptor",
            "Metrics",
            "Properties",
            "Request",
            "Response",
            "Writer",
            "MergePatch",
            "Snapshot",
            "LocalizedName");

    private static final DescribedPredicate<JavaClass> DOMAIN =
            DescribedPredicate.describe("domain classes (not adapters)", c -> {
                String topLevel =
                        c.getName().substring(c.getPackageName().length() + 1).split("\\$")[0];
                return ADAPTERS.stream().noneMatch(topLevel::endsWith);
            });

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.openintl.news..")
            .and(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "org.apache.kafka..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "io.micrometer..",
                    "jakarta.servlet..");

    @ArchTest
    static final ArchRule searchKnowsNothingOfArticles = noClasses()
            .that()
            .resideInAPackage("..search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.openintl.news.article..", "org.openintl.news.feed..", "org.openintl.news.drafting..");
}
