package com.marketingplanner.domain.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.experiment.ExperimentCommand.VariantCommand;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Percentage;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * An A/B test registered on a plan: what it tests, its design (confidence level, power,
 * smallest effect worth detecting, all in percent) and its variants with exposures and
 * conversions, the first being the control. Its {@link #evaluate() evaluation} compares
 * every other variant with the control ({@link ExperimentEvaluation}).
 */
@Entity
@Table(name = "experiment")
public class Experiment implements PlanPart, Versioned {

	/** The most variants a test may have, the control included. */
	public static final int MAX_VARIANTS = 10;

	/** The confidence level in percent when none is given. */
	public static final BigDecimal DEFAULT_CONFIDENCE_LEVEL = new BigDecimal("95.00");

	/** The power in percent when none is given. */
	public static final BigDecimal DEFAULT_POWER = new BigDecimal("80.00");

	/** Decimals of the design's percentages (their columns are {@code NUMERIC(…, 2)}). */
	private static final int DESIGN_SCALE = 2;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private String name;

	private String hypothesis;

	private String metric;

	@Column(name = "kpi_id")
	private Long kpiId;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ExperimentStatus status = ExperimentStatus.PLANNED;

	@Column(name = "confidence_level", nullable = false)
	private BigDecimal confidenceLevel = DEFAULT_CONFIDENCE_LEVEL;

	@Column(nullable = false)
	private BigDecimal power = DEFAULT_POWER;

	@Column(name = "minimum_detectable_effect")
	private BigDecimal minimumDetectableEffect;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "experiment_variant", joinColumns = @JoinColumn(name = "experiment_id"))
	@OrderColumn(name = "position")
	private List<ExperimentVariant> variants = new ArrayList<>();

	@Version
	private long version;

	protected Experiment() {
	}

	public Experiment(Plan plan, String name, List<ExperimentVariant> variants) {
		this.plan = plan;
		describe(name, null, null, null);
		record(variants);
	}

	/**
	 * The named variant rows of a command as variants, checked: at least two, at most
	 * {@value #MAX_VARIANTS}, names unique (ignoring case and surrounding space),
	 * conversions not above exposures. Blank rows are dropped.
	 * @throws BusinessRuleViolation on {@code variants} or on the row's field at fault
	 * ({@code variants[2].conversions})
	 */
	public static List<ExperimentVariant> variantsOf(List<VariantCommand> rows) {
		List<ExperimentVariant> variants = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int row = 0; row < rows.size(); row++) {
			VariantCommand command = rows.get(row);
			if (command == null || command.isBlank()) {
				continue;
			}
			String field = "variants[" + row + "]";
			if (command.name() == null || command.name().isBlank()) {
				throw new BusinessRuleViolation(field + ".name", "error.experiment.variant-name-required",
						"A variant needs a name");
			}
			String name = command.name().strip();
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				throw new BusinessRuleViolation(field + ".name", "error.experiment.variant-name-repeated",
						"Two variants are named " + name, name);
			}
			long exposures = (command.exposures() != null) ? command.exposures() : 0;
			long conversions = (command.conversions() != null) ? command.conversions() : 0;
			if (exposures < 0 || conversions < 0) {
				throw new BusinessRuleViolation(field + ((exposures < 0) ? ".exposures" : ".conversions"),
						"error.experiment.count-negative", "Counts cannot be negative");
			}
			if (conversions > exposures) {
				throw new BusinessRuleViolation(field + ".conversions", "error.experiment.conversions-above-exposures",
						name + " has " + conversions + " conversions but only " + exposures + " exposures", name,
						conversions, exposures);
			}
			variants.add(new ExperimentVariant(name, exposures, conversions));
		}
		if (variants.size() < 2) {
			throw new BusinessRuleViolation("variants", "error.experiment.variants-too-few",
					"An A/B test needs a control and at least one other variant");
		}
		if (variants.size() > MAX_VARIANTS) {
			throw new BusinessRuleViolation("variants", "error.experiment.variants-too-many",
					"An A/B test has at most " + MAX_VARIANTS + " variants", MAX_VARIANTS);
		}
		return variants;
	}

	/**
	 * Checks a design in percent without changing anything: confidence level and power
	 * strictly between 50 and 100, the minimum detectable effect positive.
	 * @throws BusinessRuleViolation on the field out of range
	 */
	public static void requireValidDesign(BigDecimal confidenceLevel, BigDecimal power,
			BigDecimal minimumDetectableEffect) {
		requirePercentLevel("confidenceLevel", confidenceLevel);
		requirePercentLevel("power", power);
		if (minimumDetectableEffect != null && minimumDetectableEffect.signum() <= 0) {
			throw new BusinessRuleViolation("minimumDetectableEffect", "error.experiment.effect-not-positive",
					"The smallest effect worth detecting must be positive");
		}
	}

	private static void requirePercentLevel(String field, BigDecimal level) {
		if (level != null
				&& (level.compareTo(BigDecimal.valueOf(50)) <= 0 || level.compareTo(BigDecimal.valueOf(100)) >= 0)) {
			throw new BusinessRuleViolation(field, "error.experiment.level-out-of-range",
					"A level lies strictly between 50 % and 100 %, not " + level.toPlainString(), level);
		}
	}

	public void describe(String newName, String newHypothesis, String newMetric, Long newKpiId) {
		this.name = Texts.required(newName, "name", "error.experiment.name-required", "An A/B test needs a name");
		this.hypothesis = blankToNull(newHypothesis);
		this.metric = blankToNull(newMetric);
		this.kpiId = newKpiId;
	}

	/** Sets when the test runs (both optional, the end not before the start). */
	public void schedule(LocalDate newStart, LocalDate newEnd) {
		if (newStart != null && newEnd != null && newEnd.isBefore(newStart)) {
			throw new BusinessRuleViolation("endDate", "error.experiment.end-before-start",
					"The test ends on " + newEnd + ", before it starts on " + newStart, newStart, newEnd);
		}
		this.startDate = newStart;
		this.endDate = newEnd;
	}

	/**
	 * Sets the design in percent; a missing confidence level or power takes the default
	 * (95, 80).
	 */
	public void design(BigDecimal newConfidenceLevel, BigDecimal newPower, BigDecimal newMinimumDetectableEffect) {
		requireValidDesign(newConfidenceLevel, newPower, newMinimumDetectableEffect);
		this.confidenceLevel = (newConfidenceLevel != null) ? Percentage.roundedPoints(newConfidenceLevel, DESIGN_SCALE)
				: DEFAULT_CONFIDENCE_LEVEL;
		this.power = (newPower != null) ? Percentage.roundedPoints(newPower, DESIGN_SCALE) : DEFAULT_POWER;
		this.minimumDetectableEffect = Percentage.roundedPoints(newMinimumDetectableEffect, DESIGN_SCALE);
	}

	/** Replaces the variants and their counts (checked by {@link #variantsOf}). */
	public void record(List<ExperimentVariant> newVariants) {
		if (newVariants.size() < 2 || newVariants.size() > MAX_VARIANTS) {
			throw new IllegalArgumentException("an A/B test has 2.." + MAX_VARIANTS + " variants");
		}
		this.variants.clear();
		this.variants.addAll(newVariants);
	}

	public void changeStatus(ExperimentStatus newStatus) {
		if (newStatus != null) {
			this.status = newStatus;
		}
	}

	/**
	 * Uplift, interval, significance and sample size of every variant against the
	 * control.
	 */
	public ExperimentEvaluation evaluate() {
		return ExperimentEvaluation.of(this.variants, this.confidenceLevel, this.power, this.minimumDetectableEffect);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public String getName() {
		return this.name;
	}

	public String getHypothesis() {
		return this.hypothesis;
	}

	public String getMetric() {
		return this.metric;
	}

	public Long getKpiId() {
		return this.kpiId;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public ExperimentStatus getStatus() {
		return this.status;
	}

	public BigDecimal getConfidenceLevel() {
		return this.confidenceLevel;
	}

	public BigDecimal getPower() {
		return this.power;
	}

	public BigDecimal getMinimumDetectableEffect() {
		return this.minimumDetectableEffect;
	}

	/** The variants in order; the first is the control. */
	public List<ExperimentVariant> getVariants() {
		return List.copyOf(this.variants);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
