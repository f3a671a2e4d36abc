package org.openintl.student;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.openintl.platform.architecture.ServiceArchitectureRules;

/** The shape every service has (docs/architecture.md), checked with the platform's shared rules, and student's own. */
@AnalyzeClasses(packages = "org.openintl.student", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);

    /** Document rules are a leaf: every feature may use them, they use none (encryption is the platform's). */
    @ArchTest
    static final ArchRule documentRulesDependOnNoOtherFeature = noClasses()
            .that()
            .resideInAnyPackage("..student.document..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..student.student..",
                    "..student.importing..",
                    "..student.alert..",
                    "..student.stats..",
                    "..student.partnership..");
}
