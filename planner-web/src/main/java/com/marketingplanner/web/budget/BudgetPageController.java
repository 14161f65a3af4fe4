package com.marketingplanner.web.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import com.marketingplanner.domain.budget.ActualSpend;
import com.marketingplanner.domain.budget.AllocationRule;
import com.marketingplanner.domain.budget.AllocationRuleCommand;
import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.AllocationRuleService;
import com.marketingplanner.domain.budget.BudgetLine;
import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetOverview;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.budget.ChannelMetric;
import com.marketingplanner.domain.budget.PercentageBase;
import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.web.page.FormSubmission;
import com.marketingplanner.web.page.RowPage;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget page: the split as a tree with amounts and shares, the totals, the findings
 * of the budget check, and forms for lines, rules and spend. Saving is never refused for
 * a finding; the findings show on the page after every save.
 */
@Controller
@RequestMapping("/plans/{planId}/budget")
class BudgetPageController {

	private static final String LINE_FORM = "lineForm";

	private static final String RULE_FORM = "ruleForm";

	private static final String SPEND_FORM = "spendForm";

	private final BudgetService budget;

	private final AllocationRuleService rules;

	private final ChannelService channels;

	private static final String LINE_PAGE_ASKED = "linePageAsked";

	private final BudgetFormat format;

	private final BudgetCharts charts;

	private final KpiService kpis;

	BudgetPageController(BudgetService budget, AllocationRuleService rules, ChannelService channels,
			BudgetFormat format, BudgetCharts charts, KpiService kpis) {
		this.kpis = kpis;
		this.charts = charts;
		this.budget = budget;
		this.rules = rules;
		this.channels = channels;
		this.format = format;
	}

	/**
	 * Lines shown per page of the line table: a plan may have a thousand lines, and the
	 * page stays under 300 KB (docs/performance.md). Totals, charts and the choices of
	 * the forms always cover every line.
	 */
	static final int LINES_PER_PAGE = 250;

