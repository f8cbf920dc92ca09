-- Webhook deliveries accepted, by source and webhook-id: a redelivery is acknowledged without being
-- published again. Kept fifteen minutes, three times the tolerance of webhook-timestamp, then pruned.
CREATE TABLE webhook_delivery (
    source      TEXT        NOT NULL,
    webhook_id  TEXT        NOT NULL,
    accepted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, webhook_id)
);
CREATE INDEX webhook_delivery_accepted_at ON webhook_delivery (accepted_at);
