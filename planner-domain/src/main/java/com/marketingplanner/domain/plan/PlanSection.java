package com.marketingplanner.domain.plan;

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

import com.marketingplanner.domain.shared.Texts;
import com.marketingplanner.domain.shared.TreeNode;
import com.marketingplanner.domain.shared.Versioned;

/**
 * A narrative section of a plan: a heading and a Markdown body, placed in an ordered
 * tree. Its number is derived from its place in the tree ({@link SectionNumbering}),
 * never typed.
 */
@Entity
@Table(name = "plan_section")
public class PlanSection implements PlanPart, Versioned, TreeNode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String heading;

	private String body;

	@Version
	private long version;

	protected PlanSection() {
	}

	public PlanSection(Plan plan, Long parentId, int position, String heading, String body) {
		this.plan = plan;
		this.parentId = parentId;
		this.position = position;
		rewrite(heading, body);
	}

	public void rewrite(String newHeading, String newBody) {
		this.heading = Texts.required(newHeading, "heading", "error.section.heading-required",
				"A section needs a heading");
		this.body = newBody;
	}

	void placeAt(Long newParentId, int newPosition) {
		this.parentId = newParentId;
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

	@Override
	public Long getParentId() {
		return this.parentId;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
