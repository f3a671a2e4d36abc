package org.openintl.partnership.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain model (records and enums) stays free of Spring, MongoDB and Kafka; web entry points stay internal. */
class ArchitectureUnitTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openintl.partnership");

    private static final DescribedPredicate<JavaClass> DOMAIN_MODEL =
            new DescribedPredicate<>("records and enums of the domain model") {
                @Override
                public boolean test(JavaClass c) {
                    return (c.isRecord() || c.isEnum())
                            && !c.getSimpleName().endsWith("Request")
                            && !c.getSimpleName().endsWith("Properties");
                }
            };

    @Test
    void domainModelHasNoFrameworkTypes() {
        noClasses()
                .that(DOMAIN_MODEL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.openintl.partnership.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                "org.openintl.partnership"))
                .check(CLASSES);
    }
}
