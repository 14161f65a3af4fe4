package com.marketingplanner.spark;

import java.net.URISyntaxException;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.cli.AnalyticsCli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of planner-spark (design.md): it depends on nothing of ours but
 * planner-analytics, and planner-analytics stays free of Spark and Scala.
 */
class ArchitectureTest {

	/**
	 * This module's classes and planner-analytics' (from their jar or folder, not all of
	 * Spark's jars).
	 */
	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importLocations(Set.of(locationOf(PlannerSpark.class), locationOf(AnalyticsCli.class)));

	private static Location locationOf(Class<?> type) {
		try {
			return Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

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
