package com.marketingplanner.domain.alert;

import java.util.List;

import com.marketingplanner.domain.marketingdata.MarketingDataImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evaluates the alerts of the plans an import concerns once it has committed: the plans
 * named by the imported rows (line spend, KPI measurements), else every open plan whose
 * period overlaps the imported days. A failing evaluation is logged and never undoes the
 * import.
 */
@Component
class AlertsAfterImport {

	private static final Logger log = LoggerFactory.getLogger(AlertsAfterImport.class);

	private final AlertService alerts;

	AlertsAfterImport(AlertService alerts) {
		this.alerts = alerts;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void evaluateAfter(MarketingDataImported imported) {
		List<Long> planIds = imported.planIds().isEmpty() ? this.alerts.plansCovering(imported.from(), imported.to())
				: List.copyOf(imported.planIds());
		for (long planId : planIds) {
			try {
				this.alerts.evaluateSeparately(planId);
			}
			catch (RuntimeException ex) {
				log.warn("Alerts of plan {} could not be evaluated after import {}: {}", planId, imported.jobId(),
						ex.toString());
			}
		}
	}

}
