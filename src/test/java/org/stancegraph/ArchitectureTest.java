package org.stancegraph;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Optional;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jOperations;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/**
 * The package-by-feature rules of DEVELOPERS.md, checked on the app's classes (main sources only: tests may reach
 * across packages to set up and to look). A feature is a package directly under {@code org.stancegraph}.
 */
class ArchitectureTest {

	static final String APP = "org.stancegraph";

	static final JavaClasses APP_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(APP);

	/** @RestController is meta-annotated with @Controller. */
	static final DescribedPredicate<JavaClass> CONTROLLERS = metaAnnotatedWith(Controller.class).<JavaClass>forSubtype()
		.as("are controllers");

	static final DescribedPredicate<JavaClass> REPOSITORIES = annotatedWith(Repository.class).<JavaClass>forSubtype()
		.or(assignableTo(org.springframework.data.repository.Repository.class))
		.as("are repositories");

	/** The packages below the root; the root (the Spring application) depends on none of them. */
	@Test
	void featuresDoNotDependOnEachOtherInACycle() {
		check(slices().matching(APP + ".(*)..").should().beFreeOfCycles());
	}

	@Test
	void controllersTalkToServicesNotToTheDatabase() {
		check(noClasses().that(CONTROLLERS)
			.should().dependOnClassesThat(REPOSITORIES
				.or(assignableTo(Neo4jClient.class)).or(assignableTo(Neo4jOperations.class))
				.or(assignableTo(Driver.class)).or(assignableTo(QueryRunner.class))
				.as("are repositories, Neo4jClient, Neo4jTemplate, the driver or its sessions and transactions"))
			.because("a service owns the transaction (read-only for reads) and the row mapping"));
	}

	@Test
	void repositoriesAreNotPublic() {
		check(classes().that(REPOSITORIES).should().notBePublic()
			.because("a feature's repository is reached through its service, which owns the transactions"));
	}

	@Test
	void onlyTheCommandLineUsesTheCommandLine() {
		check(noClasses().that(resideOutsideOfPackage(APP + ".cli.."))
			.should().dependOnClassesThat(resideInAPackage(APP + ".cli.."))
			.because("the command line is the outermost layer: it starts the app and calls the features"));
	}

	@Test
	void theGraphsVocabularyAndTheDatabaseDependOnNoFeature() {
		check(classes().that(resideInAnyPackage(APP + ".graph..", APP + ".database.."))
			.should().onlyDependOnClassesThat(resideOutsideOfPackage(APP + "..")
				.or(resideInAnyPackage(APP + ".graph..", APP + ".database.."))
				.as("are outside the app or in these two packages"))
			.because("every feature builds on them"));
	}

	@Test
	void noFeatureUsesAnotherFeaturesController() {
		check(classes().that(CONTROLLERS).should(beUsedOnlyInTheirOwnFeature()));
	}

	private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnFeature() {
		return new ArchCondition<>("be used only in their own feature") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				for (Dependency dependency : controller.getDirectDependenciesToSelf()) {
					JavaClass user = dependency.getOriginClass();
					if (!feature(user).equals(feature(controller))) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	/** The package directly under the app's, or empty for the root. */
	private static Optional<String> feature(JavaClass javaClass) {
		String name = javaClass.getPackageName();
		if (!name.startsWith(APP + ".")) {
			return Optional.empty();
		}
		String rest = name.substring(APP.length() + 1);
		int dot = rest.indexOf('.');
		return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
	}

	private static void check(ArchRule rule) {
		rule.check(APP_CLASSES);
	}
}
