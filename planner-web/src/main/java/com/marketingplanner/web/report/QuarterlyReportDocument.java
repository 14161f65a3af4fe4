package com.marketingplanner.web.report;

import java.util.Locale;
import java.util.Map;

import com.marketingplanner.domain.report.Quarter;
import com.marketingplanner.web.analytics.AnalyticsFormat;
import com.marketingplanner.web.budget.BudgetFormat;
import com.marketingplanner.web.page.DisplayFormat;
import com.marketingplanner.web.page.Downloads;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The quarterly report as a PDF: the model is written into the XHTML template
 * {@code report/quarterly.html} (every text escaped by Thymeleaf, so what a user typed is
 * printed as text) with its charts as SVG, then rendered by {@link PdfRendering}.
 */
@Component
class QuarterlyReportDocument {

	private final QuarterlyReports reports;

	private final ITemplateEngine templates;

	private final PdfRendering pdf;

	private final ReportCharts charts;

	private final MessageSource messages;

	private final ReportFormat format;

	QuarterlyReportDocument(QuarterlyReports reports, ITemplateEngine templates, PdfRendering pdf, ReportCharts charts,
			MessageSource messages, DisplayFormat display, BudgetFormat budget, AnalyticsFormat analytics) {
		this.reports = reports;
		this.templates = templates;
		this.pdf = pdf;
		this.charts = charts;
		this.messages = messages;
		this.format = new ReportFormat(display, budget, analytics);
	}

	/**
	 * The report of a plan for a quarter, in the given language (English or Simplified
	 * Chinese): every text of it, from the model to the PDF, is written in that language
	 * whatever the request's locale is.
	 * @throws com.marketingplanner.domain.shared.ResourceNotFoundException for an unknown
	 * plan
	 * @throws com.marketingplanner.domain.shared.BusinessRuleViolation for a quarter that
	 * is malformed or outside the plan period
	 */
	Rendered create(long planId, String quarter, Locale locale) {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			QuarterlyReport report = this.reports.build(planId, quarter);
			return new Rendered(report, this.pdf.render(xhtml(report, locale)));
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/**
	 * The report as a download named after the plan and the quarter, in English or
	 * Simplified Chinese, whichever is closer to the requested language.
	 */
	ResponseEntity<byte[]> download(long planId, String quarter, Locale requested) {
		Rendered rendered = create(planId, quarter, Downloads.reportLocale(requested));
		Quarter reported = rendered.report().cover().quarter();
		return Downloads.attachment(rendered.pdf(), MediaType.APPLICATION_PDF,
				rendered.report().cover().title() + " " + reported, "plan-" + planId + "-" + reported, "pdf");
	}

	/** The XHTML the PDF is rendered from. */
	String xhtml(QuarterlyReport report, Locale locale) {
		Context context = new Context(locale,
				Map.of("report", report, "fmt", this.format, "charts", this.charts.of(report, locale)));
		return this.templates.process("report/quarterly", context);
	}

	String title(QuarterlyReport report, Locale locale) {
		return this.messages.getMessage("report.document-title",
				new Object[] { report.cover().title(), report.cover().quarter().toString() }, locale);
	}

	/** A report and its PDF. */
	record Rendered(QuarterlyReport report, byte[] pdf) {
	}

}
