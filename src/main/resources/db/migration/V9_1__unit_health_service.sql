-- The health service of a unit (T5 "cơ sở y tế tại địa phương"): the ward's health station or the district's health
-- centre, a mailbox outside the directory. A unit without one is served by its nearest ancestor's.
CREATE TABLE unit_health_service (
    unit_id  VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES org_unit (id) ON DELETE CASCADE,
    name     VARCHAR(255) NOT NULL,
    email    VARCHAR(255) NOT NULL
);
