-- A dashboard definition may also point at the timeline's Gantt chart (seed 000 tracks its
-- milestones "以甘特图形式展示各阶段任务和时间节点").
ALTER TABLE plan_dashboard DROP CONSTRAINT plan_dashboard_app_view_check;
ALTER TABLE plan_dashboard ADD CONSTRAINT plan_dashboard_app_view_check
    CHECK (app_view IN ('BUDGET_BOARD', 'WEEKLY_REPORT', 'GANTT'));
