package com.marketingplanner.domain.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * An operating standard (SOP) of the plan with the numbers the source gives it: how many
 * scenarios it covers (004: 20 or 30 个场景), the time limit of the work it governs in hours
 * (上架 ≤ 72 小时), how many days ahead the work starts (促销提前15天策划), the checks it requires
 * (三审三校) and its owner.
 */
@Entity
@Table(name = "operating_standard")
public class OperatingStandard implements PlanPart, Versioned {

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

	private String scope;

	@Column(name = "scenario_count")
	private Integer scenarioCount;

	@Column(name = "time_limit_hours")
	private Integer timeLimitHours;

	@Column(name = "lead_time_days")
	private Integer leadTimeDays;

	private String checks;

	private String owner;

	private String note;

	@Version
	private long version;

	protected OperatingStandard() {
	}

	public OperatingStandard(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		rename(name);
	}

	public void rename(String newName) {
		this.name = OperationsText.requiredName(newName);
	}

	/**
	 * States what the standard covers: its scope in words and the number of scenarios.
	 * @throws BusinessRuleViolation when the number is below 1
	 */
	public void cover(String newScope, Integer scenarios) {
		this.scenarioCount = OperationsText.atLeast("scenarioCount", scenarios, 1);
		this.scope = blankToNull(newScope);
	}

	/**
	 * States the standard's timing: the most hours the work may take and how many days
	 * ahead of its date it starts (each optional).
	 * @throws BusinessRuleViolation when a number is below 1
	 */
	public void time(Integer limitHours, Integer leadDays) {
		this.timeLimitHours = OperationsText.atLeast("timeLimitHours", limitHours, 1);
		this.leadTimeDays = OperationsText.atLeast("leadTimeDays", leadDays, 1);
	}

	/** States the checks the standard requires, who owns it, and a note. */
	public void require(String newChecks, String newOwner, String newNote) {
		this.checks = blankToNull(newChecks);
		this.owner = blankToNull(newOwner);
		this.note = blankToNull(newNote);
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
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

	public String getScope() {
		return this.scope;
	}

	public Integer getScenarioCount() {
		return this.scenarioCount;
	}

	public Integer getTimeLimitHours() {
		return this.timeLimitHours;
	}

	public Integer getLeadTimeDays() {
		return this.leadTimeDays;
	}

	public String getChecks() {
		return this.checks;
	}

	public String getOwner() {
		return this.owner;
	}

	public String getNote() {
		return this.note;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