	/**
	 * Spend entries shown, the latest first (imported daily spend gives a plan thousands;
	 * all of them are in the line-spend export).
	 */
	static final int SPEND_SHOWN = 50;

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(name = "lines", defaultValue = "1") int linePage,
			Model model) {
		model.addAttribute(LINE_PAGE_ASKED, linePage);
		return render(planId, model);
	}

	// --- lines ------------------------------------------------------------------

	@PostMapping("/lines")
	String addLine(@PathVariable long planId, @Valid @ModelAttribute(LINE_FORM) BudgetLineCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.budget.addLine(planId, form))
			.thenRedirect(redirect, "flash.created", path(planId));
	}

	@GetMapping("/lines/{lineId}/edit")
	String editLine(@PathVariable long planId, @PathVariable long lineId, Model model) {
		BudgetLine line = this.budget.getLine(planId, lineId);
		model.addAttribute(LINE_FORM,
				new BudgetLineCommand(line.getParentId(), line.getPosition(), line.getName(), line.getDescription(),
						(line.getChannel() != null) ? line.getChannel().getCode() : null, line.getPhaseId(),
						line.getQuarter(), line.getPlannedAmount(), line.getPlannedPercentage(),
						line.getPercentageBase(), List.copyOf(line.getTags()), line.getVersion()));
		model.addAttribute("lineId", lineId);
		return render(planId, model);
	}

	@PostMapping("/lines/{lineId}")
	String updateLine(@PathVariable long planId, @PathVariable long lineId,
			@Valid @ModelAttribute(LINE_FORM) BudgetLineCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("lineId", lineId);
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.budget.updateLine(planId, lineId, form))
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	@PostMapping("/lines/{lineId}/delete")
	String deleteLine(@PathVariable long planId, @PathVariable long lineId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.budget.deleteLine(planId, lineId, version);
		return done(planId, redirect, "flash.deleted");
	}

	// --- spend ------------------------------------------------------------------

	@PostMapping("/spend")
	String addSpend(@PathVariable long planId, @Valid @ModelAttribute(SPEND_FORM) SpendForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.budget.addSpend(planId, form.lineId(), form.toCommand()))
			.thenRedirect(redirect, "flash.created", path(planId));
	}

	@PostMapping("/lines/{lineId}/spend/{spendId}/delete")
	String deleteSpend(@PathVariable long planId, @PathVariable long lineId, @PathVariable long spendId,
			RedirectAttributes redirect) {
		this.budget.deleteSpend(planId, lineId, spendId);
		return done(planId, redirect, "flash.deleted");
	}

	// --- rules ------------------------------------------------------------------

	@PostMapping("/rules")
	String addRule(@PathVariable long planId, @Valid @ModelAttribute(RULE_FORM) AllocationRuleCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.rules.add(planId, form))
			.thenRedirect(redirect, "flash.created", path(planId));
	}

	@GetMapping("/rules/{ruleId}/edit")
	String editRule(@PathVariable long planId, @PathVariable long ruleId, Model model) {
		AllocationRule rule = this.rules.get(planId, ruleId);
		model.addAttribute(RULE_FORM, AllocationRuleCommand.editing(rule));
		model.addAttribute("ruleId", ruleId);
		return render(planId, model);
	}

	@PostMapping("/rules/{ruleId}")
	String updateRule(@PathVariable long planId, @PathVariable long ruleId,
			@Valid @ModelAttribute(RULE_FORM) AllocationRuleCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("ruleId", ruleId);
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.rules.update(planId, ruleId, form))
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	@PostMapping("/rules/{ruleId}/delete")
	String deleteRule(@PathVariable long planId, @PathVariable long ruleId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.rules.delete(planId, ruleId, version);
		return done(planId, redirect, "flash.deleted");
	}

	// --- view -------------------------------------------------------------------

	private static String done(long planId, RedirectAttributes redirect, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + path(planId);
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/budget";
	}

	private String render(long planId, Model model) {
		BudgetOverview overview = this.budget.overview(planId);
		BudgetReport report = overview.report();
		String currency = overview.plan().getCurrency();
		List<Row> rows = new ArrayList<>();
		flatten(overview.tree(), 0, rows);
		int asked = (model.getAttribute(LINE_PAGE_ASKED) instanceof Integer page) ? page : 1;
		Object editedLineId = model.getAttribute("lineId");
		model.addAttribute("linePage", RowPage.holding(rows, LINES_PER_PAGE, asked,
				(row) -> editedLineId instanceof Long lineId && row.node().id() == lineId));
		Map<Long, String> lineNames = new LinkedHashMap<>();
		rows.forEach((row) -> lineNames.put(row.node().id(), row.node().name()));
		Map<Long, BudgetReport.RuleResult> ruleResults = new LinkedHashMap<>();
		report.rules().forEach((result) -> ruleResults.put(result.ruleId(), result));
		Page<ActualSpend> spend = this.budget.latestSpend(planId, SPEND_SHOWN);
		Map<Long, String> phaseNames = this.budget.phaseNames(planId);

		model.addAttribute("plan", overview.plan());
		model.addAttribute("currency", currency);
		model.addAttribute("report", report);
		model.addAttribute("rows", rows);
		model.addAttribute("lineNames", lineNames);
		Map<String, String> lineNamesByText = new LinkedHashMap<>();
		lineNames.forEach((id, name) -> lineNamesByText.put(String.valueOf(id), name));
		model.addAttribute("lineNamesByText", lineNamesByText);
		model.addAttribute("rules", overview.rules());
		model.addAttribute("ruleResults", ruleResults);
		model.addAttribute("warnings", report.warnings()
			.stream()
			.map((warning) -> new WarningView(warning.severity().name(), this.format.warning(warning, currency)))
			.toList());
		model.addAttribute("spend", spend.getContent());
		model.addAttribute("spendCount", spend.getTotalElements());
		List<Channel> catalog = this.channels.all();
		Map<String, String> channelNames = new LinkedHashMap<>();
		catalog.forEach(
				(channel) -> channelNames.put(channel.getCode(), channel.displayName(LocaleContextHolder.getLocale())));
		model.addAttribute("channels", catalog);
		model.addAttribute("channelNames", channelNames);
		model.addAttribute("split", this.charts.split("budget-split", report, overview.tree(), channelNames));
		model.addAttribute("planVsActual",
				this.charts.planVsActual("budget-plan-vs-actual", currency, overview.tree()));
		model.addAttribute("phaseNames", phaseNames);
		model.addAttribute("bases", PercentageBase.values());
		model.addAttribute("ruleKinds", AllocationRuleKind.values());
		model.addAttribute("ruleScopes", RuleScope.values());
		model.addAttribute("channelMetrics", ChannelMetric.values());
		Map<Long, String> kpiNames = new LinkedHashMap<>();
		this.kpis.all(planId, KpiFilter.none()).forEach((kpi) -> kpiNames.put(kpi.getId(), kpi.getName()));
		model.addAttribute("kpiNames", kpiNames);
		if (!model.containsAttribute(LINE_FORM)) {
			model.addAttribute(LINE_FORM, new BudgetLineCommand(null, null, "", null, null, null, null, null, null,
					PercentageBase.TOTAL, List.of(), null));
		}
		if (!model.containsAttribute(RULE_FORM)) {
			model.addAttribute(RULE_FORM, new AllocationRuleCommand(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, null,
					null, null, PercentageBase.TOTAL, null, null, null));
		}
		if (!model.containsAttribute(SPEND_FORM)) {
			model.addAttribute(SPEND_FORM, SpendForm.empty());
		}
		return "budget/page";
	}

	private static void flatten(List<BudgetLineNode> nodes, int depth, List<Row> into) {
		for (BudgetLineNode node : nodes) {
			into.add(new Row(node, depth));
			flatten(node.children(), depth + 1, into);
		}
	}

	/** A line of the tree table, indented by its depth. */
	record Row(BudgetLineNode node, int depth) {
	}

	/** A finding as shown: its severity and its sentence in the reader's language. */
	record WarningView(String severity, String text) {
	}

}
