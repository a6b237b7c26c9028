-- What a unit's monthly report holds (contract 2026-12, seeds 000 and 002): infections through not following the
-- rules, rewards proposed, whether the working rules were reviewed, the operating mode as a whole percentage on
-- site, staff working from home and online meetings; and, known to the system, infections reported as incidents and
-- the violations the unit found and handled itself.
ALTER TABLE monthly_unit_report ADD COLUMN staff_infected_by_non_compliance INTEGER;
ALTER TABLE monthly_unit_report ADD COLUMN rewards_proposed VARCHAR(4000);
ALTER TABLE monthly_unit_report ADD COLUMN working_rules_reviewed BOOLEAN;
ALTER TABLE monthly_unit_report ADD COLUMN on_site_percent INTEGER;
ALTER TABLE monthly_unit_report ADD COLUMN work_from_home INTEGER;
ALTER TABLE monthly_unit_report ADD COLUMN online_meetings BOOLEAN;
ALTER TABLE monthly_unit_report ADD COLUMN infections_reported INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE monthly_unit_report ADD COLUMN violations_self_handled INTEGER DEFAULT 0 NOT NULL;

-- Reports submitted before gave a share between 0 and 1.
UPDATE monthly_unit_report SET on_site_percent = CAST(ROUND(office_attendance_ratio * 100) AS INTEGER)
    WHERE office_attendance_ratio IS NOT NULL;
