package com.marketingplanner.analytics.journey;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the ChannelAttribution path format as a record: a path of channel names and
 * its total conversions, conversion value and nulls. {@link #toTable} builds the
 * {@link PathTable} the models read; {@link #rowsOf} goes back.
 */
public record PathCount(List<String> path, double conversions, double value, double nulls) {

	public PathCount {
		path = List.copyOf(path);
	}

	public static PathTable toTable(List<PathCount> rows) {
		PathTable.Builder builder = PathTable.builder();
		for (PathCount row : rows) {
			builder.add(row.path(), row.conversions(), row.value(), row.nulls());
		}
		return builder.build();
	}

	public static List<PathCount> rowsOf(PathTable table) {
		List<PathCount> rows = new ArrayList<>(table.size());
		for (int p = 0; p < table.size(); p++) {
			List<String> path = new ArrayList<>();
			for (int t = table.pathStart(p); t < table.pathEnd(p); t++) {
				path.add(table.channels().name(table.channelAt(t)));
			}
			rows.add(new PathCount(path, table.conversions(p), table.value(p), table.nulls(p)));
		}
		return rows;
	}

}
