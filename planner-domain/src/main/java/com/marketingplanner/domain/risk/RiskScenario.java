package com.marketingplanner.domain.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A scenario of a risk's scenario library (002's platform-policy risk: 200 scenarios × 3
 * responses + 1 backup channel): what may happen, the prepared responses in order, and
 * the channel to fall back to. Belongs to a risk of the same plan (or to the plan's
 * library while no risk is named).
 */
@Entity
@Table(name = "risk_scenario")
public class RiskScenario implements PlanPart, Versioned {

	static final int MAX_RESPONSES = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(name = "risk_id")
	private Long riskId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	private String description;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "risk_scenario_response", joinColumns = @JoinColumn(name = "scenario_id"))
	@OrderColumn(name = "position")
	@Column(name = "response", nullable = false)
	private List<String> responses = new ArrayList<>();

	@Column(name = "backup_channel")
	private String backupChannel;

	@Version
	private long version;

	protected RiskScenario() {
	}

	public RiskScenario(Plan plan, int position, String title) {
		this.plan = plan;
		this.position = position;
		describe(title, null);
	}

	public void describe(String newTitle, String newDescription) {
		this.title = Texts.required(newTitle, "title", "error.scenario.title-required", "A scenario needs a title");
		this.description = (newDescription == null || newDescription.isBlank()) ? null : newDescription.strip();
	}

	/**
	 * Sets the prepared responses (blank ones dropped, order kept) and the channel to
	 * fall back to.
	 * @throws BusinessRuleViolation for more than {@value #MAX_RESPONSES} responses
	 */
	public void prepare(List<String> newResponses, String newBackupChannel) {
		List<String> kept = new ArrayList<>();
		if (newResponses != null) {
			newResponses.stream().filter((r) -> r != null && !r.isBlank()).map(String::strip).forEach(kept::add);
		}
		if (kept.size() > MAX_RESPONSES) {
			throw new BusinessRuleViolation("responses", "error.scenario.too-many-responses",
					"A scenario has at most " + MAX_RESPONSES + " responses", MAX_RESPONSES);
		}
		this.responses.clear();
		this.responses.addAll(kept);
		this.backupChannel = (newBackupChannel == null || newBackupChannel.isBlank()) ? null : newBackupChannel.strip();
	}

	/**
	 * Files the scenario under a risk of the same plan ({@code null}: the plan's
	 * library).
	 */
	public void belongTo(Long newRiskId) {
		this.riskId = newRiskId;
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

	public Long getRiskId() {
		return this.riskId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public List<String> getResponses() {
		return Collections.unmodifiableList(this.responses);
	}

	public String getBackupChannel() {
		return this.backupChannel;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
