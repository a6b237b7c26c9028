-- Every case gets a readable reference ("Số hồ sơ") from a sequence of its own: unique across nodes and restarts,
-- whatever the engine's ids look like (the engine's id suffix repeated on every node).
CREATE SEQUENCE travel_reference_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE incident_reference_seq START WITH 1 INCREMENT BY 1;
