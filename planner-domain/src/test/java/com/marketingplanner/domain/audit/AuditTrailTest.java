package com.marketingplanner.domain.audit;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.audit.AuditEntry.AuditAction;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The audit trail is written by the database in the transaction of each change, names the
 * person acting, and cannot be changed. Each test commits its own transactions.
 */
@DomainJpaTest
@Import({ TransactionActor.class, PlanService.class, AuditTrail.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditTrailTest {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlanService plans;

	@Autowired
	AuditTrail trail;

	@Autowired
	AppUserRepository users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsWhoCreatedChangedAndDeletedAPartOfAPlan() {
		long planId = newPlan("alice");
		long riskId = as("bob", () -> this.jdbc
			.sql("insert into risk (plan_id, category, title, probability) values (?, '合规', '直播违规', 0.2) returning id")
			.params(planId)
			.query(Long.class)
			.single());
		as("bob",
				() -> this.jdbc.sql("update risk set probability = 0.5, title = '直播违规风险' where id = ?")
					.params(riskId)
					.update());
		as("carol", () -> this.jdbc.sql("delete from risk where id = ?").params(riskId).update());

		assertThat(entries(planId))
			.extracting(AuditEntry::actor, AuditEntry::entity, AuditEntry::action, AuditEntry::field,
					AuditEntry::oldValue, AuditEntry::newValue)
			.containsExactly(tuple("carol", "risk", AuditAction.DELETED, null, null, null),
					tuple("bob", "risk", AuditAction.CHANGED, "probability", "0.2000", "0.5000"),
					tuple("bob", "risk", AuditAction.CHANGED, "title", "直播违规", "直播违规风险"),
					tuple("bob", "risk", AuditAction.CREATED, null, null, null),
					tuple("alice", "plan", AuditAction.CREATED, null, null, null));
		assertThat(entries(planId).get(1).transactionId()).isEqualTo(entries(planId).get(2).transactionId());
	}

	@Test
	void aChangeThatIsRolledBackLeavesNoEntry() {
		long planId = newPlan("alice");
		int before = entries(planId).size();
		assertThatThrownBy(() -> as("bob", () -> {
			this.jdbc.sql("update plan set title = 'Renamed' where id = ?").params(planId).update();
			throw new IllegalStateException("the action fails after the change");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(entries(planId)).hasSize(before);
	}

	@Test
	void partsCreatedWithThePlanAndDeletedWithItAreCoveredByThePlansOwnEntries() {
		long planId = as("alice", () -> {
			long id = this.plans.create(command(), user("alice")).getId();
			this.jdbc.sql(
					"insert into phase (plan_id, name, start_date, end_date) values (?, '预热', '2026-10-01', '2026-10-31')")
				.params(id)
				.update();
			return id;
		});
		assertThat(entries(planId)).extracting(AuditEntry::entity).containsExactly("plan");

		as("alice", () -> this.jdbc.sql("delete from plan where id = ?").params(planId).update());

		assertThat(this.jdbc.sql("select entity || ' ' || action from audit_entry where plan_id = ? order by id desc")
			.params(planId)
			.query(String.class)
			.list()).containsExactly("plan DELETED", "plan CREATED");
	}

	@Test
	void collectionsAndBulkRowsAreRecordedOnTheirItem() {
		long planId = newPlan("alice");
		long lineId = as("bob",
				() -> this.jdbc.sql("insert into budget_line (plan_id, name) values (?, '抖音') returning id")
					.params(planId)
					.query(Long.class)
					.single());
		as("bob", () -> {
			this.jdbc.sql("insert into budget_line_tag (budget_line_id, tag) values (?, 'digital')")
				.params(lineId)
				.update();
			return this.jdbc.sql("""
					insert into actual_spend (budget_line_id, spent_on, amount)
					values (:line, '2026-01-01', 100), (:line, '2026-01-02', 250.50), (:line, '2026-01-03', 49.50)""")
				.param("line", lineId)
				.update();
		});

		List<AuditEntry> entries = entries(planId);
		assertThat(entries.get(0)).extracting(AuditEntry::entity, AuditEntry::field, AuditEntry::newValue)
			.containsExactly("budget_line", "spend_added", "3 / 400.00");
		assertThat(entries.get(1))
			.extracting(AuditEntry::entity, AuditEntry::entityId, AuditEntry::field, AuditEntry::newValue)
			.containsExactly("budget_line", lineId, "tags", "digital");
	}

	@Test
	void workWithoutAPersonIsRecordedAsSystem() {
		long planId = this.transactions.execute((status) -> this.plans.create(command(), user("alice")).getId());
		assertThat(entries(planId)).extracting(AuditEntry::actor).containsExactly("system");
	}

	@Test
	void theTrailCannotBeChangedDeletedOrTruncatedByAnyone() {
		long planId = newPlan("alice");
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set actor = 'mallory' where plan_id = ?")
			.params(planId)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry where plan_id = ?").params(planId).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_entry").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(entries(planId)).extracting(AuditEntry::actor).containsExactly("alice");
	}

	private long newPlan(String actor) {
		return as(actor, () -> this.plans.create(command(), user(actor)).getId());
	}

	private <T> T as(String actor, java.util.function.Supplier<T> work) {
		return ActingUser.runAs(actor, () -> this.transactions.execute((status) -> work.get()));
	}

	private List<AuditEntry> entries(long planId) {
		return this.trail.of(planId, AuditFilter.none(), Pageable.unpaged()).getContent();
	}

	private String user(String username) {
		if (this.users.findByUsername(username).isEmpty()) {
			this.users.save(new AppUser(username, username, "{noop}x", Role.PLANNER));
		}
		return username;
	}

	private static PlanCommand command() {
		return new PlanCommand("Audited plan", null, null, "CNY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				null, null);
	}

}
