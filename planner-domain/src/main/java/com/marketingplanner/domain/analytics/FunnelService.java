package com.marketingplanner.domain.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.funnel.EventFunnel;
import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.funnel.FunnelReport;
import com.marketingplanner.analytics.funnel.FunnelResult;
import com.marketingplanner.analytics.funnel.FunnelSpec;
import com.marketingplanner.analytics.funnel.StageFunnel;
import com.marketingplanner.domain.budget.ChannelResult;
import com.marketingplanner.domain.budget.ChannelResults;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.DateRange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's funnels: the ordered event funnel over the stored events of its period
 * (computed by the analytics module's {@link EventFunnel}, as the command line's
 * {@code funnel} does; cached per data version), and the funnel of the channel actuals'
 * stage counts impressions → clicks → visits → orders ({@link StageFunnel}).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class FunnelService {

	/** The stages of the counts funnel, in order. */
	public static final List<String> STAGES = List.of("impressions", "clicks", "visits", "orders");

	private final PlanService plans;

	private final MarketingData data;

	private final ResultCache cache;

	public FunnelService(PlanService plans, MarketingData data, ResultCache cache) {
		this.plans = plans;
		this.data = data;
		this.cache = cache;
	}

	/** The event funnel of the plan's period: users reaching each step, with rates. */
	public Computed<EventFunnelOutcome> events(long planId, FunnelSpec spec) {
		Plan plan = this.plans.get(planId);
		DateRange period = plan.period();
		return this.cache.get(new Key(planId, period, spec), this.data.version().version(), () -> {
			EventLog log = this.data.events(period, spec.steps(), spec.breakdown() != null);
			return new EventFunnelOutcome(period, spec, EventFunnel.analyse(log, spec), log.size(), log.userCount());
		});
	}

	/**
	 * The funnel of the channel actuals' counts over the plan's period, summed over the
	 * channels (all, or those given). Stages no channel reported are left out and named.
	 */
	public CountFunnel counts(long planId, Set<String> channels) {
		return counts(this.plans.get(planId).period(), channels);
	}

	/**
	 * The funnel of the channel actuals' counts over some days (a quarter of a plan's
	 * report), summed over the channels (all, or those given).
	 */
	public CountFunnel counts(DateRange period, Set<String> channels) {
		List<ChannelResult> results = ChannelResults.byChannel(this.data.channelActuals(period, channels), List.of());
		List<String> names = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String stage : STAGES) {
			Long sum = null;
			for (ChannelResult result : results) {
				Long count = switch (stage) {
					case "impressions" -> result.impressions();
					case "clicks" -> result.clicks();
					case "visits" -> result.visits();
					default -> result.orders();
				};
				if (count != null) {
					sum = (sum == null) ? count : sum + count;
				}
			}
			if (sum == null) {
				missing.add(stage);
			}
			else {
				names.add(stage);
				counts.add(sum);
			}
		}
		FunnelReport report = names.isEmpty() ? null
				: StageFunnel.of(names, counts.stream().mapToLong(Long::longValue).toArray());
		return new CountFunnel(period, (channels != null) ? Set.copyOf(channels) : Set.of(), report, missing);
	}

	private record Key(long planId, DateRange period, FunnelSpec spec) {
	}

	/**
	 * An event funnel over a plan's period.
	 *
	 * @param events how many stored events of the steps the period holds
	 * @param users how many users they belong to
	 */
	public record EventFunnelOutcome(DateRange period, FunnelSpec spec, FunnelResult result, int events, int users) {
	}

	/**
	 * The funnel of the channel actuals' stage counts.
	 *
	 * @param report the stages reported, in order; {@code null} when none was
	 * @param missingStages the stages no channel reported
	 */
	public record CountFunnel(DateRange period, Set<String> channels, FunnelReport report, List<String> missingStages) {
	}

}
