package com.marketingplanner.domain.cadence;

/**
 * What a recurring entry of a plan's rhythm is: a meeting (002's daily stand-up), a
 * report (营销效果周报), a review (双周复盘), a rule update, an assessment (季度评估), a drill (000's
 * 应急演练), a training (online class), an audit (compliance audits) or something else.
 */
public enum CadenceKind {

	MEETING, REPORT, REVIEW, RULE_UPDATE, ASSESSMENT, DRILL, TRAINING, AUDIT, OTHER

}
