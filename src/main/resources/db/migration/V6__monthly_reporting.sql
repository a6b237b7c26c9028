-- One monthly reporting cycle per period (M1, M2). The primary key makes two nodes starting the same period at
-- once end with one cycle: the second insert fails and its start rolls back.
CREATE TABLE monthly_report_cycle (
    period               VARCHAR(7)   NOT NULL PRIMARY KEY,
    process_instance_id  VARCHAR(64)  NOT NULL,
    started_at           TIMESTAMP    NOT NULL,
    started_by           VARCHAR(64),
    submission_due       TIMESTAMP    NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    assessment           VARCHAR(4000),
    consolidated_at      TIMESTAMP,
    reviewed_at          TIMESTAMP,
    CONSTRAINT ck_cycle_status CHECK (status IN ('COLLECTING', 'CONSOLIDATING', 'REVIEWING', 'CLOSED'))
);

-- Each unit's report of a period, kept here so that it outlives engine history (M4: basis for evaluation).
CREATE TABLE monthly_unit_report (
    period                    VARCHAR(7)    NOT NULL REFERENCES monthly_report_cycle (period),
    unit_id                   VARCHAR(64)   NOT NULL,
    status                    VARCHAR(16)   NOT NULL,
    late                      BOOLEAN       DEFAULT FALSE NOT NULL,
    submitted_at              TIMESTAMP,
    submitted_by              VARCHAR(64),
    staff_infected            INTEGER,
    violations_handled        INTEGER,
    safety_criteria_reviewed  BOOLEAN,
    office_attendance_ratio   DOUBLE PRECISION,
    summary                   VARCHAR(4000),
    travel_approved           INTEGER       DEFAULT 0 NOT NULL,
    travel_rejected           INTEGER       DEFAULT 0 NOT NULL,
    travel_expired            INTEGER       DEFAULT 0 NOT NULL,
    late_declarations         INTEGER       DEFAULT 0 NOT NULL,
    incidents_low             INTEGER       DEFAULT 0 NOT NULL,
    incidents_high            INTEGER       DEFAULT 0 NOT NULL,
    incidents_critical        INTEGER       DEFAULT 0 NOT NULL,
    violations_recorded       INTEGER       DEFAULT 0 NOT NULL,
    grade                     VARCHAR(4),
    PRIMARY KEY (period, unit_id),
    CONSTRAINT ck_unit_report_status CHECK (status IN ('PENDING', 'SUBMITTED', 'LATE'))
);

-- When the application first started: a month-end before it cannot have been missed.
CREATE TABLE app_installation (
    id          INTEGER    NOT NULL PRIMARY KEY,
    started_at  TIMESTAMP  NOT NULL
);
