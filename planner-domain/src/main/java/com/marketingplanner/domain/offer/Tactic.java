package com.marketingplanner.domain.offer;

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

import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A tactic's specification: what one unit of it ({@code appliesTo}: 店铺首页5秒决策区, 每篇笔记) is
 * made of — components with counts (3 × 短视频 + 1 × 主图) — and/or its steps in order with
 * the day each happens on (入群 → 第7天互动 → 第14天发券), on a campaign and a channel (or on the
 * plan when no campaign fits).
 */
@Entity
@Table(name = "plan_tactic")
public class Tactic implements PlanPart, Versioned {

	/** More components or steps than any seed's tactic has. */
	public static final int MAX_ITEMS = 20;

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

	@Column(name = "applies_to")
	private String appliesTo;

	@Column(name = "campaign_id")
	private Long campaignId;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "channel_id")
	private Channel channel;

	private String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "plan_tactic_component", joinColumns = @JoinColumn(name = "tactic_id"))
	@OrderColumn(name = "position")
	private List<TacticComponent> components = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "plan_tactic_step", joinColumns = @JoinColumn(name = "tactic_id"))
	@OrderColumn(name = "position")
	private List<TacticStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected Tactic() {
	}

	public Tactic(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		describe(name, null, null);
	}

	/**
	 * Names the tactic, what one unit of its specification is, and a note.
	 * @throws BusinessRuleViolation without a name
	 */
	public void describe(String newName, String newAppliesTo, String newNote) {
		this.name = Texts.required(newName, "name", "error.tactic.name-required", "A tactic needs a name");
		this.appliesTo = blankToNull(newAppliesTo);
		this.note = blankToNull(newNote);
	}

	/**
	 * Replaces the specification: components with their counts, and steps in order.
	 * @param componentNames what each component is (短视频)
	 * @param quantities how many of each (3)
	 * @param stepDays the day of each step after the start ({@code null} = order only)
	 * @param stepActions what each step does
	 * @throws BusinessRuleViolation when there is neither a component nor a step, more
	 * than {@link #MAX_ITEMS} of either, a component without a name or with a count below
	 * 1, a step without an action or on a negative day, or a step on an earlier day than
	 * a step before it
	 */
	public void specify(List<String> componentNames, List<Integer> quantities, List<Integer> stepDays,
			List<String> stepActions) {
		if (componentNames.isEmpty() && stepActions.isEmpty()) {
			throw new BusinessRuleViolation("components", "error.tactic.spec-required",
					"A tactic states its components with counts, its timed steps, or both");
		}
		if (componentNames.size() > MAX_ITEMS || stepActions.size() > MAX_ITEMS) {
			throw new BusinessRuleViolation((componentNames.size() > MAX_ITEMS) ? "components" : "steps",
					"error.tactic.too-many", "A tactic has at most {0} components and {0} steps", MAX_ITEMS);
		}
		List<TacticComponent> checkedComponents = new ArrayList<>();
		for (int i = 0; i < componentNames.size(); i++) {
			String component = Texts.required(componentNames.get(i), "components[" + i + "].component",
					"error.tactic.component-required", "A component needs a name");
			Integer quantity = quantities.get(i);
			if (quantity == null || quantity < 1) {
				throw new BusinessRuleViolation("components[" + i + "].quantity", "error.tactic.quantity-positive",
						"A count is at least 1", quantity);
			}
			checkedComponents.add(new TacticComponent(component, quantity));
		}
		List<TacticStep> checkedSteps = new ArrayList<>();
		Integer lastDay = null;
		for (int i = 0; i < stepActions.size(); i++) {
			String action = Texts.required(stepActions.get(i), "steps[" + i + "].action",
					"error.tactic.action-required", "A step needs an action");
			Integer day = stepDays.get(i);
			if (day != null && day < 0) {
				throw new BusinessRuleViolation("steps[" + i + "].day", "error.tactic.day-negative",
						"A step's day is 0 (the start) or later", day);
			}
			if (day != null && lastDay != null && day < lastDay) {
				throw new BusinessRuleViolation("steps[" + i + "].day", "error.tactic.steps-out-of-order",
						"Step {0} on day {1} comes before an earlier step's day {2}", i + 1, day, lastDay);
			}
			lastDay = (day != null) ? day : lastDay;
			checkedSteps.add(new TacticStep(day, action));
		}
		this.components.clear();
		this.components.addAll(checkedComponents);
		this.steps.clear();
		this.steps.addAll(checkedSteps);
	}

	/**
	 * Places it on a campaign and a channel (the campaign id checked by the service to be
	 * of the same plan).
	 */
	void placeOn(Long newCampaignId, Channel newChannel) {
		this.campaignId = newCampaignId;
		this.channel = newChannel;
	}

	/**
	 * How many days the steps span from the start (day 0), or {@code null} without days.
	 */
	public Integer spanDays() {
		return this.steps.stream().map(TacticStep::getDay).filter((day) -> day != null).reduce(Math::max).orElse(null);
	}

	/** How many content pieces one unit takes (3 短视频 + 1 主图 = 4). */
	public int pieces() {
		return this.components.stream().mapToInt(TacticComponent::getQuantity).sum();
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

	public String getAppliesTo() {
		return this.appliesTo;
	}

	public Long getCampaignId() {
		return this.campaignId;
	}

	public Channel getChannel() {
		return this.channel;
	}

	/** The channel's code, or {@code null}. */
	public String getChannelCode() {
		return (this.channel != null) ? this.channel.getCode() : null;
	}

	public String getNote() {
		return this.note;
	}

	public List<TacticComponent> getComponents() {
		return Collections.unmodifiableList(this.components);
	}

	public List<TacticStep> getSteps() {
		return Collections.unmodifiableList(this.steps);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
