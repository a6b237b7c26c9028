-- A notification may go to a plain mail address outside the directory (a ward's health station, T5).
ALTER TABLE notification_outbox DROP CONSTRAINT ck_outbox_recipient_type;
ALTER TABLE notification_outbox ADD CONSTRAINT ck_outbox_recipient_type
    CHECK (recipient_type IN ('USER', 'GROUP', 'ADDRESS'));
