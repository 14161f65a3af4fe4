package com.marketingplanner.domain.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.marketingplanner.analytics.risk.HeatMapCell;
import com.marketingplanner.analytics.risk.RiskAssessment;
import com.marketingplanner.domain.shared.Probability;

/**
 * The heat map of a risk register. Every risk appears on it: in its 5×5 cell
 * ({@link HeatMapCell}) when both probability and impact level are known; otherwise in
 * the margin the plan leaves it — the column of its impact level when the plan states no
 * probability, the row of its probability bucket when the impact is unknown, or among the
 * unassessed risks. Also the probability that at least one of the risks with a
 * probability occurs, assuming they are independent: 1 − Π(1 − pᵢ)
 * ({@link RiskAssessment#probabilityOfAny}).
 *
 * @param cells risk ids per occupied cell (ids are null for unsaved risks)
 * @param withoutProbability risk ids by impact level, for risks without a probability
 * @param withoutImpact risk ids by probability bucket, for risks without an impact
 * @param unassessed ids of risks with neither
 * @param atLeastOneOccurs 1 − Π(1 − pᵢ) over the risks that have a probability (4
 * decimals); empty when none has one
 */
public record RiskHeatMap(Map<HeatMapCell, List<Long>> cells, Map<Integer, List<Long>> withoutProbability,
		Map<Integer, List<Long>> withoutImpact, List<Long> unassessed, Optional<BigDecimal> atLeastOneOccurs) {

	public static RiskHeatMap of(Collection<Risk> risks) {
		Map<HeatMapCell, List<Long>> cells = new LinkedHashMap<>();
		Map<Integer, List<Long>> withoutProbability = new TreeMap<>();
		Map<Integer, List<Long>> withoutImpact = new TreeMap<>();
		List<Long> unassessed = new ArrayList<>();
		List<BigDecimal> probabilities = new ArrayList<>();
		for (Risk risk : risks) {
			Optional<HeatMapCell> cell = risk.heatMapCell();
			Optional<Integer> level = risk.impactLevel();
			Optional<Integer> bucket = risk.probabilityBucket();
			if (cell.isPresent()) {
				cells.computeIfAbsent(cell.get(), (key) -> new ArrayList<>()).add(risk.getId());
			}
			else if (level.isPresent()) {
				withoutProbability.computeIfAbsent(level.get(), (key) -> new ArrayList<>()).add(risk.getId());
			}
			else if (bucket.isPresent()) {
				withoutImpact.computeIfAbsent(bucket.get(), (key) -> new ArrayList<>()).add(risk.getId());
			}
			else {
				unassessed.add(risk.getId());
			}
			if (risk.getProbability() != null) {
				probabilities.add(risk.getProbability());
			}
		}
		Optional<BigDecimal> atLeastOne = probabilities.isEmpty() ? Optional.empty()
				: Optional.of(Probability.rounded(RiskAssessment.probabilityOfAny(probabilities)));
		return new RiskHeatMap(frozen(cells), frozen(withoutProbability), frozen(withoutImpact),
				Collections.unmodifiableList(unassessed), atLeastOne);
	}

	private static <K> Map<K, List<Long>> frozen(Map<K, List<Long>> map) {
		Map<K, List<Long>> frozen = new LinkedHashMap<>();
		map.forEach((key, ids) -> frozen.put(key, Collections.unmodifiableList(ids)));
		return Collections.unmodifiableMap(frozen);
	}

	/** How many risks lie in the cell. */
	public int count(int probabilityBucket, int impact) {
		return this.cells.getOrDefault(new HeatMapCell(probabilityBucket, impact), List.of()).size();
	}

	/** The risks that are not in a 5×5 cell (in a margin or unassessed). */
	public List<Long> unplaced() {
		List<Long> ids = new ArrayList<>();
		this.withoutProbability.values().forEach(ids::addAll);
		this.withoutImpact.values().forEach(ids::addAll);
		ids.addAll(this.unassessed);
		return Collections.unmodifiableList(ids);
	}

	/**
	 * The rows as drawn, impact 5 at the top to 1 at the bottom, buckets 1–5 left to
	 * right, each with the count of risks of that impact whose probability is not stated.
	 */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int impact = 5; impact >= 1; impact--) {
			List<Integer> counts = new ArrayList<>();
			for (int bucket = 1; bucket <= 5; bucket++) {
				counts.add(count(bucket, impact));
			}
			rows.add(new Row(impact, List.copyOf(counts),
					this.withoutProbability.getOrDefault(impact, List.of()).size()));
		}
		return List.copyOf(rows);
	}

	/** Per probability bucket 1–5, how many risks have that probability but no impact. */
	public List<Integer> withoutImpactCounts() {
		List<Integer> counts = new ArrayList<>();
		for (int bucket = 1; bucket <= 5; bucket++) {
			counts.add(this.withoutImpact.getOrDefault(bucket, List.of()).size());
		}
		return List.copyOf(counts);
	}

	/**
	 * One impact row of the map: the counts for probability buckets 1–5 and the count of
	 * risks of this impact whose probability is not stated.
	 */
	public record Row(int impact, List<Integer> counts, int withoutProbability) {
	}

}
