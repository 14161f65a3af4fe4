package com.marketingplanner.web.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.marketingplanner.domain.campaign.Campaign;
import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.web.chart.Chart;
import com.marketingplanner.web.chart.ChartKind;
import com.marketingplanner.web.chart.Marker;
import com.marketingplanner.web.chart.Span;
import com.marketingplanner.web.chart.Tone;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The marketing calendar: the plan's campaigns by month and channel, as a timeline with
 * one row per channel (a campaign on three channels shows on three rows, in one colour)
 * and a row for campaigns without a channel; from the same campaigns as the campaign
 * list.
 */
@Component
class CampaignCalendar {

	private final MessageSource messages;

	CampaignCalendar(MessageSource messages) {
		this.messages = messages;
	}

	Chart of(Plan plan, List<Campaign> campaigns, boolean editable, LocalDate today) {
		Locale locale = LocaleContextHolder.getLocale();
		Chart.Builder chart = Chart
			.builder("calendar", ChartKind.TIMELINE, this.messages.getMessage("dashboard.calendar.chart", null, locale))
			.description(this.messages.getMessage("dashboard.calendar.description", null, locale));
		Map<String, Integer> rows = new LinkedHashMap<>();
		List<Channel> channels = campaigns.stream()
			.flatMap((campaign) -> campaign.getChannels().stream())
			.distinct()
			.sorted(Comparator.comparing(Channel::getCode))
			.toList();
		for (Channel channel : channels) {
			rows.put(channel.getCode(), rows.size());
			chart.row(channel.displayName(locale));
		}
		String noChannel = this.messages.getMessage("dashboard.calendar.no-channel", null, locale);
		LocalDate first = plan.getPeriodStart();
		LocalDate last = plan.getPeriodEnd();
		int index = 0;
		for (Campaign campaign : campaigns) {
			Tone tone = Tone.series(index++);
			String href = editable ? "/plans/" + plan.getId() + "/campaigns/" + campaign.getId() + "/edit"
					: "/plans/" + plan.getId() + "/campaigns#campaign-" + campaign.getId();
			List<Integer> campaignRows = new ArrayList<>();
			campaign.getChannels().forEach((channel) -> campaignRows.add(rows.get(channel.getCode())));
			if (campaignRows.isEmpty()) {
				if (!rows.containsKey(null)) {
					rows.put(null, rows.size());
					chart.row(noChannel);
				}
				campaignRows.add(rows.get(null));
			}
			for (int row : campaignRows) {
				chart.span(new Span("c" + campaign.getId() + "-" + row, row, campaign.getStartDate(),
						campaign.getEndDate(), campaign.getName(), campaign.getDescription(), tone, false, false,
						href));
			}
			first = campaign.getStartDate().isBefore(first) ? campaign.getStartDate() : first;
			last = campaign.getEndDate().isAfter(last) ? campaign.getEndDate() : last;
		}
		if (!today.isBefore(first) && !today.isAfter(last)) {
			chart.marker(new Marker(this.messages.getMessage("dashboard.gantt.today", null, locale), today, Tone.BAD));
		}
		return chart.period(first, last).build();
	}

}
