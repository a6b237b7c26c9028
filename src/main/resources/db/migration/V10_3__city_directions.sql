-- The City People's Committee's directions on a month's report (contract 2026-12), sent to every unit's head.
ALTER TABLE monthly_report_cycle ADD COLUMN directions VARCHAR(4000);
