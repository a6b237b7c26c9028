-- Every unit sits in a ward, its seat: the epidemic level announced for that ward applies to the unit (W1).
-- Nullable for rows written before seats existed; imports and the demo loader always set it.
ALTER TABLE org_unit ADD COLUMN seat VARCHAR(64);
UPDATE org_unit SET seat = id WHERE kind = 'WARD';

-- Staff who left stay in the table (history and registers keep their names) but leave the directory: no groups,
-- no login. An imported file or a day-to-day change sets it back when they return.
ALTER TABLE staff ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
