package org.openintl.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each shared rule passes on a service of the right shape and catches the fault it names. */
class ServiceArchitectureRulesUnitTest {

    static final JavaClasses GOOD = new ClassFileImporter().importPackages("org.openintl.archgood");
    static final JavaClasses BAD = new ClassFileImporter().importPackages("org.openintl.archbad");

    record Case(String name, ArchRule rule, String violation) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> rules() {
        return List.of(
                new Case(
                        "only repositories see the driver",
                        ServiceArchitectureRules.onlyRepositoriesSeeTheDriver,
                        "Other.filter"),
                new Case(
                        "domain values are plain Java",
                        ServiceArchitectureRules.domainValuesArePlainJava,
                        "HttpStatus"),
                new Case(
                        "controllers go through services",
                        ServiceArchitectureRules.controllersGoThroughServices,
                        "ThingRepository"),
                new Case("no cycles between features", ServiceArchitectureRules.featurePackagesHaveNoCycles, "Cycle"),
                new Case("no @Lazy", ServiceArchitectureRules.noLazyBeans, "Lazy"),
                new Case(
                        "every package has a package-info",
                        ServiceArchitectureRules.everyPackageSaysWhatLivesThere,
                        "archbad.a has no package-info"),
                new Case(
                        "no field injection", ServiceArchitectureRules.noFieldInjection, "ThingController.repository"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void passesOnTheSharedShape(Case c) {
        assertThat(c.rule().evaluate(GOOD).hasViolation())
                .as(c.rule().evaluate(GOOD).getFailureReport().toString())
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void catchesTheFaultItNames(Case c) {
        var result = c.rule().evaluate(BAD);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(c.violation()));
    }
}
