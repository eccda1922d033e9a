-- Step 7's channel matrix: how much a channel matters for a persona.
-- A link row means "reachable" (secondary); is_primary marks the channels
-- that matter most. Existing links stay secondary.
ALTER TABLE persona_channels ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1));
