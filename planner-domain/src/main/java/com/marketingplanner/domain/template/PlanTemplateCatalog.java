package com.marketingplanner.domain.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The plan templates shipped with the application: five real Chinese marketing plans
 * transcribed from {@code shared/seeds/*.txt} into {@code classpath:plan-templates/}.
 */
@Service
public class PlanTemplateCatalog {

	private static final List<PlanTemplate> TEMPLATES = List.of(
			new PlanTemplate("seed-000", "000_70394ce2632bb179.txt", "2026年电子商务营销方案", "2026 E-commerce Marketing Plan",
					"Annual plan for 2026: 2.8亿 budget (lines sum to 3.1亿), team of 100, risks with probabilities.",
					true),
			new PlanTemplate("seed-001", "001_4fe2a037b79053db.txt", "2026年电子商务营销策略优化方案",
					"2026 E-commerce Marketing Strategy Optimisation Plan",
					"Qualitative strategy-optimisation framework; KPI suggestions from cited cases only.", false),
			new PlanTemplate("seed-002", "002_9a55c074f9c51919.txt", "网店运营市场推广方案",
					"Online-Store Operation & Market Promotion Plan",
					"Small online store, ≤500万 first-year budget, channel caps, ROI floor 1.5, overspend freeze 10%.",
					true),
			new PlanTemplate("seed-003", "003_f3ff8c4a60620c8a.txt", "电子商务网络营销方案",
					"E-commerce Online Marketing Plan (slides)",
					"Slide-deck outline; qualitative goals and budget lines without amounts.", false),
			new PlanTemplate("seed-004", "004_6b859a275876ee09.txt", "部署电商工作方案", "Work Plan for Deploying E-commerce",
					"24-month launch project: baseline/target/challenge GMV 8000万/1亿/1.2亿, 721 budget rule, milestones.",
					true));

	private final Map<String, PlanTemplate> byCode = new LinkedHashMap<>();

	public PlanTemplateCatalog() {
		TEMPLATES.forEach((template) -> this.byCode.put(template.code(), template));
	}

	/** All templates, in code order. */
	public List<PlanTemplate> templates() {
		return List.copyOf(this.byCode.values());
	}

	/** The template with this code, if any. */
	public Optional<PlanTemplate> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * The template with this code.
	 * @throws UnknownPlanTemplateException when there is none
	 */
	public PlanTemplate get(String code) {
		return find(code).orElseThrow(() -> new UnknownPlanTemplateException(code, this.byCode.keySet()));
	}

	/**
	 * Reads the plan document of a template.
	 * @throws UnknownPlanTemplateException when no template has this code
	 */
	public PlanDocument load(String code) {
		PlanTemplate template = get(code);
		try (InputStream in = new ClassPathResource(template.resourcePath()).getInputStream()) {
			return PlanDocumentJson.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read plan template " + template.resourcePath(), ex);
		}
	}

}
