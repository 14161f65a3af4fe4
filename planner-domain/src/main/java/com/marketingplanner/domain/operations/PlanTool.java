package com.marketingplanner.domain.operations;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.organisation.TeamUnit;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A tool of the plan's stack (002: Zoho + 自研CRM, SAS + 企业微信, Hadoop, BI, LSTM, ARIMA):
 * what it is for, who owns it (a team unit of the plan's organisation and/or an owner in
 * words), and whether it is used already or planned — a planned tool optionally by a date
 * or by the end of a month of the plan (004 2.5: 智能客服 by M6).
 */
@Entity
@Table(name = "plan_tool")
public class PlanTool implements PlanPart, Versioned {

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ToolCategory category;

	private String purpose;

	@Column(name = "owner_unit_id")
	private Long ownerUnitId;

	private String owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ToolStatus status;

	@Column(name = "planned_by")
	private LocalDate plannedBy;

	@Column(name = "planned_month")
	private Integer plannedMonth;

	private String note;

	@Version
	private long version;

	protected PlanTool() {
	}

	public PlanTool(Plan plan, int position, String name, ToolCategory category) {
		this.plan = plan;
		this.position = position;
		this.status = ToolStatus.IN_USE;
		rename(name, category);
	}

	/**
	 * Names the tool and says what kind of tool it is.
	 * @throws BusinessRuleViolation when the name is blank or the category missing
	 */
	public void rename(String newName, ToolCategory newCategory) {
		if (newCategory == null) {
			throw new BusinessRuleViolation("category", "error.operations.category-required",
					"A tool needs a category");
		}
		this.name = OperationsText.requiredName(newName);
		this.category = newCategory;
	}

	/** States what the tool is used for and what the source says about it beyond that. */
	public void describe(String newPurpose, String newNote) {
		this.purpose = blankToNull(newPurpose);
		this.note = blankToNull(newNote);
	}

	/**
	 * Names who owns the tool: a team unit of the same plan, an owner in words, or both.
	 * @throws BusinessRuleViolation when the unit belongs to another plan
	 */
	public void ownedBy(TeamUnit unit, String ownerInWords) {
		if (unit != null && !unit.getPlan().getId().equals(this.plan.getId())) {
			throw new BusinessRuleViolation("ownerUnitId", "error.operations.unit-unknown",
					"No such team unit in this plan: {0}", unit.getId());
		}
		this.ownerUnitId = (unit != null) ? unit.getId() : null;
		this.owner = blankToNull(ownerInWords);
	}

	/** Forgets the owning team unit (it is being deleted); the owner in words stays. */
	public void forgetOwnerUnit() {
		this.ownerUnitId = null;
	}

	/**
	 * States whether the tool is in use or planned, and for a planned one by when: a
	 * date, or the end of a month of the plan (1 = the plan's first month), not both.
	 * @throws BusinessRuleViolation when the status is missing, a tool in use has a
	 * planned date, both a date and a month are given, or the month is below 1
	 */
	public void schedule(ToolStatus newStatus, LocalDate by, Integer month) {
		if (newStatus == null) {
			throw new BusinessRuleViolation("status", "error.operations.status-required",
					"Say whether the tool is in use or planned");
		}
		if (newStatus == ToolStatus.IN_USE && (by != null || month != null)) {
			throw new BusinessRuleViolation((by != null) ? "plannedBy" : "plannedMonth",
					"error.operations.schedule-only-when-planned", "Only a planned tool has a date to be ready by");
		}
		if (by != null && month != null) {
			throw new BusinessRuleViolation("plannedMonth", "error.operations.one-schedule",
					"Give either a date or a month of the plan, not both");
		}
		this.status = newStatus;
		this.plannedBy = by;
		this.plannedMonth = OperationsText.atLeast("plannedMonth", month, 1);
	}

	/**
	 * The date a planned tool is due: its date, else the last day of its month of the
	 * plan (month {@code n} ends the day before {@code periodStart + n months});
	 * {@code null} when in use or undated.
	 */
	public LocalDate dueDate() {
		if (this.plannedBy != null) {
			return this.plannedBy;
		}
		if (this.plannedMonth != null && this.plan.getPeriodStart() != null) {
			return this.plan.getPeriodStart().plusMonths(this.plannedMonth).minusDays(1);
		}
		return null;
	}

	public boolean isPlanned() {
		return this.status == ToolStatus.PLANNED;
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

	public ToolCategory getCategory() {
		return this.category;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public Long getOwnerUnitId() {
		return this.ownerUnitId;
	}

	public String getOwner() {
		return this.owner;
	}

	public ToolStatus getStatus() {
		return this.status;
	}

	public LocalDate getPlannedBy() {
		return this.plannedBy;
	}

	public Integer getPlannedMonth() {
		return this.plannedMonth;
	}

	public String getNote() {
		return this.note;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
