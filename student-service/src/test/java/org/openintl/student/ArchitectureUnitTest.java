package org.openintl.student;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure the style guide asks for, checked on every build. */
class ArchitectureUnitTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openintl.student");

    static final List<String> INFRASTRUCTURE = List.of(
            "org.springframework..",
            "com.mongodb..",
            "org.bson..",
            "org.apache.kafka..",
            "io.micrometer..",
            "tools.jackson..");

    /** Spring beans (and the types nested in them) are the adapters; everything else is the domain model. */
    static final DescribedPredicate<JavaClass> ADAPTER = new DescribedPredicate<>("a Spring bean or nested in one") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            return outer.isMetaAnnotatedWith("org.springframework.stereotype.Component")
                    || outer.isAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
                    || outer.isAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication");
        }
    };

    @Test
    void theDomainModelHasNoSpringMongoOrKafkaTypes() {
        noClasses()
                .that(DescribedPredicate.not(ADAPTER))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE.toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.openintl.student.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void documentRulesAndEncryptionDependOnNoOtherFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("..student.document..", "..student.privacy..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..student.student..",
                        "..student.importing..",
                        "..student.alert..",
                        "..student.stats..",
                        "..student.partnership..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRepositoriesTouchMongoDB() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and()
                .haveSimpleNameNotEndingWith("Configuration")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mongodb..", "org.bson..")
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
    }

    @Test
    void everyPackageSaysWhatLivesThere() {
        classes()
                .should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("be in a package with package-info") {
                    @Override
                    public void check(JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                        if (c.getPackage().getClasses().stream()
                                .noneMatch(p -> p.getSimpleName().equals("package-info"))) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                    c, c.getPackageName() + " has no package-info.java"));
                        }
                    }
                })
                .check(CLASSES);
    }
}
