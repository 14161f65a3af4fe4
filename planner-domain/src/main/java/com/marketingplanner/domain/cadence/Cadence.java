package com.marketingplanner.domain.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.Versioned;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/**
 * A recurring meeting, report or review of a plan's rhythm (002: "每日召开15分钟站会",
 * "每周生成《营销效果周报》，包含30项细分指标", "双周复盘机制"): what it is, how often it happens (and how many
 * times per period when the source says "≥ 3 times a month"), the plan weeks it applies
 * to (002's stand-up: weeks 1–12), its duration, owner, participants, agenda or
 * deliverable, and the number of metrics a report carries.
 * <p>
 * Dates: each occurrence falls on the <em>last day</em> of its period, counted from the
 * first day the entry applies (the plan start, or the first day of {@code firstWeek}):
 * every day for daily entries, the 7th / 14th day of each week / fortnight, the last day
 * of each month, quarter, half-year or year (month ends kept: a plan starting on January
 * 1 has its monthly reviews on the calendar month ends). Only whole periods inside the
 * plan count. An entry without a frequency ("periodic") has no dates.
 */
@Entity
@Table(name = "plan_cadence")
public class Cadence implements PlanPart, Versioned {

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
	private CadenceKind kind;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	@Column(name = "times_per_period")
	private Integer timesPerPeriod;

	@Column(name = "first_week")
	private Integer firstWeek;

	@Column(name = "last_week")
	private Integer lastWeek;

	@Column(name = "duration_minutes")
	private Integer durationMinutes;

	private String owner;

	private String participants;

	private String agenda;

	@Column(name = "metric_count")
	private Integer metricCount;

	@Version
	private long version;

	protected Cadence() {
	}

	public Cadence(Plan plan, int position, String name, CadenceKind kind) {
		this.plan = plan;
		this.position = position;
		rename(name, kind);
	}

	/**
	 * Names the entry and says what it is.
	 * @throws BusinessRuleViolation without a name or a kind
	 */
	public void rename(String newName, CadenceKind newKind) {
		if (newName == null || newName.isBlank()) {
			throw new BusinessRuleViolation("name", "error.cadence.name-required",
					"A meeting or report of the rhythm needs a name");
		}
		if (newKind == null) {
			throw new BusinessRuleViolation("kind", "error.cadence.kind-required",
					"Say what the entry is: meeting, report, review, …");
		}
		this.name = newName.strip();
		this.kind = newKind;
	}

	/**
	 * Sets how often the entry recurs.
	 * @param newFrequency daily … yearly; {@code null} when the source states no rhythm
	 * @param newTimesPerPeriod how many times per period ("≥ 3 times a month"), else
	 * {@code null}
	 * @throws BusinessRuleViolation for real-time (monitoring is not a rhythm), a count
	 * below one, or a count without a frequency
	 */
	public void recur(Frequency newFrequency, Integer newTimesPerPeriod) {
		if (newFrequency == Frequency.REAL_TIME) {
			throw new BusinessRuleViolation("frequency", "error.cadence.real-time",
					"A rhythm recurs in periods; real-time monitoring is not a meeting or report");
		}
		if (newTimesPerPeriod != null && newTimesPerPeriod < 1) {
			throw new BusinessRuleViolation("timesPerPeriod", "error.cadence.positive",
					"This number is at least 1 ({0})", newTimesPerPeriod);
		}
		if (newTimesPerPeriod != null && newFrequency == null) {
			throw new BusinessRuleViolation("timesPerPeriod", "error.cadence.times-need-frequency",
					"Times per period need a frequency to say which period");
		}
		this.frequency = newFrequency;
		this.timesPerPeriod = newTimesPerPeriod;
	}

	/**
	 * Limits the entry to some weeks of the plan (week 1 begins on the plan's first day);
	 * {@code null} for either end = from the start / to the end of the plan.
	 * @throws BusinessRuleViolation for a week below 1 or a last week before the first
	 */
	public void applyInWeeks(Integer newFirstWeek, Integer newLastWeek) {
		if (newFirstWeek != null && newFirstWeek < 1) {
			throw new BusinessRuleViolation("firstWeek", "error.cadence.positive", "This number is at least 1 ({0})",
					newFirstWeek);
		}
		if (newLastWeek != null && newLastWeek < 1) {
			throw new BusinessRuleViolation("lastWeek", "error.cadence.positive", "This number is at least 1 ({0})",
					newLastWeek);
		}
		if (newFirstWeek != null && newLastWeek != null && newLastWeek < newFirstWeek) {
			throw new BusinessRuleViolation("lastWeek", "error.cadence.weeks-reversed",
					"The last week ({1}) comes before the first week ({0})", newFirstWeek, newLastWeek);
		}
		this.firstWeek = newFirstWeek;
		this.lastWeek = newLastWeek;
	}

