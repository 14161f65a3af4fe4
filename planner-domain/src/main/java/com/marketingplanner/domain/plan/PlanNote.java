package com.marketingplanner.domain.plan;

import java.util.Arrays;
import java.util.List;

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

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A note on a plan ({@link PlanNoteKind}): either free text (an inconsistency of the
 * source in the plan's language) or a message key with arguments that the web layer
 * renders in the reader's language (an adjustment of an import). {@code subject} names
 * what the note is about: a readable name or the JSON path of a document value.
 */
@Entity
@Table(name = "plan_note")
public class PlanNote implements PlanPart, Versioned {

	static final int MAX_SUBJECT_LENGTH = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanNoteKind kind;

	private String subject;

	@Column(name = "message_key")
	private String messageKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private String[] arguments = new String[0];

	private String text;

	@Version
	private long version;

	protected PlanNote() {
	}

	/**
	 * A note in words.
	 * @throws BusinessRuleViolation on {@code text} when it is blank
	 */
	public static PlanNote written(Plan plan, int position, PlanNoteKind kind, String subject, String text) {
		if (text == null || text.isBlank()) {
			throw new BusinessRuleViolation("text", "error.note.text-required", "A note needs a text");
		}
		return new PlanNote(plan, position, kind, subject, null, List.of(), text.strip());
	}

	/** A note rendered from a message key and its arguments. */
	public static PlanNote coded(Plan plan, int position, PlanNoteKind kind, String subject, String messageKey,
			List<String> arguments) {
		if (messageKey == null || messageKey.isBlank()) {
			throw new BusinessRuleViolation("code", "error.note.text-required", "A note needs a text");
		}
		return new PlanNote(plan, position, kind, subject, messageKey, arguments, null);
	}

	private PlanNote(Plan plan, int position, PlanNoteKind kind, String subject, String messageKey,
			List<String> arguments, String text) {
		if (kind == null) {
			throw new BusinessRuleViolation("kind", "error.note.kind-required", "A note needs a kind");
		}
		if (subject != null && subject.length() > MAX_SUBJECT_LENGTH) {
			throw new BusinessRuleViolation("subject", "error.note.subject-too-long",
					"A note's subject has at most " + MAX_SUBJECT_LENGTH + " characters", MAX_SUBJECT_LENGTH);
		}
		this.plan = plan;
		this.position = position;
		this.kind = kind;
		this.subject = (subject == null || subject.isBlank()) ? null : subject.strip();
		this.messageKey = messageKey;
		this.arguments = (arguments != null) ? arguments.toArray(String[]::new) : new String[0];
		this.text = text;
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

	public PlanNoteKind getKind() {
		return this.kind;
	}

	public String getSubject() {
		return this.subject;
	}

	/** The message key of a coded note, {@code null} for a note in words. */
	public String getMessageKey() {
		return this.messageKey;
	}

	public List<String> getArguments() {
		return List.copyOf(Arrays.asList(this.arguments));
	}

	/** The text of a note in words, {@code null} for a coded note. */
	public String getText() {
		return this.text;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
