package com.marketingplanner.spark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of planner-spark (design.md): it depends on nothing of ours but
 * planner-analytics, and planner-analytics stays free of Spark and Scala.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.marketingplanner");

	@Test
	void sparkJobUsesNothingOfOursButTheAnalytics() {
		noClasses().that()
			.resideInAPackage("com.marketingplanner.spark..")
			.should()
			.dependOnClassesThat(are(resideInAPackage("com.marketingplanner.."))
				.and(are(resideInAnyPackage("com.marketingplanner.spark..", "com.marketingplanner.analytics.."))
					.negate()))
			.check(CLASSES);
	}

	@Test
	void analyticsKnowsNothingOfSparkOrScala() {
		noClasses().that()
			.resideInAPackage("com.marketingplanner.analytics..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..", "com.marketingplanner.spark..")
			.check(CLASSES);
	}

}
