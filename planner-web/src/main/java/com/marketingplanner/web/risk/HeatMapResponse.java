package com.marketingplanner.web.risk;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.risk.RiskHeatMap;

/**
 * The heat map of a register, with every risk on it: {@code rows} from impact 5 down to
 * 1, each with the counts for probability buckets 1–5 (bucket b holds probabilities in
 * [(b−1)/5, b/5), the last one includes 1) and the count of risks of that impact whose
 * probability is not stated; {@code cells} lists the risk ids of each occupied cell;
 * {@code withoutProbability} the ids by impact level and {@code withoutImpact} by
 * probability bucket for risks missing one of them; {@code unassessed} the risks with
 * neither; {@code unplaced} all risks outside the 5×5 cells. {@code atLeastOneOccurs} = 1
 * − Π(1 − pᵢ) over risks with a probability, assuming independence ({@code null} when
 * none has one).
 */
public record HeatMapResponse(List<RiskHeatMap.Row> rows, List<Cell> cells, Map<Integer, List<Long>> withoutProbability,
		Map<Integer, List<Long>> withoutImpact, List<Long> unassessed, List<Long> unplaced,
		BigDecimal atLeastOneOccurs) {

	static HeatMapResponse from(RiskHeatMap map) {
		List<Cell> cells = map.cells()
			.entrySet()
			.stream()
			.map((entry) -> new Cell(entry.getKey().probabilityBucket(), entry.getKey().impact(), entry.getValue()))
			.sorted(Comparator.comparingInt(Cell::impact)
				.reversed()
				.thenComparing(Comparator.comparingInt(Cell::probabilityBucket).reversed()))
			.toList();
		return new HeatMapResponse(map.rows(), cells, map.withoutProbability(), map.withoutImpact(), map.unassessed(),
				map.unplaced(), map.atLeastOneOccurs().orElse(null));
	}

	/** An occupied cell and the ids of its risks. */
	public record Cell(int probabilityBucket, int impact, List<Long> riskIds) {
	}

}
