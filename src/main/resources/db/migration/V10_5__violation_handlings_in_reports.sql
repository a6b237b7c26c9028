-- The forms of handling of a unit's staff violations in the period, as its report shows them (issue 16, item 9):
-- "KHIEN_TRACH=1,CANH_CAO=2", read from the violations register with the other known figures.
ALTER TABLE monthly_unit_report ADD COLUMN violation_handlings VARCHAR(400) DEFAULT '' NOT NULL;
