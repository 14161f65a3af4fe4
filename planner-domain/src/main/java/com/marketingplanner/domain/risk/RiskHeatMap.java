package com.marketingplanner.domain.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marketingplanner.analytics.risk.HeatMapCell;
import com.marketingplanner.analytics.risk.RiskAssessment;

/**
 * The 5×5 heat map of a risk register: for each cell ({@link HeatMapCell}) the risks in
 * it, plus the risks that cannot be placed because their probability or impact is
 * missing. Also the probability that at least one of the risks with a probability occurs,
 * assuming they are independent: 1 − Π(1 − pᵢ) ({@link RiskAssessment#probabilityOfAny}).
 *
 * @param cells risk ids per occupied cell (ids are null for unsaved risks)
 * @param unplaced ids of risks without probability or impact
 * @param atLeastOneOccurs 1 − Π(1 − pᵢ) over the risks that have a probability (4
 * decimals); empty when none has one
 */
public record RiskHeatMap(Map<HeatMapCell, List<Long>> cells, List<Long> unplaced,
		Optional<BigDecimal> atLeastOneOccurs) {

	public static RiskHeatMap of(Collection<Risk> risks) {
		Map<HeatMapCell, List<Long>> cells = new LinkedHashMap<>();
		List<Long> unplaced = new ArrayList<>();
		List<BigDecimal> probabilities = new ArrayList<>();
		for (Risk risk : risks) {
			Optional<HeatMapCell> cell = risk.heatMapCell();
			if (cell.isPresent()) {
				cells.computeIfAbsent(cell.get(), (key) -> new ArrayList<>()).add(risk.getId());
			}
			else {
				unplaced.add(risk.getId());
			}
			if (risk.getProbability() != null) {
				probabilities.add(risk.getProbability());
			}
		}
		Map<HeatMapCell, List<Long>> frozen = new LinkedHashMap<>();
		cells.forEach((cell, ids) -> frozen.put(cell, Collections.unmodifiableList(ids)));
		Optional<BigDecimal> atLeastOne = probabilities.isEmpty() ? Optional.empty()
				: Optional.of(RiskAssessment.probabilityOfAny(probabilities).setScale(4, RoundingMode.HALF_UP));
		return new RiskHeatMap(Collections.unmodifiableMap(frozen), Collections.unmodifiableList(unplaced), atLeastOne);
	}

	/** How many risks lie in the cell. */
	public int count(int probabilityBucket, int impact) {
		return this.cells.getOrDefault(new HeatMapCell(probabilityBucket, impact), List.of()).size();
	}

	/**
	 * The rows as drawn, impact 5 at the top to 1 at the bottom, buckets 1–5 left to
	 * right.
	 */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int impact = 5; impact >= 1; impact--) {
			List<Integer> counts = new ArrayList<>();
			for (int bucket = 1; bucket <= 5; bucket++) {
				counts.add(count(bucket, impact));
			}
			rows.add(new Row(impact, List.copyOf(counts)));
		}
		return List.copyOf(rows);
	}

	/** One impact row of the map: the counts for probability buckets 1–5. */
	public record Row(int impact, List<Integer> counts) {
	}

}
