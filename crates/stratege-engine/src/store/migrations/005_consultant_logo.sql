-- The consultant's logo on the deliverable's cover (issue 7): a data: URL of
-- a small re-encoded image, like personas.picture (see picture.rs).
ALTER TABLE strategies ADD COLUMN consultant_logo TEXT;
