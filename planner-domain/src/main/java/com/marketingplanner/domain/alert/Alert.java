package com.marketingplanner.domain.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

import com.marketingplanner.domain.budget.BudgetFigure;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;

/**
 * An early warning of a plan: a rule that fired ({@link AlertRule}), how severe, about
 * what, and the finding's numbers. It is raised OPEN, refreshed while the rule keeps
 * firing (never duplicated), marked cleared when an evaluation no longer finds the
 * condition, and acknowledged or resolved by a planner. A resolved alert is history: the
 * rule firing again raises a new one.
 */
@Entity
@Table(name = "alert")
public class Alert implements PlanPart, Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AlertRule rule;

	@Column(name = "subject_key", nullable = false)
	private String subjectKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AlertSeverity severity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AlertStatus status = AlertStatus.OPEN;

	@Column(name = "message_key", nullable = false)
	private String messageKey;

	@Column(nullable = false)
	private String subject;

	private String detail;

	@Column(nullable = false)
	private String message;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "alert_figure", joinColumns = @JoinColumn(name = "alert_id"))
	@OrderColumn(name = "position")
	private List<AlertFigure> figures = new ArrayList<>();

	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;

	@Column(name = "last_seen_at", nullable = false)
	private Instant lastSeenAt;

	@Column(name = "cleared_at")
	private Instant clearedAt;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "acknowledged_by")
	private String acknowledgedBy;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "resolved_by")
	private String resolvedBy;

	@Column(name = "resolution_note")
	private String resolutionNote;

	@Version
	private long version;

	protected Alert() {
	}

	Alert(Plan plan, Finding finding, Instant now) {
		this.plan = plan;
		this.rule = finding.rule();
		this.subjectKey = finding.subjectKey();
		this.raisedAt = now;
		seen(finding, now);
	}

	/** The rule fired again: the latest numbers, still active. */
	void seen(Finding finding, Instant now) {
		this.severity = finding.severity();
		this.messageKey = finding.messageKey();
		this.subject = finding.subject();
		this.detail = finding.detail();
		this.message = finding.message();
		this.figures.clear();
		finding.figures().stream().map(AlertFigure::new).forEach(this.figures::add);
		this.lastSeenAt = now;
		this.clearedAt = null;
	}

	/** The last evaluation no longer found the condition. */
	void clear(Instant now) {
		if (this.clearedAt == null) {
			this.clearedAt = now;
		}
	}

	/**
	 * A planner has seen it.
	 * @throws BusinessRuleViolation on {@code status} when it is resolved already
	 */
	public void acknowledge(String by, Instant now) {
		if (this.status == AlertStatus.RESOLVED) {
			throw new BusinessRuleViolation("status", "error.alert.already-resolved", "This alert is resolved already");
		}
		if (this.status == AlertStatus.OPEN) {
			this.status = AlertStatus.ACKNOWLEDGED;
			this.acknowledgedAt = now;
			this.acknowledgedBy = by;
		}
	}

	/**
	 * A planner has dealt with it (acknowledging it too if nobody had).
	 * @throws BusinessRuleViolation on {@code status} when it is resolved already
	 */
	public void resolve(String by, String note, Instant now) {
		if (this.status == AlertStatus.RESOLVED) {
			throw new BusinessRuleViolation("status", "error.alert.already-resolved", "This alert is resolved already");
		}
		if (this.acknowledgedAt == null) {
			this.acknowledgedAt = now;
			this.acknowledgedBy = by;
		}
		this.status = AlertStatus.RESOLVED;
		this.resolvedAt = now;
		this.resolvedBy = by;
		this.resolutionNote = (note == null || note.isBlank()) ? null : note.strip();
	}

	/** Whether the last evaluation still found the condition. */
	public boolean isActive() {
		return this.clearedAt == null;
	}

	/** The finding's arguments after subject and detail. */
	public List<BudgetFigure> getFigures() {
		return this.figures.stream().map(AlertFigure::toFigure).toList();
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public AlertRule getRule() {
		return this.rule;
	}

	public String getSubjectKey() {
		return this.subjectKey;
	}

	public AlertSeverity getSeverity() {
		return this.severity;
	}

	public AlertStatus getStatus() {
		return this.status;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getMessage() {
		return this.message;
	}

	public Instant getRaisedAt() {
		return this.raisedAt;
	}

	public Instant getLastSeenAt() {
		return this.lastSeenAt;
	}

	public Instant getClearedAt() {
		return this.clearedAt;
	}

	public Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	public String getAcknowledgedBy() {
		return this.acknowledgedBy;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public String getResolvedBy() {
		return this.resolvedBy;
	}

	public String getResolutionNote() {
		return this.resolutionNote;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
