-- Step 4's persona board: a priority group (the board's columns) and an
-- optional picture, a data: URL of a small re-encoded image (see picture.rs).
-- Existing personas start in the primary column.
ALTER TABLE personas ADD COLUMN priority TEXT NOT NULL DEFAULT 'primary'
    CHECK (priority IN ('primary', 'secondary', 'other'));
ALTER TABLE personas ADD COLUMN picture TEXT;
