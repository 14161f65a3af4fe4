package com.marketingplanner.domain.organisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

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
import com.marketingplanner.domain.shared.Percentage;
import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A team, group or role of the plan's organisation with its headcount as the source
 * states it: exactly ({@code 30}: min = max), as a range ({@code 50–80}), open-ended
 * ({@code ≥ 20}: only a minimum), as a share of the staff ({@code 合规团队 = 5 %}), or as a
 * structure of leads and specialists ({@code 1 组长 + 2–3 专员}). Units of one {@code scheme}
 * form one version of the organisation; a source that states several (004: 36, 65, 50–80)
 * keeps each as its own scheme, none silently chosen. A unit may state how it recruits
 * ({@link RecruitmentChannel}s in the source's order, 001: 校园/社会/内部推荐) and the cycle of a
 * programme it runs in months (002: the 创新孵化器 incubates for 6 months).
 */
@Entity
@Table(name = "team_unit")
public class TeamUnit implements PlanPart, Versioned {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

	private String scheme;

	@Column(name = "headcount_min")
	private Integer headcountMin;

	@Column(name = "headcount_max")
	private Integer headcountMax;

	@Column(name = "staff_share")
	private Percentage staffShare;

	private Integer leads;

	@Column(name = "specialists_min")
	private Integer specialistsMin;

	@Column(name = "specialists_max")
	private Integer specialistsMax;

	private String roles;

	private String responsibilities;

	private String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "team_unit_recruitment_channel", joinColumns = @JoinColumn(name = "team_unit_id"))
	@OrderColumn(name = "position")
	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false)
	private List<RecruitmentChannel> recruitmentChannels = new ArrayList<>();

	@Column(name = "recruitment_note")
	private String recruitmentNote;

	@Column(name = "programme_cycle_months")
	private Integer programmeCycleMonths;

	@Version
	private long version;

	protected TeamUnit() {
	}

	public TeamUnit(Plan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		rename(name);
	}

	public void rename(String newName) {
		this.name = requiredName(newName);
	}

	/**
	 * Files the unit under a version of the organisation ({@code null} = the main one).
	 */
	public void fileUnder(String newScheme) {
		this.scheme = blankToNull(newScheme);
	}

	/**
	 * States the headcount: a range (either end open), and/or a share of the staff.
	 * @throws BusinessRuleViolation when a number is negative, the range is reversed or
	 * the share is not above 0 and at most 100
	 */
	public void staff(Integer min, Integer max, BigDecimal shareOfStaff) {
		requireRange("headcountMin", "headcountMax", min, max);
		if (shareOfStaff != null && (shareOfStaff.signum() <= 0 || shareOfStaff.compareTo(HUNDRED) > 0)) {
			throw new BusinessRuleViolation("staffShare", "error.organisation.share-range",
					"A share is above 0 and at most 100 percent", shareOfStaff);
		}
		this.headcountMin = min;
		this.headcountMax = max;
		this.staffShare = Percentage.ofNullable(shareOfStaff);
	}

	/**
	 * States the unit's structure: {@code leads} leads and {@code min}–{@code max}
	 * specialists (002: 1 组长 + 2–3 专员).
	 */
	public void structure(Integer newLeads, Integer min, Integer max) {
		if (newLeads != null && newLeads < 0) {
			throw new BusinessRuleViolation("leads", "error.organisation.count-negative",
					"A number of people cannot be negative", newLeads);
		}
		requireRange("specialistsMin", "specialistsMax", min, max);
		this.leads = newLeads;
		this.specialistsMin = min;
		this.specialistsMax = max;
	}

	/**
	 * Describes the unit.
	 * @param newRoles the named roles, one per line ("15 AI工程师")
	 * @param newResponsibilities what the unit is responsible for
	 * @param newNote what the source says about it beyond that, including where it
	 * contradicts itself
	 */
	public void describe(String newRoles, String newResponsibilities, String newNote) {
		this.roles = blankToNull(newRoles);
		this.responsibilities = blankToNull(newResponsibilities);
		this.note = blankToNull(newNote);
	}

	/**
	 * States how the unit recruits: its channels in the source's order and a note (what
	 * "other" is, whom each channel is for).
	 * @throws BusinessRuleViolation when a channel is named twice, or OTHER has no note
	 * saying what it is
	 */
	public void recruitThrough(List<RecruitmentChannel> channels, String note) {
		List<RecruitmentChannel> next = (channels != null) ? channels : List.of();
		if (next.stream().anyMatch(Objects::isNull) || new HashSet<>(next).size() != next.size()) {
			throw new BusinessRuleViolation("recruitmentChannels", "error.organisation.channel-repeated",
					"Name each recruitment channel once");
		}
		String text = blankToNull(note);
		if (next.contains(RecruitmentChannel.OTHER) && text == null) {
			throw new BusinessRuleViolation("recruitmentNote", "error.organisation.other-channel-unnamed",
					"Say in the note which other channel the unit recruits through");
		}
		this.recruitmentChannels.clear();
		this.recruitmentChannels.addAll(next);
		this.recruitmentNote = text;
	}

	/**
	 * States the cycle of a programme the unit runs, in months (002: 孵化周期6个月).
	 * @throws BusinessRuleViolation when it is not at least one month
	 */
	public void runProgrammeOf(Integer months) {
		if (months != null && months < 1) {
			throw new BusinessRuleViolation("programmeCycleMonths", "error.organisation.cycle-positive",
					"A programme cycle is at least one month", months);
		}
		this.programmeCycleMonths = months;
	}

	/**
	 * The fewest people the unit has as stated: the minimum of its range, else its leads
	 * plus its fewest specialists; {@code null} when neither is stated.
	 */
	public Integer fewestPeople() {
		if (this.headcountMin != null) {
			return this.headcountMin;
		}
		if (this.leads != null || this.specialistsMin != null) {
			return orZero(this.leads) + orZero(this.specialistsMin);
		}
		return null;
	}

	/**
	 * The most people the unit has as stated: the maximum of its range, else its leads
	 * plus its most specialists; {@code null} when open-ended or not stated.
	 */
	public Integer mostPeople() {
		if (this.headcountMin != null || this.headcountMax != null) {
			return this.headcountMax;
		}
		if (this.leads != null || this.specialistsMax != null) {
			return orZero(this.leads) + orZero(this.specialistsMax);
		}
		return null;
	}

	/**
	 * What a share of the staff means for a staff of {@code staffSize}: share × size ÷
	 * 100, rounded half-up to whole people ({@code null} without a share).
	 */
	public Integer peopleForStaffOf(int staffSize) {
		return (this.staffShare != null) ? this.staffShare.fraction()
			.multiply(BigDecimal.valueOf(staffSize))
			.setScale(0, RoundingMode.HALF_UP)
			.intValueExact() : null;
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	static void requireRange(String minField, String maxField, Integer min, Integer max) {
		if (min != null && min < 0) {
			throw new BusinessRuleViolation(minField, "error.organisation.count-negative",
					"A number of people cannot be negative", min);
		}
		if (max != null && max < 0) {
			throw new BusinessRuleViolation(maxField, "error.organisation.count-negative",
					"A number of people cannot be negative", max);
		}
		if (min != null && max != null && min > max) {
			throw new BusinessRuleViolation(maxField, "error.organisation.range-reversed",
					"The maximum ({1}) cannot be below the minimum ({0})", min, max);
		}
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	/**
	 * A name of an organisation item, stripped.
	 * @throws BusinessRuleViolation when it is blank
	 */
	static String requiredName(String name) {
		return Texts.required(name, "name", "error.organisation.name-required", "A name is required");
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

	public String getScheme() {
		return this.scheme;
	}

	public Integer getHeadcountMin() {
		return this.headcountMin;
	}

	public Integer getHeadcountMax() {
		return this.headcountMax;
	}

	/** The unit's share of the staff; {@code null} when not stated. */
	public Percentage staffShare() {
		return this.staffShare;
	}

	public BigDecimal getStaffShare() {
		return Percentage.pointsOrNull(this.staffShare);
	}

	public Integer getLeads() {
		return this.leads;
	}

	public Integer getSpecialistsMin() {
		return this.specialistsMin;
	}

	public Integer getSpecialistsMax() {
		return this.specialistsMax;
	}

	public String getRoles() {
		return this.roles;
	}

	public String getResponsibilities() {
		return this.responsibilities;
	}

	public String getNote() {
		return this.note;
	}

	public List<RecruitmentChannel> getRecruitmentChannels() {
		return List.copyOf(this.recruitmentChannels);
	}

	public String getRecruitmentNote() {
		return this.recruitmentNote;
	}

	public Integer getProgrammeCycleMonths() {
		return this.programmeCycleMonths;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
