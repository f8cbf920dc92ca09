-- Records are kept as sets arrive; a raised record waits here, unannounced, for the fact scanner.
ALTER TABLE personal_record ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE;
CREATE INDEX personal_record_unpublished ON personal_record (athlete_id) WHERE NOT published;
