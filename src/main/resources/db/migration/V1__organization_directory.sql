-- The organization directory: the single source of truth for units, staff and roles.
-- Camunda users, groups and memberships are derived from these tables at startup.
CREATE TABLE org_unit (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    parent_id  VARCHAR(64)  REFERENCES org_unit (id),
    active     BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT ck_org_unit_kind CHECK (kind IN ('CITY', 'DEPARTMENT', 'DISTRICT', 'WARD'))
);

CREATE TABLE staff (
    user_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    full_name  VARCHAR(255) NOT NULL,
    email      VARCHAR(255),
    phone      VARCHAR(32),
    unit_id    VARCHAR(64)  NOT NULL REFERENCES org_unit (id),
    role       VARCHAR(16)  NOT NULL,
    CONSTRAINT ck_staff_role CHECK (role IN ('HEAD', 'DEPUTY', 'DUTY', 'STAFF'))
);
CREATE INDEX ix_staff_unit_role ON staff (unit_id, role);

-- Process owners watch every process in Cockpit; they belong to no unit and work no task.
CREATE TABLE process_owner (
    user_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    full_name  VARCHAR(255) NOT NULL,
    email      VARCHAR(255)
);
