package com.marketingplanner.domain.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A dashboard the plan defines (002: 30 指标 + 8 预警模块 with a 7天预测; the real-time 预算执行看板):
 * how many metrics and warning modules it has, how far it forecasts, how often it
 * refreshes, its named zones with the rule of each, the KPIs it follows, and the page of
 * this application that shows the same, when there is one.
 */
@Entity
@Table(name = "plan_dashboard")
public class Dashboard implements PlanPart, Versioned {

	/** The most zones a dashboard has. */
	public static final int MAX_ZONES = 10;

	/** The longest forecast horizon in days (a year and a day). */
	public static final int MAX_HORIZON_DAYS = 366;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	private String purpose;

	@Column(name = "metric_count")
	private Integer metricCount;

	@Column(name = "warning_module_count")
	private Integer warningModuleCount;

	@Column(name = "forecast_horizon_days")
	private Integer forecastHorizonDays;

	@Enumerated(EnumType.STRING)
	private DashboardRefresh refresh;

	@Enumerated(EnumType.STRING)
	@Column(name = "app_view")
	private DashboardView view;

	private String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "plan_dashboard_zone", joinColumns = @JoinColumn(name = "dashboard_id"))
	@OrderColumn(name = "position")
	private List<DashboardZone> zones = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "plan_dashboard_kpi", joinColumns = @JoinColumn(name = "dashboard_id"))
	@Column(name = "kpi_id")
	private Set<Long> kpiIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected Dashboard() {
	}

	public Dashboard(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		rename(name);
	}

	public void rename(String newName) {
		this.name = OperationsText.requiredName(newName);
	}

	/** States what the dashboard is for and what the source says beyond that. */
	public void describe(String newPurpose, String newNote) {
		this.purpose = blankToNull(newPurpose);
		this.note = blankToNull(newNote);
	}

	/**
	 * States the dashboard's size as the source does: its number of metrics and of
	 * warning modules, and how many days ahead it forecasts (each optional).
	 * @throws BusinessRuleViolation when a count is negative or the horizon is not 1 to
	 * {@value #MAX_HORIZON_DAYS} days
	 */
	public void measure(Integer metrics, Integer warningModules, Integer horizonDays) {
		if (horizonDays != null && horizonDays > MAX_HORIZON_DAYS) {
			throw new BusinessRuleViolation("forecastHorizonDays", "error.operations.horizon-too-long",
					"A forecast horizon is at most {0} days", MAX_HORIZON_DAYS);
		}
		this.metricCount = OperationsText.atLeast("metricCount", metrics, 0);
		this.warningModuleCount = OperationsText.atLeast("warningModuleCount", warningModules, 0);
		this.forecastHorizonDays = OperationsText.atLeast("forecastHorizonDays", horizonDays, 1);
	}

	/** States how often the dashboard refreshes and which page of the app shows it. */
	public void refreshAndShowIn(DashboardRefresh newRefresh, DashboardView newView) {
		this.refresh = newRefresh;
		this.view = newView;
	}

	/**
	 * Replaces the dashboard's zones (in order). A zone has a name; names are unique
	 * within the dashboard (ignoring case).
	 * @throws BusinessRuleViolation when there are more than {@value #MAX_ZONES} zones, a
	 * zone has no name, or two zones share a name
	 */
	public void divideInto(List<Zone> newZones) {
		List<Zone> given = (newZones != null) ? newZones : List.of();
		if (given.size() > MAX_ZONES) {
			throw new BusinessRuleViolation("zones", "error.operations.too-many-zones",
					"A dashboard has at most {0} zones", MAX_ZONES);
		}
		Set<String> names = new HashSet<>();
		List<DashboardZone> checked = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			Zone zone = given.get(i);
			String zoneName = (zone != null) ? blankToNull(zone.name()) : null;
			if (zoneName == null) {
				throw new BusinessRuleViolation("zones[" + i + "].name", "error.operations.zone-name-required",
						"A zone needs a name");
			}
			if (!names.add(zoneName.toLowerCase(Locale.ROOT))) {
				throw new BusinessRuleViolation("zones[" + i + "].name", "error.operations.zone-duplicate",
						"The dashboard already has a zone named {0}", zoneName);
			}
			checked.add(new DashboardZone(zoneName, blankToNull(zone.rule())));
		}
		this.zones.clear();
		this.zones.addAll(checked);
	}

	/**
	 * Replaces the KPIs the dashboard follows (the caller checks they are the plan's).
	 */
	public void follow(Set<Long> newKpiIds) {
		this.kpiIds.clear();
		if (newKpiIds != null) {
			this.kpiIds.addAll(newKpiIds);
		}
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	/** A zone as given: its name and the rule that puts a figure into it. */
	public record Zone(String name, String rule) {

	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public Integer getMetricCount() {
		return this.metricCount;
	}

	public Integer getWarningModuleCount() {
		return this.warningModuleCount;
	}

	public Integer getForecastHorizonDays() {
		return this.forecastHorizonDays;
	}

	public DashboardRefresh getRefresh() {
		return this.refresh;
	}

	public DashboardView getView() {
		return this.view;
	}

	public String getNote() {
		return this.note;
	}

	public List<DashboardZone> getZones() {
		return Collections.unmodifiableList(this.zones);
	}

	public Set<Long> getKpiIds() {
		return Collections.unmodifiableSet(this.kpiIds);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
