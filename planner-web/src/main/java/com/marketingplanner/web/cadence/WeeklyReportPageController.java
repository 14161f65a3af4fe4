package com.marketingplanner.web.cadence;

import jakarta.servlet.http.HttpServletResponse;

import com.marketingplanner.domain.cadence.WeeklyReport;
import com.marketingplanner.domain.cadence.WeeklyReportService;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.web.alert.AlertFormat;
import com.marketingplanner.web.goal.KpiView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weekly effect report page: a week picker limited to the plan period, then the
 * report. A bad week is shown next to the picker with the default week's report.
 */
@Controller
class WeeklyReportPageController {

	private final PlanService plans;

	private final WeeklyReportService reports;

	private final AlertFormat alerts;

	WeeklyReportPageController(PlanService plans, WeeklyReportService reports, AlertFormat alerts) {
		this.plans = plans;
		this.reports = reports;
		this.alerts = alerts;
	}

	@GetMapping("/plans/{planId}/reports/weekly")
	String weekly(@PathVariable long planId, @RequestParam(required = false) String week, Model model,
			HttpServletResponse response) {
		model.addAttribute("plan", this.plans.get(planId));
		WeeklyReport report;
		try {
			report = this.reports.report(planId, week);
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("weekError", ex);
			model.addAttribute("weekAsked", week);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			report = this.reports.report(planId, null);
		}
		model.addAttribute("report", report);
		model.addAttribute("kpiViews",
				report.kpis().stream().map((row) -> new KpiView(row.kpi(), row.thisWeek(), row.attainment())).toList());
		model.addAttribute("alertMessages", report.alerts().stream().map(this.alerts::message).toList());
		return "cadence/weekly";
	}

}
