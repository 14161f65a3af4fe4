-- A percentage may be given without its base, as sources do (004: "抖音/小紅書投放 45%", base
-- not stated). A line may also carry both an amount and the share a source states for it.

ALTER TABLE budget_line DROP CONSTRAINT budget_line_percentage_base_check;
ALTER TABLE budget_line ADD CONSTRAINT budget_line_percentage_base_check
    CHECK (percentage_base IN ('TOTAL', 'PARENT', 'MARKETING', 'MONTHLY', 'UNSTATED'));

ALTER TABLE allocation_rule DROP CONSTRAINT allocation_rule_base_check;
ALTER TABLE allocation_rule ADD CONSTRAINT allocation_rule_base_check
    CHECK (base IN ('TOTAL', 'PARENT', 'MARKETING', 'MONTHLY', 'UNSTATED'));
