package com.marketingplanner.domain.risk;

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
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A level of a plan's crisis playbook (002: 严重 / 普通 / 关注): when it applies, what is done,
 * who does it, and how fast — respond within {@code responseMinutes} (30 min), resolve
 * within {@code resolutionMinutes} (4 h). Levels are ordered by {@code position}, the
 * most severe first. Risks name the levels that apply to them.
 */
@Entity
@Table(name = "crisis_level")
public class CrisisLevel implements PlanPart, Versioned {

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

	private String criteria;

	private String actions;

	private String owner;

	@Column(name = "response_minutes")
	private Integer responseMinutes;

	@Column(name = "resolution_minutes")
	private Integer resolutionMinutes;

	@Version
	private long version;

	protected CrisisLevel() {
	}

	public CrisisLevel(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		rename(name);
	}

	public void rename(String newName) {
		this.name = Texts.required(newName, "name", "error.crisis.name-required", "A crisis level needs a name");
	}

	/**
	 * Says when the level applies, what is done and by whom.
	 * @param newCriteria what puts an incident on this level ("质量问题")
	 * @param newActions the actions, one per line ("停售公告", "致歉声明")
	 * @param newOwner who acts (roles or teams)
	 */
	public void prescribe(String newCriteria, String newActions, String newOwner) {
		this.criteria = blankToNull(newCriteria);
		this.actions = blankToNull(newActions);
		this.owner = blankToNull(newOwner);
	}

	/**
	 * Sets the response times (each optional).
	 * @throws BusinessRuleViolation when a time is not positive or the resolution comes
	 * before the response
	 */
	public void commitTo(Integer newResponseMinutes, Integer newResolutionMinutes) {
		if (newResponseMinutes != null && newResponseMinutes < 1) {
			throw new BusinessRuleViolation("responseMinutes", "error.crisis.minutes-positive",
					"A response time is at least one minute", newResponseMinutes);
		}
		if (newResolutionMinutes != null && newResolutionMinutes < 1) {
			throw new BusinessRuleViolation("resolutionMinutes", "error.crisis.minutes-positive",
					"A resolution time is at least one minute", newResolutionMinutes);
		}
		if (newResponseMinutes != null && newResolutionMinutes != null && newResolutionMinutes < newResponseMinutes) {
			throw new BusinessRuleViolation("resolutionMinutes", "error.crisis.resolution-before-response",
					"The resolution time cannot be shorter than the response time", newResponseMinutes,
					newResolutionMinutes);
		}
		this.responseMinutes = newResponseMinutes;
		this.resolutionMinutes = newResolutionMinutes;
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

	public String getCriteria() {
		return this.criteria;
	}

	public String getActions() {
		return this.actions;
	}

	public String getOwner() {
		return this.owner;
	}

	public Integer getResponseMinutes() {
		return this.responseMinutes;
	}

	public Integer getResolutionMinutes() {
		return this.resolutionMinutes;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
