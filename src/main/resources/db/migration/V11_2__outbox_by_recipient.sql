-- The in-app inbox ("Hộp thư") reads a person's notifications by recipient, newest first.
CREATE INDEX ix_outbox_recipient ON notification_outbox (recipient, created_at);
