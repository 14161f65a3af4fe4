package com.marketingplanner.web.alert;

import java.util.List;

import com.marketingplanner.domain.alert.Alert;
import com.marketingplanner.domain.alert.AlertFilter;
import com.marketingplanner.domain.alert.AlertService;
import com.marketingplanner.domain.alert.AlertSeverity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the self-contained alert fragments ({@code alerts/fragments :: planAlerts} on the
 * plan overview, {@code :: portfolioAlerts} on the portfolio) show: the newest unresolved
 * alerts and how many there are by severity. Templates reach it as
 * {@code @alertFragments}, so a page places a fragment without its controller knowing.
 */
@Component("alertFragments")
public class AlertFragments {

	static final int SHOWN = 5;

	private final AlertService alerts;

	AlertFragments(AlertService alerts) {
		this.alerts = alerts;
	}

	public Summary forPlan(long planId) {
		return summary(this.alerts.list(planId, AlertFilter.unresolved(), PageRequest.of(0, SHOWN)),
				this.alerts.list(planId, new AlertFilter(null, AlertSeverity.CRITICAL), PageRequest.of(0, 1))
					.getTotalElements());
	}

	/** The alerts of the plans this person may read. */
	public Summary portfolio(String username) {
		// the readable plans are looked up once for both queries
		List<Long> readable = this.alerts.readablePlanIds(username);
		return summary(this.alerts.listOfPlans(readable, AlertFilter.unresolved(), PageRequest.of(0, SHOWN)),
				this.alerts.listOfPlans(readable, new AlertFilter(null, AlertSeverity.CRITICAL), PageRequest.of(0, 1))
					.getTotalElements());
	}

	private static Summary summary(Page<Alert> newest, long critical) {
		return new Summary(newest.getContent(), newest.getTotalElements(), critical);
	}

	/**
	 * @param newest the newest unresolved alerts, at most {@value #SHOWN}
	 * @param unresolved how many are not resolved
	 * @param critical how many of those are critical
	 */
	public record Summary(List<Alert> newest, long unresolved, long critical) {
	}

}
