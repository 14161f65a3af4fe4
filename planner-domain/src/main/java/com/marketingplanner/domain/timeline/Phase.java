package com.marketingplanner.domain.timeline;

import java.time.LocalDate;
import java.util.Objects;

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
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Versioned;

/**
 * A phase of a plan's timeline (e.g. "1 戰略準備期 prep, 01-01 → 02-28") with its focus. Its
 * end is never before its start. A phase may lie partly or wholly outside the plan's
 * period (seed plans do that): that is reported as a warning, not refused.
 */
@Entity
@Table(name = "phase")
public class Phase implements PlanPart, Versioned {

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

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	private String focus;

	private String scheme;

	@Version
	private long version;

	protected Phase() {
	}

	public Phase(Plan plan, int position, String name, LocalDate startDate, LocalDate endDate) {
		this.plan = plan;
		this.position = position;
		rename(name, null);
		reschedule(startDate, endDate);
	}

	/**
	 * Checks a phase's dates without changing anything.
	 * @throws BusinessRuleViolation on {@code endDate} when the end is before the start
	 */
	public static void requireValidDates(LocalDate startDate, LocalDate endDate) {
		if (startDate == null) {
			throw new BusinessRuleViolation("startDate", "error.phase.start-required", "A phase needs a start date");
		}
		if (endDate == null) {
			throw new BusinessRuleViolation("endDate", "error.phase.end-required", "A phase needs an end date");
		}
		if (endDate.isBefore(startDate)) {
			throw new BusinessRuleViolation("endDate", "error.phase.end-before-start",
					"The phase ends on " + endDate + ", before it starts on " + startDate, startDate, endDate);
		}
	}

	/**
	 * Checks a phase's name without changing anything.
	 * @throws BusinessRuleViolation on {@code name} when it is blank
	 */
	public static void requireValidName(String name) {
		if (name == null || name.isBlank()) {
			throw new BusinessRuleViolation("name", "error.phase.name-required", "A phase needs a name");
		}
	}

	public void rename(String newName, String newFocus) {
		requireValidName(newName);
		this.name = newName.strip();
		this.focus = newFocus;
	}

	public void reschedule(LocalDate newStart, LocalDate newEnd) {
		requireValidDates(newStart, newEnd);
		this.startDate = newStart;
		this.endDate = newEnd;
	}

	/**
	 * Puts the phase into a scheme of the plan (a breakdown of its time, such as "季度路线图";
	 * {@code null} or blank = the plan's main scheme).
	 */
	public void belongTo(String newScheme) {
		this.scheme = (newScheme == null || newScheme.isBlank()) ? null : newScheme.strip();
	}

	/**
	 * Whether this phase and {@code other} belong to the same scheme and share at least
	 * one day (phases of one scheme should follow each other).
	 */
	public boolean overlapsInScheme(Phase other) {
		return Objects.equals(this.scheme, other.scheme) && overlaps(other.period());
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	public DateRange period() {
		return new DateRange(this.startDate, this.endDate);
	}

	public boolean contains(LocalDate day) {
		return period().contains(day);
	}

	/** Whether this phase lies wholly inside {@code range}. */
	public boolean liesWithin(DateRange range) {
		return range.contains(this.startDate) && range.contains(this.endDate);
	}

	/** Whether this phase shares at least one day with {@code range}. */
	public boolean overlaps(DateRange range) {
		return !this.endDate.isBefore(range.start()) && !this.startDate.isAfter(range.end());
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

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	/** The scheme the phase belongs to, or {@code null} for the plan's main one. */
	public String getScheme() {
		return this.scheme;
	}

	public String getFocus() {
		return this.focus;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
