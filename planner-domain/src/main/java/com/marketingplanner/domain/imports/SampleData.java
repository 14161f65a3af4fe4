package com.marketingplanner.domain.imports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.marketingplanner.domain.experiment.ExperimentCommand;
import com.marketingplanner.domain.experiment.ExperimentCommand.VariantCommand;
import com.marketingplanner.domain.experiment.ExperimentService;
import com.marketingplanner.domain.experiment.ExperimentStatus;
import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.template.PlanTemplate;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deterministic sample data for the demo plans (same plans → same rows), imported as jobs
 * of source "sample data" through the ordinary import, so that a new user sees every
 * analytics page work: touchpoints and events of 12,000 users in the first half of 2026,
 * channel actuals per day for the channels of the demo plans' budget lines over the
 * plans' periods, spend per budget line and monthly KPI measurements up to June 2026. It
 * is made to show something: live-stream commerce returns less than the plans' ROI floor
 * of 1.5, and the Douyin line overspends its monthly plan by about a third in May and
 * June 2026. Spend is booked on the lowest planned lines only (a line's spend includes
 * its sub-lines'). Each demo plan also gets a registered A/B test named as sample data.
 */
@Service
public class SampleData {

	private static final Logger log = LoggerFactory.getLogger(SampleData.class);

	/** The sample data end here, whatever day the app starts on: the same rows always. */
	static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

	static final LocalDate FIRST_JOURNEY_DAY = LocalDate.of(2026, 1, 1);

	/** Channels people touch besides the budget lines' ones (organic, owned). */
	private static final List<String> EXTRA_CHANNELS = List.of("wechat", "sem", "private-domain");

	/** The channel whose return stays under the ROI floor. */
	private static final String WEAK_CHANNEL = "live-stream";

	/** The channel whose budget line overspends in May and June 2026. */
	private static final String OVERSPENDING_CHANNEL = "douyin";

	private final JdbcClient jdbc;

	private final ImportService imports;

	private final PlansFromTemplates templates;

	private final ExperimentService experiments;

	public SampleData(JdbcClient jdbc, ImportService imports, PlansFromTemplates templates,
			ExperimentService experiments) {
		this.jdbc = jdbc;
		this.imports = imports;
		this.templates = templates;
		this.experiments = experiments;
	}

	record DemoPlan(long id, LocalDate start, LocalDate end) {
	}

	private record Line(long planId, long id, String channel, BigDecimal planned, LocalDate start, LocalDate end) {
	}

	private record Kpi(long planId, long id, BigDecimal baseline, BigDecimal target, LocalDate start, LocalDate end) {
	}

	/**
	 * Imports the sample data when demo plans exist and nothing was ever imported (a
	 * first start with the demo plans); does nothing otherwise.
	 * @return the number of import jobs queued
	 */
	public int loadForDemoPlans(String requestedBy) {
		List<String> codes = this.templates.templates()
			.stream()
			.filter(PlanTemplate::demo)
			.map(PlanTemplate::code)
			.toList();
		if (codes.isEmpty()
				|| this.jdbc.sql("select exists (select 1 from import_job)").query(Boolean.class).single()) {
			return 0;
		}
		List<DemoPlan> plans = this.jdbc
			.sql("select id, period_start, period_end from plan where template_code in (:codes)"
					+ " and status not in ('CLOSED', 'ARCHIVED') order by id")
			.param("codes", codes)
			.query((row, index) -> new DemoPlan(row.getLong("id"), row.getObject("period_start", LocalDate.class),
					row.getObject("period_end", LocalDate.class)))
			.list();
		if (plans.isEmpty()) {
			return 0;
		}
		List<Line> lines = lines(plans);
		Set<String> channels = new LinkedHashSet<>();
		lines.stream().filter((line) -> line.channel() != null).forEach((line) -> channels.add(line.channel()));
		channels.addAll(EXTRA_CHANNELS);
		LocalDate first = plans.stream().map(DemoPlan::start).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = min(LAST_DAY, plans.stream().map(DemoPlan::end).max(LocalDate::compareTo).orElseThrow());
		int jobs = 0;
		jobs += queue(DataKind.TOUCHPOINTS, "sample-touchpoints.csv", touchpoints(List.copyOf(channels)), requestedBy);
		jobs += queue(DataKind.EVENTS, "sample-events.csv", events(), requestedBy);
		jobs += queue(DataKind.CHANNEL_ACTUALS, "sample-channel-actuals.csv",
				channelActuals(List.copyOf(channels), first, last), requestedBy);
		String spend = lineSpend(lines);
		if (spend.indexOf('\n') < spend.length() - 1) {
			jobs += queue(DataKind.LINE_SPEND, "sample-line-spend.csv", spend, requestedBy);
		}
		String measurements = kpiMeasurements(kpis(plans));
		if (measurements.indexOf('\n') < measurements.length() - 1) {
			jobs += queue(DataKind.KPI_MEASUREMENTS, "sample-kpi-measurements.csv", measurements, requestedBy);
		}
		plans.forEach((plan) -> this.experiments.register(plan.id(), abTest(plan)));
		log.info("First start: queued {} imports of sample data and registered an A/B test for each of {} demo plans",
				jobs, plans.size());
		return jobs;
	}

	private int queue(DataKind kind, String name, String csv, String requestedBy) {
		this.imports.accept(new ImportRequest(kind, ImportMode.APPEND, null, null, null, name, requestedBy,
				ImportSource.SAMPLE_DATA), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		return 1;
	}

	/**
	 * The lines spend is booked on: those with a planned amount none of whose sub-lines
	 * (at any depth) has one — the lowest planned lines. A line's spend includes its
	 * sub-lines', so booking on a parent and on its children too would count the same
	 * money twice (seed 000's R&amp;D line with its four projects read 157 % of plan).
	 */
	private List<Line> lines(List<DemoPlan> plans) {
		Map<Long, DemoPlan> byId = new TreeMap<>();
		plans.forEach((plan) -> byId.put(plan.id(), plan));
		record Row(long planId, long id, Long parentId, String channel, BigDecimal planned) {
		}
		List<Row> rows = this.jdbc
			.sql("select l.id, l.plan_id, l.parent_id, c.code, l.planned_amount from budget_line l"
					+ " left join channel c on c.id = l.channel_id where l.plan_id in (:plans) order by l.plan_id, l.id")
			.param("plans", byId.keySet())
			.query((row, index) -> new Row(row.getLong("plan_id"), row.getLong("id"),
					(Long) row.getObject("parent_id", Long.class), row.getString("code"),
					row.getBigDecimal("planned_amount")))
			.list();
		Map<Long, Row> rowsById = new TreeMap<>();
		rows.forEach((row) -> rowsById.put(row.id(), row));
		return bookable(rows.stream().map((row) -> new PlannedLine(row.id(), row.parentId(), row.planned())).toList())
			.stream()
			.map(rowsById::get)
			.map((row) -> {
				DemoPlan plan = byId.get(row.planId());
				return new Line(plan.id(), row.id(), row.channel(), row.planned(), plan.start(), plan.end());
			})
			.toList();
	}

	/** A line's place in its tree and its planned amount, if any. */
	record PlannedLine(long id, Long parentId, BigDecimal planned) {

		boolean isPlanned() {
			return this.planned != null && this.planned.signum() > 0;
		}

	}

	/**
	 * The ids, in the given order, of the planned lines without a planned line below
	 * them.
	 */
	static List<Long> bookable(List<PlannedLine> lines) {
		Map<Long, PlannedLine> byId = new TreeMap<>();
		lines.forEach((line) -> byId.put(line.id(), line));
		Set<Long> plannedBelow = new java.util.HashSet<>();
		for (PlannedLine line : lines) {
			if (!line.isPlanned()) {
				continue;
			}
			for (Long parent = line.parentId(); parent != null && plannedBelow.add(parent);) {
				PlannedLine above = byId.get(parent);
				parent = (above != null) ? above.parentId() : null;
			}
		}
		return lines.stream()
			.filter((line) -> line.isPlanned() && !plannedBelow.contains(line.id()))
			.map(PlannedLine::id)
			.toList();
	}

	private List<Kpi> kpis(List<DemoPlan> plans) {
		Map<Long, DemoPlan> byId = new TreeMap<>();
		plans.forEach((plan) -> byId.put(plan.id(), plan));
		return this.jdbc
			.sql("select id, plan_id, baseline, target from kpi where plan_id in (:plans) and not is_benchmark"
					+ " and target is not null order by plan_id, id")
			.param("plans", byId.keySet())
			.query((row, index) -> {
				DemoPlan plan = byId.get(row.getLong("plan_id"));
				return new Kpi(plan.id(), row.getLong("id"), row.getBigDecimal("baseline"), row.getBigDecimal("target"),
						plan.start(), plan.end());
			})
			.list();
	}

	/**
	 * Journeys of 12,000 users: one to six touches over a few days, converting more often
	 * after social and search touches; conversion values around 300 CNY.
	 */
	static String touchpoints(List<String> channels) {
		Random random = new Random(20260101);
		StringBuilder csv = new StringBuilder("user_id,timestamp,channel,conversion_value\n");
		long firstSecond = FIRST_JOURNEY_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
		long span = ChronoUnit.SECONDS.between(FIRST_JOURNEY_DAY.atStartOfDay(), LAST_DAY.atStartOfDay());
		for (int user = 1; user <= 12_000; user++) {
			int touches = 1 + Math.min(5, (int) (-Math.log(1 - random.nextDouble()) * 1.6));
			long time = firstSecond + (long) (random.nextDouble() * (span - 10 * 86_400L));
			double conversionChance = 0.04;
			for (int t = 0; t < touches; t++) {
				String channel = channels.get(skewed(random, channels.size()));
				conversionChance += switch (channel) {
					case "douyin", "xiaohongshu" -> 0.05;
					case "sem", "tmall" -> 0.04;
					case WEAK_CHANNEL -> 0.01;
					default -> 0.02;
				};
				boolean last = t == touches - 1;
				String value = "";
				if (last && random.nextDouble() < conversionChance) {
					value = Money
						.rounded(BigDecimal.valueOf(120 + random.nextGaussian() * 60 + 200 * random.nextDouble())
							.max(BigDecimal.valueOf(19.9)))
						.toPlainString();
				}
				csv.append('u').append(user).append(',').append(Instant.ofEpochSecond(time)).append(',');
				csv.append(channel).append(',').append(value).append('\n');
				time += 600 + (long) (random.nextDouble() * 2 * 86_400);
			}
		}
		return csv.toString();
	}

	/**
	 * Shop events of the same users: view, then perhaps search, cart, checkout and pay
	 * within days, each step reached by fewer users; a device as breakdown property.
	 */
	static String events() {
		Random random = new Random(20260102);
		String[] devices = { "ios", "android", "pc" };
		StringBuilder csv = new StringBuilder("user_id,timestamp,event,property\n");
		long firstSecond = FIRST_JOURNEY_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
		long span = ChronoUnit.SECONDS.between(FIRST_JOURNEY_DAY.atStartOfDay(), LAST_DAY.atStartOfDay());
		String[] steps = { "view", "cart", "checkout", "pay" };
		double[] onward = { 0.45, 0.6, 0.7 };
		for (int user = 1; user <= 12_000; user++) {
			String device = devices[random.nextInt(devices.length)];
			long time = firstSecond + (long) (random.nextDouble() * (span - 20 * 86_400L));
			int visits = 1 + random.nextInt(3);
			for (int visit = 0; visit < visits; visit++) {
				if (random.nextDouble() < 0.3) {
					csv.append('u')
						.append(user)
						.append(',')
						.append(Instant.ofEpochSecond(time))
						.append(",search,")
						.append(device)
						.append('\n');
					time += 60 + random.nextInt(600);
				}
				for (int step = 0; step < steps.length; step++) {
					csv.append('u')
						.append(user)
						.append(',')
						.append(Instant.ofEpochSecond(time))
						.append(',')
						.append(steps[step])
						.append(',')
						.append(device)
						.append('\n');
					time += 120 + (long) (random.nextDouble() * 3 * 86_400 * (step + 1) / steps.length);
					if (step == steps.length - 1 || random.nextDouble() > onward[step]) {
						break;
					}
				}
				time += 86_400L * (1 + random.nextInt(10));
			}
		}
		return csv.toString();
	}

	/**
	 * Daily figures per channel: spend around a channel's daily level, impressions,
	 * clicks, visits, orders and new customers in funnel order, and revenue at the
	 * channel's return (under 1.5 for live-stream commerce, 2–4.5 elsewhere). Search ads
	 * report no impressions (left empty: not reported).
	 */
	static String channelActuals(List<String> channels, LocalDate first, LocalDate last) {
		Random random = new Random(20260103);
		StringBuilder csv = new StringBuilder(
				"date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue\n");
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			double season = 1 + 0.25 * Math.sin(2 * Math.PI * day.getDayOfYear() / 365.0)
					+ ((day.getMonthValue() == 11 && day.getDayOfMonth() >= 1 && day.getDayOfMonth() <= 11) ? 0.8 : 0);
			for (int c = 0; c < channels.size(); c++) {
				String channel = channels.get(c);
				double level = 3000 + 1500 * ((c * 7) % 5);
				double spend = level * season * (0.85 + 0.3 * random.nextDouble());
				double roi = channel.equals(WEAK_CHANNEL) ? 1.05 + 0.2 * random.nextDouble()
						: 2.0 + ((c * 3) % 5) * 0.6 + 0.4 * random.nextDouble();
				long impressions = (long) (spend * (40 + random.nextInt(30)));
				long clicks = (long) (impressions * (0.015 + 0.02 * random.nextDouble()));
				long visits = (long) (clicks * (0.6 + 0.3 * random.nextDouble()));
				double revenue = spend * roi;
				long orders = Math.max(1, Math.round(revenue / (180 + random.nextInt(120))));
				orders = Math.min(orders, visits);
				long newCustomers = Math.round(orders * (0.3 + 0.3 * random.nextDouble()));
				csv.append(day).append(',').append(channel).append(',').append(money(spend)).append(',');
				csv.append(channel.equals("sem") ? "" : Long.toString(impressions)).append(',');
				csv.append(clicks).append(',').append(visits).append(',').append(orders).append(',');
				csv.append(newCustomers).append(',').append(money(revenue)).append('\n');
			}
		}
		return csv.toString();
	}

	/**
	 * Spend of each budget line with an amount: per month at 85–100 % of its even monthly
	 * share of the plan's period (on the 1st for lines without a channel, spread over the
	 * days for channel lines), up to June 2026; the Douyin line at 135 % in May and June
	 * 2026.
	 */
	static String lineSpend(List<Line> lines) {
		Random random = new Random(20260104);
		StringBuilder csv = new StringBuilder("plan_id,line_id,date,amount\n");
		for (Line line : lines) {
			YearMonth firstMonth = YearMonth.from(line.start());
			YearMonth lastMonth = YearMonth.from(min(line.end(), LAST_DAY));
			long months = ChronoUnit.MONTHS.between(YearMonth.from(line.start()), YearMonth.from(line.end())) + 1;
			double monthly = line.planned().doubleValue() / months;
			for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
				double share = 0.85 + 0.15 * random.nextDouble();
				if (OVERSPENDING_CHANNEL.equals(line.channel()) && !month.isBefore(YearMonth.of(2026, 5))) {
					share = 1.35;
				}
				double amount = monthly * share;
				if (line.channel() == null) {
					csv.append(line.planId()).append(',').append(line.id()).append(',').append(month.atDay(1));
					csv.append(',').append(money(amount)).append('\n');
					continue;
				}
				int days = month.lengthOfMonth();
				for (int d = 1; d <= days; d++) {
					csv.append(line.planId()).append(',').append(line.id()).append(',').append(month.atDay(d));
					csv.append(',').append(money(amount / days)).append('\n');
				}
			}
		}
		return csv.toString();
	}

	/**
	 * One measurement per month for each KPI with a target: from its baseline (or 60 % of
	 * the target) towards 90 % of the target by the end of the plan, with some noise, up
	 * to June 2026.
	 */
	static String kpiMeasurements(List<Kpi> kpis) {
		Random random = new Random(20260105);
		StringBuilder csv = new StringBuilder("plan_id,kpi_id,period_start,date,value\n");
		for (Kpi kpi : kpis) {
			double target = kpi.target().doubleValue();
			double start = (kpi.baseline() != null) ? kpi.baseline().doubleValue() : target * 0.6;
			YearMonth firstMonth = YearMonth.from(kpi.start());
			YearMonth lastMonth = YearMonth.from(min(kpi.end(), LAST_DAY));
			long months = Math.max(1, ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(kpi.end())) + 1);
			int index = 0;
			for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
				double progress = (double) (index + 1) / months;
				double value = start + (target * 0.9 - start) * progress;
				value *= 0.95 + 0.1 * random.nextDouble();
				csv.append(kpi.planId()).append(',').append(kpi.id()).append(',').append(month.atDay(1)).append(',');
				csv.append(month.atEndOfMonth()).append(',');
				csv.append(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString()).append('\n');
				index++;
			}
		}
		return csv.toString();
	}

	/**
	 * The sample A/B test of a demo plan, named as sample data: a product page's main
	 * image, four weeks from the plan's third week, the challenger converting about a
	 * sixth better than the control over some 12,000 visitors each — enough for a
	 * significant result at 95 % — finished when the sample data's last day is past its
	 * end. The same plan gives the same counts.
	 */
	static ExperimentCommand abTest(DemoPlan plan) {
		Random random = new Random(20260106 + plan.id());
		LocalDate start = min(plan.start().plusDays(14), plan.end());
		LocalDate end = min(start.plusDays(27), plan.end());
		long controlExposures = 11_800 + random.nextInt(1_200);
		long challengerExposures = 11_800 + random.nextInt(1_200);
		long controlConversions = Math.round(controlExposures * (0.038 + 0.004 * random.nextDouble()));
		long challengerConversions = Math.round(challengerExposures * (0.045 + 0.004 * random.nextDouble()));
		return new ExperimentCommand("示例数据 Sample data · 商品详情页主图 A/B 测试", "示例数据（sample data，随演示计划生成）：实拍场景主图比白底主图的加购率更高。"
				+ " Sample data shipped with the demo plan: a lifestyle main image converts more visitors to add-to-cart"
				+ " than the white-background one.", "加购率 add-to-cart rate", null, start, end,
				end.isAfter(LAST_DAY) ? ExperimentStatus.RUNNING : ExperimentStatus.FINISHED, new BigDecimal("95"),
				new BigDecimal("80"), new BigDecimal("20"),
				List.of(new VariantCommand("A 白底主图", controlExposures, controlConversions),
						new VariantCommand("B 实拍场景主图", challengerExposures, challengerConversions)),
				null);
	}

	/** An index in {@code 0..size-1}, lower ones more likely (popular channels first). */
	private static int skewed(Random random, int size) {
		double u = random.nextDouble();
		return Math.min(size - 1, (int) (size * u * u));
	}

	private static String money(double amount) {
		return Money.rounded(BigDecimal.valueOf(amount)).toPlainString();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
