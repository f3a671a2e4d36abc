package org.openintl.partnership;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.openintl.platform.architecture.ServiceArchitectureRules;

/** The shape every service has (docs/architecture.md), checked with the platform's shared rules. */
@AnalyzeClasses(packages = "org.openintl.partnership", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitectureRules.class);
}
