-- Editorial calendar: recurring publishing slots per channel (issue 4).
-- The order of items within a day is their list `position`: no new column.
CREATE TABLE calendar_slots (
    id          TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    channel_id  TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    time        TEXT NOT NULL
) STRICT;

CREATE INDEX calendar_slots_by_strategy ON calendar_slots(strategy_id);
CREATE INDEX calendar_slots_by_channel ON calendar_slots(channel_id);
