package com.marketingplanner.web;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of design.md: analytics is framework-free; the domain does not know
 * the web (it may call the analytics formulas); controllers talk to services, not
 * repositories; entities are never request bodies or forms.
 */
class ArchitectureTest {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.marketingplanner");
	}

	@Test
	void analyticsUsesNoSpringNoJpaAndNothingOfOurs() {
		noClasses().that()
			.resideInAPackage("com.marketingplanner.analytics..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..",
					"com.marketingplanner.domain..", "com.marketingplanner.web..")
			.check(classes);
	}

	@Test
	void domainDoesNotDependOnTheWeb() {
		noClasses().that()
			.resideInAPackage("com.marketingplanner.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.marketingplanner.web..", "org.springframework.web..")
			.check(classes);
	}

	/**
	 * One home per rule (design.md): the plan's KPIs store the analytics module's enums
	 * themselves, so no enum of ours is translated into another by name.
	 */
	@Test
	void noEnumIsMappedByName() {
		noClasses().that()
			.resideInAnyPackage("com.marketingplanner.domain..", "com.marketingplanner.web..")
			.should()
			.callMethod(com.marketingplanner.analytics.goal.Direction.class, "valueOf", String.class)
			.orShould()
			.callMethod(com.marketingplanner.analytics.goal.TargetType.class, "valueOf", String.class)
			.check(classes);
	}

	@Test
	void controllersUseServicesNotRepositories() {
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.check(classes);
	}

	@Test
	void entitiesAreNeverRequestBodiesOrForms() {
		classes.stream()
			.filter((javaClass) -> javaClass.getSimpleName().endsWith("Controller"))
			.map(com.tngtech.archunit.core.domain.JavaClass::reflect)
			.flatMap((controller) -> java.util.Arrays.stream(controller.getDeclaredMethods()))
			.flatMap((Method method) -> java.util.Arrays.stream(method.getParameters()))
			.filter((Parameter parameter) -> parameter.isAnnotationPresent(RequestBody.class)
					|| parameter.isAnnotationPresent(ModelAttribute.class))
			.forEach((parameter) -> assertThat(parameter.getType().isAnnotationPresent(Entity.class))
				.as("%s is bound to a request", parameter)
				.isFalse());
	}

}
