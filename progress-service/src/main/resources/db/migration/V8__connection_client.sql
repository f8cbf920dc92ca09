-- The OAuth client of the app that made each connection: athlete-events announces the connection
-- with it, and its end with the same client. Connections made before were never announced: none.
ALTER TABLE source_connection ADD COLUMN client_id TEXT;
