package com.marketingplanner.domain.template;

import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template survives import → export with every field, and an exported plan imports
 * as an equal plan (export → import → export gives the same document).
 */
@DomainJpaTest
@Import(DomainServices.class)
class PlanDocumentRoundTripTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanDocumentImport importer;

	@Autowired
	PlanDocumentExport exporter;

	@ParameterizedTest
	@ValueSource(strings = { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" })
	void aTemplateSurvivesImportAndExportWithEveryField(String code) {
		String owner = DomainServices.createUser(this.jdbc, "PLANNER");
		PlanDocument template = TemplateDocuments.load(code);

		long planId = this.importer.importPlan(template, ImportOptions.forOwner(owner)).planId();
		PlanDocument exported = this.exporter.export(planId);

		assertThat(CanonicalDocument.of(exported).toPrettyString())
			.isEqualTo(CanonicalDocument.of(template).toPrettyString());

		long againId = this.importer
			.importPlan(PlanDocumentJson.read(PlanDocumentJson.write(exported)), ImportOptions.forOwner(owner))
			.planId();
		assertThat(PlanDocumentJson.write(this.exporter.export(againId))).isEqualTo(PlanDocumentJson.write(exported));
	}

	@Test
	void theExportOfAPlanNamesItsItemsByKindAndPlace() {
		String owner = DomainServices.createUser(this.jdbc, "PLANNER");
		long planId = this.importer.importPlan(TemplateDocuments.load("seed-002"), ImportOptions.forOwner(owner))
			.planId();

		PlanDocument exported = this.exporter.export(planId);

		assertThat(exported.goals()).extracting(PlanDocument.Goal::key).startsWith("g1", "g2", "g3");
		assertThat(exported.milestones().get(1).dependsOn()).containsExactly("m1");
		assertThat(exported.campaigns()).allMatch((c) -> c.budgetLine() == null || c.budgetLine().startsWith("l"));
	}

}