	/**
	 * Says who runs the entry, who takes part, what it covers or delivers, how long it
	 * takes and how many metrics a report carries (each optional).
	 * @throws BusinessRuleViolation for a duration or metric count below one
	 */
	public void organise(String newOwner, String newParticipants, String newAgenda, Integer newDurationMinutes,
			Integer newMetricCount) {
		if (newDurationMinutes != null && newDurationMinutes < 1) {
			throw new BusinessRuleViolation("durationMinutes", "error.cadence.positive",
					"This number is at least 1 ({0})", newDurationMinutes);
		}
		if (newMetricCount != null && newMetricCount < 1) {
			throw new BusinessRuleViolation("metricCount", "error.cadence.positive", "This number is at least 1 ({0})",
					newMetricCount);
		}
		this.owner = blankToNull(newOwner);
		this.participants = blankToNull(newParticipants);
		this.agenda = blankToNull(newAgenda);
		this.durationMinutes = newDurationMinutes;
		this.metricCount = newMetricCount;
	}

	/**
	 * Whether this is the plan's weekly effect report (a weekly report), which the
	 * application generates from the plan's metrics.
	 */
	public boolean isWeeklyReport() {
		return this.kind == CadenceKind.REPORT && this.frequency == Frequency.WEEKLY;
	}

	/**
	 * The days the entry applies in a plan of this period: the plan period, narrowed to
	 * its weeks; empty when the weeks lie after the plan's end.
	 */
	public Optional<DateRange> activeIn(DateRange planPeriod) {
		LocalDate start = (this.firstWeek != null) ? planPeriod.start().plusWeeks(this.firstWeek - 1L)
				: planPeriod.start();
		LocalDate end = (this.lastWeek != null) ? planPeriod.start().plusWeeks(this.lastWeek).minusDays(1)
				: planPeriod.end();
		if (end.isAfter(planPeriod.end())) {
			end = planPeriod.end();
		}
		return start.isAfter(end) ? Optional.empty() : Optional.of(new DateRange(start, end));
	}

	/**
	 * The dates of the entry inside {@code window} for a plan of {@code planPeriod},
	 * earliest first (see the class comment for where a date falls).
	 * @param limit the most dates to return
	 */
	public List<LocalDate> occurrences(DateRange planPeriod, DateRange window, int limit) {
		List<LocalDate> dates = new ArrayList<>();
		var active = activeIn(planPeriod);
		if (this.frequency == null || active.isEmpty() || limit < 1) {
			return dates;
		}
		LocalDate first = active.get().start();
		LocalDate last = active.get().end();
		for (int k = 0;; k++) {
			LocalDate date = endOfPeriod(first, k);
			if (date.isAfter(last) || date.isAfter(window.end())) {
				return dates;
			}
			if (!date.isBefore(window.start())) {
				dates.add(date);
				if (dates.size() >= limit) {
					return dates;
				}
			}
		}
	}

	/** The last day of the k-th period (0-based) of the rhythm that begins on start. */
	private LocalDate endOfPeriod(LocalDate start, long k) {
		return switch (this.frequency) {
			case DAILY -> start.plusDays(k);
			case WEEKLY -> start.plusWeeks(k + 1).minusDays(1);
			case BIWEEKLY -> start.plusWeeks(2 * (k + 1)).minusDays(1);
			case MONTHLY -> start.plusMonths(k + 1).minusDays(1);
			case QUARTERLY -> start.plusMonths(3 * (k + 1)).minusDays(1);
			case HALF_YEARLY -> start.plusMonths(6 * (k + 1)).minusDays(1);
			case YEARLY -> start.plusYears(k + 1).minusDays(1);
			case REAL_TIME -> throw new IllegalStateException("real-time entries are refused by recur()");
		};
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

	public CadenceKind getKind() {
		return this.kind;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public Integer getTimesPerPeriod() {
		return this.timesPerPeriod;
	}

	public Integer getFirstWeek() {
		return this.firstWeek;
	}

	public Integer getLastWeek() {
		return this.lastWeek;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public String getOwner() {
		return this.owner;
	}

	public String getParticipants() {
		return this.participants;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public Integer getMetricCount() {
		return this.metricCount;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
