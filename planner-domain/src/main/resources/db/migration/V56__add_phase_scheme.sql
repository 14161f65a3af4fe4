-- A plan may break its time into several schemes side by side (002: weeks 1-12 and the quarters Q1-Q4;
-- 004: the phases of 5.1, the stages of 3.2 and the technology track). Phases of one scheme follow
-- each other; phases of different schemes may overlap. NULL = the plan's main scheme.
ALTER TABLE phase ADD COLUMN scheme VARCHAR(100);
