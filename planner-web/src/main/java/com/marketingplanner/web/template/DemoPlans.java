package com.marketingplanner.web.template;

import com.marketingplanner.domain.template.PlansFromTemplates;
import com.marketingplanner.web.config.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with an empty database, loads the demo plans built from the seed
 * documents (owned by the first administrator). Runs after {@code FirstAdministrator}.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty(name = "planner.demo.enabled", matchIfMissing = true)
class DemoPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final PlansFromTemplates plans;

	private final String owner;

	private final FirstStartLock firstStart;

	private final TransactionTemplate transactions;

	DemoPlans(PlansFromTemplates plans, @Value("${planner.admin.username}") String owner, FirstStartLock firstStart,
			TransactionTemplate transactions) {
		this.plans = plans;
		this.owner = owner;
		this.firstStart = firstStart;
		this.transactions = transactions;
	}

	/**
	 * Loads them in one transaction under the {@link FirstStartLock}, so that of two
	 * instances starting together on an empty database one loads and the other finds
	 * them.
	 */
	@Override
	public void run(ApplicationArguments args) {
		Integer loaded = this.transactions.execute((status) -> {
			this.firstStart.acquireForThisTransaction();
			return this.plans.loadDemoPlansIntoEmptyDatabase(this.owner);
		});
		if (loaded != null && loaded > 0) {
			log.info("First start: loaded {} demo plans from the seed documents", loaded);
		}
	}

}
