package org.openintl.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The shape every service has (docs/architecture.md), the same rules for all of them. A service applies them unchanged
 * with a class of its own tests:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.openintl.student", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureUnitTest {
 *     @ArchTest
 *     static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);
 * }
 * }</pre>
 *
 * A service may add rules of its own beside them (e.g. which of its features may use which), never weaken these.
 */
public final class ServiceArchitectureRules {

    private ServiceArchitectureRules() {}

    static final String[] DRIVER = {"com.mongodb..", "org.bson.."};

    /** A class, or the class it is nested in, whose name ends with {@code suffix}. */
    static DescribedPredicate<JavaClass> topLevelNamed(String suffix) {
        return DescribedPredicate.describe(
                "named *" + suffix + " (or nested in one)",
                c -> topLevel(c).getSimpleName().endsWith(suffix));
    }

    static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /**
     * Records and enums are values of the domain, except the bound configuration properties and the values a
     * repository keeps to itself.
     */
    static final DescribedPredicate<JavaClass> DOMAIN_VALUES = DescribedPredicate.describe(
            "records and enums (other than @ConfigurationProperties and those nested in a repository)",
            c -> (c.isRecord() || c.isEnum())
                    && !topLevel(c)
                            .isAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
                    && !topLevelNamed("Repository").test(c));

    /** A repository: named {@code *Repository} (or nested in one), or annotated {@code @Repository}. */
    static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe(
            "repositories (named *Repository or annotated @Repository)",
            c -> topLevelNamed("Repository").test(c)
                    || topLevel(c).isAnnotatedWith("org.springframework.stereotype.Repository"));

    static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe(
            "controllers",
            c -> c.isMetaAnnotatedWith("org.springframework.stereotype.Controller")
                    || topLevelNamed("Controller").test(c));

    /** Repositories are the only classes that know the document layout; everything else speaks the domain's terms. */
    @ArchTest
    public static final ArchRule onlyRepositoriesSeeTheDriver = noClasses()
            .that(DescribedPredicate.not(REPOSITORIES))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DRIVER)
            .as("only *Repository classes use the MongoDB driver or Bson");

    /** Domain records and their methods are plain Java: they can be read, built and tested without a container. */
    @ArchTest
    public static final ArchRule domainValuesArePlainJava = noClasses()
            .that(DOMAIN_VALUES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .as("domain records and enums use no Spring, Kafka or MongoDB type");

    /** A controller speaks HTTP and calls its feature's service, which owns idempotency and the write's intent. */
    @ArchTest
    public static final ArchRule controllersGoThroughServices = noClasses()
            .that(CONTROLLERS)
            .should()
            .dependOnClassesThat(REPOSITORIES)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.openintl.platform.aggregate.AggregateStore")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.openintl.platform.events.ProjectionStore")
            .as("controllers call services, never repositories or stores");

    /** Features may use each other one way only (slices are the packages under the service's root package). */
    @ArchTest
    public static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("org.openintl.*.(*)..").should().beFreeOfCycles();

    /** {@code @Lazy} hides a dependency cycle instead of removing it. */
    @ArchTest
    public static final ArchRule noLazyBeans = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.context.annotation.Lazy")
            .as("no @Lazy: a dependency cycle between beans is a design fault to remove");

    /** A newcomer finds what lives in a package, and why, in its package-info. */
    @ArchTest
    public static final ArchRule everyPackageSaysWhatLivesThere = classes()
            .should(new ArchCondition<JavaClass>("be in a package with a package-info") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    if (c.getPackage().getClasses().stream()
                            .noneMatch(p -> p.getSimpleName().equals("package-info"))) {
                        events.add(SimpleConditionEvent.violated(c, c.getPackageName() + " has no package-info.java"));
                    }
                }
            });

    /** Constructor injection only: every dependency is visible in the constructor and final. */
    @ArchTest
    public static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
}
