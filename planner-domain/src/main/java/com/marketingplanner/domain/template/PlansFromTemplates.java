package com.marketingplanner.domain.template;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.plan.PlanRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * New plans from the template catalog, and the demo plans of a first start. A plan made
 * from a template is a full copy (sections, goals, KPIs, budget, timeline, risks,
 * campaigns) that the owner then edits; it remembers the template it came from.
 */
@Service
public class PlansFromTemplates {

	private final PlanTemplateCatalog catalog;

	private final PlanDocumentImport importer;

	private final PlanRepository plans;

	public PlansFromTemplates(PlanTemplateCatalog catalog, PlanDocumentImport importer, PlanRepository plans) {
		this.catalog = catalog;
		this.importer = importer;
		this.plans = plans;
	}

	public List<PlanTemplate> templates() {
		return this.catalog.templates();
	}

	/**
	 * Creates a plan from a template.
	 * @param title the new plan's title, or {@code null} for the template's
	 * @param startDate the new plan's first day, or {@code null} to keep the template's
	 * dates; every date of the plan moves with it by calendar months
	 * @return the new plan's id
	 * @throws com.marketingplanner.domain.shared.ResourceNotFoundException when there is
	 * no such user
	 */
	@Transactional
	public long create(String templateCode, String ownerUsername, String title, LocalDate startDate) {
		PlanDocument document = this.catalog.load(templateCode);
		return this.importer
			.importPlan(document, new ImportOptions(ownerUsername, blankToNull(title), startDate, templateCode))
			.planId();
	}

	/**
	 * Loads the demo plans, as their documents state them, when there is no plan at all.
	 * @return the number of plans loaded (0 when the database already has plans)
	 */
	@Transactional
	public int loadDemoPlansIntoEmptyDatabase(String ownerUsername) {
		if (this.plans.count() > 0) {
			return 0;
		}
		List<PlanTemplate> demos = this.catalog.templates().stream().filter(PlanTemplate::demo).toList();
		for (PlanTemplate demo : demos) {
			create(demo.code(), ownerUsername, null, null);
		}
		return demos.size();
	}

}
