-- Wards report through their district (contract 2026-12, seed 000 "các cơ quan, đơn vị thuộc và trực thuộc"): the
-- district a unit reports through, fixed when the cycle opens (null: straight to Home Affairs; a district with wards
-- names itself), and each district's consolidated report.
ALTER TABLE monthly_unit_report ADD COLUMN reports_through VARCHAR(64);
CREATE INDEX ix_unit_report_through ON monthly_unit_report (period, reports_through);

CREATE TABLE monthly_district_report (
    period       VARCHAR(7)     NOT NULL REFERENCES monthly_report_cycle (period),
    district_id  VARCHAR(64)    NOT NULL,
    status       VARCHAR(16)    NOT NULL,
    summary      VARCHAR(4000),
    sent_at      TIMESTAMP,
    sent_by      VARCHAR(64),
    PRIMARY KEY (period, district_id),
    CONSTRAINT ck_district_report_status CHECK (status IN ('COLLECTING', 'CONSOLIDATING', 'SENT'))
);
