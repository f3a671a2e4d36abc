package org.openintl.faculty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.openintl.platform.architecture.ServiceArchitectureRules;

/** The shape every service has (docs/service-shape.md), checked with the platform's shared rules, and faculty's own. */
@AnalyzeClasses(packages = "org.openintl.faculty", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);

    /** Document rules, need to know and the calendar are leaves: every feature may use them. */
    @ArchTest
    static final ArchRule leavesDependOnNoFeature = noClasses()
            .that()
            .resideInAnyPackage("..faculty.document..", "..faculty.access..", "..faculty.calendar..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..faculty.expert..",
                    "..faculty.talent..",
                    "..faculty.trip..",
                    "..faculty.alert..",
                    "..faculty.stats..",
                    "..faculty.partnership..");

    /** An expert knows nothing of the pipeline that may have brought them: talent -> expert, never back. */
    @ArchTest
    static final ArchRule expertsDoNotKnowTheTalentPipeline = noClasses()
            .that()
            .resideInAPackage("..faculty.expert..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..faculty.talent..", "..faculty.trip..");
}
