package com.marketingplanner.domain.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.domain.marketingdata.DataKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Channel actuals {@code date,channel,spend,impressions,clicks,visits,orders,
 * new_customers,revenue}: one row per day and channel; every figure may be empty (not
 * reported, stored as null) and every figure column but date and channel may be left out.
 * Money has at most 2 decimals, counts are whole numbers, nothing is negative. A row is
 * the same as a stored one when day and channel are equal. A replacing import replaces
 * the period's rows of the channels in the file.
 */
@Component
class ChannelActualImport implements KindImport {

	static final List<String> FIGURES = List.of("spend", "impressions", "clicks", "visits", "orders", "new_customers",
			"revenue");

	@Override
	public DataKind kind() {
		return DataKind.CHANNEL_ACTUALS;
	}

	@Override
	public ImportRows rows(ImportContext context, CsvScanner scanner, ImportErrors errors,
			java.util.function.IntSupplier percent) {
		return new ImportRows(scanner, errors, percent, List.of("date", "channel"), FIGURES, List.of(), Set.of());
	}

	private record Row(LocalDate day, long channelId, BigDecimal spend, Long impressions, Long clicks, Long visits,
			Long orders, Long newCustomers, BigDecimal revenue) {
	}

	@Override
	public Checked check(ImportContext context, ImportRows rows, ImportErrors errors) {
		List<Row> checked = new ArrayList<>();
		KeyedRows keys = new KeyedRows();
		if (rows.headerValid()) {
			int date = rows.column("date");
			int channel = rows.column("channel");
			while (rows.next()) {
				LocalDate day = rows.date(date);
				long channelId = -1;
				if (rows.isEmpty(channel)) {
					rows.error(channel, "empty channel");
				}
				else {
					channelId = context.channels().id(rows.text(channel));
					if (channelId < 0) {
						rows.error(channel,
								"unknown channel '" + rows.text(channel) + "' (not in the channel catalog)");
					}
				}
				long before = errors.total();
				BigDecimal spend = rows.amount(rows.column("spend"), 2, false);
				Long impressions = rows.count(rows.column("impressions"));
				Long clicks = rows.count(rows.column("clicks"));
				Long visits = rows.count(rows.column("visits"));
				Long orders = rows.count(rows.column("orders"));
				Long newCustomers = rows.count(rows.column("new_customers"));
				BigDecimal revenue = rows.amount(rows.column("revenue"), 2, false);
				if (day == null || channelId < 0 || errors.total() > before
						|| !KeyedRows.inPeriod(rows, context, day, date)
						|| !keys.add(rows, List.of(day, channelId), "date and channel")) {
					continue;
				}
				keys.cover(day);
				checked.add(new Row(day, channelId, spend, impressions, clicks, visits, orders, newCustomers, revenue));
			}
		}
		long read = rows.rowsRead();
		return new Checked() {

			@Override
			public long rowsRead() {
				return read;
			}

			@Override
			public Stored store(ImportContext storeContext, Connection connection) {
				JdbcClient jdbc = storeContext.jdbc();
				LocalDate from = (storeContext.from() != null) ? storeContext.from() : keys.first();
				LocalDate to = (storeContext.to() != null) ? storeContext.to() : keys.last();
				if (from == null) {
					return new Stored(0, 0, null, null, Set.of());
				}
				long replaced = 0;
				if (storeContext.replaces()) {
					Set<Long> channels = new LinkedHashSet<>();
					checked.forEach((row) -> channels.add(row.channelId()));
					if (!channels.isEmpty()) {
						replaced = jdbc
							.sql("delete from channel_actual where day between :from and :to"
									+ " and channel_id in (:channels)")
							.param("from", from)
							.param("to", to)
							.param("channels", channels)
							.update();
					}
				}
				long stored = 0;
				for (Row row : checked) {
					stored += jdbc
						.sql("insert into channel_actual (day, channel_id, spend, impressions, clicks, visits,"
								+ " orders, new_customers, revenue, import_job_id) values (:day, :channel, :spend,"
								+ " :impressions, :clicks, :visits, :orders, :newCustomers, :revenue, :job)"
								+ " on conflict (day, channel_id) do nothing")
						.param("day", row.day())
						.param("channel", row.channelId())
						.param("spend", row.spend(), java.sql.Types.NUMERIC)
						.param("impressions", row.impressions(), java.sql.Types.BIGINT)
						.param("clicks", row.clicks(), java.sql.Types.BIGINT)
						.param("visits", row.visits(), java.sql.Types.BIGINT)
						.param("orders", row.orders(), java.sql.Types.BIGINT)
						.param("newCustomers", row.newCustomers(), java.sql.Types.BIGINT)
						.param("revenue", row.revenue(), java.sql.Types.NUMERIC)
						.param("job", storeContext.jobId())
						.update();
				}
				jdbc.sql("delete from marketing_data_day where kind = 'CHANNEL_ACTUALS' and day between :from and :to")
					.param("from", from)
					.param("to", to)
					.update();
				jdbc.sql("insert into marketing_data_day (kind, day, row_count) select 'CHANNEL_ACTUALS', day, count(*)"
						+ " from channel_actual where day between :from and :to group by day")
					.param("from", from)
					.param("to", to)
					.update();
				return new Stored(stored, replaced, from, to, Set.of());
			}

		};
	}

}
