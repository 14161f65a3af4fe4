package com.marketingplanner.domain.plan;

import java.time.Instant;

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

import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.user.AppUser;

/**
 * An editor or viewer of a plan. Created, changed and removed only through the plan
 * ({@link Plan#addMember}, {@link Plan#changeMemberRole}, {@link Plan#removeMember}),
 * which guards the rules.
 */
@Entity
@Table(name = "plan_member")
public class PlanMember implements PlanPart, Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "user_id")
	private AppUser user;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MemberRole role;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt = Instant.now();

	@Version
	private long version;

	protected PlanMember() {
	}

	PlanMember(Plan plan, AppUser user, MemberRole role) {
		this.plan = plan;
		this.user = user;
		this.role = role;
	}

	void changeRole(MemberRole newRole) {
		this.role = newRole;
	}

	boolean isUser(AppUser candidate) {
		return Plan.sameUser(this.user, candidate);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public AppUser getUser() {
		return this.user;
	}

	public MemberRole getRole() {
		return this.role;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
