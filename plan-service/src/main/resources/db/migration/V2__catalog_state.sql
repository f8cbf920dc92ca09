-- Grows with every change to the replica, so that each instance knows when its parsed copy is stale.
CREATE TABLE catalog_state (
    id      INT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO catalog_state (id, version) VALUES (1, 0);
