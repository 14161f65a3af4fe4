package com.marketingplanner.domain.campaign;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Versioned;

/**
 * A campaign of a plan: a dated push on some channels, funded by a budget line and
 * serving some KPIs. Budget line and KPIs are other features' entities and are kept as
 * ids (checked against the plan by {@link CampaignService}).
 */
@Entity
@Table(name = "campaign")
public class Campaign implements PlanPart, Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "budget_line_id")
	private Long budgetLineId;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "campaign_channel", joinColumns = @JoinColumn(name = "campaign_id"),
			inverseJoinColumns = @JoinColumn(name = "channel_id"))
	private Set<Channel> channels = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_kpi", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "kpi_id")
	private Set<Long> kpiIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected Campaign() {
	}

	public Campaign(Plan plan, String name, LocalDate startDate, LocalDate endDate) {
		this.plan = plan;
		describe(name, null);
		schedule(startDate, endDate);
	}

	/**
	 * Checks a campaign's name without changing anything.
	 * @throws BusinessRuleViolation on {@code name} when it is blank
	 */
	public static void requireValidName(String name) {
		if (name == null || name.isBlank()) {
			throw new BusinessRuleViolation("name", "error.campaign.name-required", "A campaign needs a name");
		}
	}

	/**
	 * Checks a campaign's dates without changing anything.
	 * @throws BusinessRuleViolation on the field at fault
	 */
	public static void requireValidDates(LocalDate startDate, LocalDate endDate) {
		if (startDate == null) {
			throw new BusinessRuleViolation("startDate", "error.campaign.start-required",
					"A campaign needs a start date");
		}
		if (endDate == null) {
			throw new BusinessRuleViolation("endDate", "error.campaign.end-required", "A campaign needs an end date");
		}
		if (endDate.isBefore(startDate)) {
			throw new BusinessRuleViolation("endDate", "error.campaign.end-before-start",
					"The campaign ends on " + endDate + ", before it starts on " + startDate, startDate, endDate);
		}
	}

	public void describe(String newName, String newDescription) {
		requireValidName(newName);
		this.name = newName.strip();
		this.description = newDescription;
	}

	public void schedule(LocalDate newStart, LocalDate newEnd) {
		requireValidDates(newStart, newEnd);
		this.startDate = newStart;
		this.endDate = newEnd;
	}

	/** Replaces the channels the campaign runs on. */
	public void runOn(Set<Channel> newChannels) {
		this.channels.clear();
		if (newChannels != null) {
			this.channels.addAll(newChannels);
		}
	}

	/** Sets or removes ({@code null}) the budget line that pays for the campaign. */
	public void fundFrom(Long newBudgetLineId) {
		this.budgetLineId = newBudgetLineId;
	}

	/** Replaces the KPIs the campaign serves. */
	public void serve(Set<Long> newKpiIds) {
		this.kpiIds.clear();
		if (newKpiIds != null) {
			this.kpiIds.addAll(newKpiIds);
		}
	}

	public DateRange period() {
		return new DateRange(this.startDate, this.endDate);
	}

	/** Whether the campaign runs on that day (start and end included). */
	public boolean isActiveOn(LocalDate day) {
		return period().contains(day);
	}

	/** Whether the campaign runs on the channel with this code. */
	public boolean runsOn(String channelCode) {
		return this.channels.stream().anyMatch((channel) -> channel.getCode().equals(channelCode));
	}

	/** Whether the campaign lies wholly inside {@code range}. */
	public boolean liesWithin(DateRange range) {
		return range.contains(this.startDate) && range.contains(this.endDate);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public Long getBudgetLineId() {
		return this.budgetLineId;
	}

	public Set<Channel> getChannels() {
		return Collections.unmodifiableSet(this.channels);
	}

	/** The channel codes in alphabetical order. */
	public List<String> getChannelCodes() {
		return this.channels.stream().map(Channel::getCode).sorted(Comparator.naturalOrder()).toList();
	}

	public Set<Long> getKpiIds() {
		return Collections.unmodifiableSet(this.kpiIds);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
