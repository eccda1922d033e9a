-- The whole domain of a strategy. Shared by the library and by .strategy files.
-- Lists of short texts are JSON arrays; enums are their snake_case text.

CREATE TABLE strategies (
    id                     TEXT PRIMARY KEY NOT NULL,
    title                  TEXT NOT NULL,
    client_name            TEXT NOT NULL,
    consultant_name        TEXT NOT NULL,
    consultant_firm        TEXT NOT NULL,
    language               TEXT NOT NULL,
    start_date             TEXT,
    end_date               TEXT,
    accent_color           TEXT NOT NULL,
    maturity               TEXT NOT NULL,
    differentiator         TEXT NOT NULL,
    proof_points           TEXT NOT NULL,
    human_voice            TEXT NOT NULL,
    human_spokespeople     TEXT NOT NULL,
    human_response_promise TEXT NOT NULL,
    human_dos              TEXT NOT NULL,
    human_donts            TEXT NOT NULL,
    archived               INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) STRICT;

CREATE TABLE team_members (
    id               TEXT PRIMARY KEY NOT NULL,
    strategy_id      TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    department       TEXT NOT NULL,
    department_other TEXT NOT NULL,
    role             TEXT NOT NULL,
    contribution     TEXT NOT NULL,
    hours_per_week   REAL
) STRICT;

CREATE TABLE objectives (
    id          TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    other_label TEXT NOT NULL,
    is_primary  INTEGER NOT NULL,
    rationale   TEXT NOT NULL
) STRICT;

CREATE TABLE findings (
    id           TEXT PRIMARY KEY NOT NULL,
    strategy_id  TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    source       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    what_is_said TEXT NOT NULL,
    search_terms TEXT NOT NULL
) STRICT;

CREATE TABLE competitors (
    id          TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    platforms   TEXT NOT NULL,
    notes       TEXT NOT NULL
) STRICT;

CREATE TABLE personas (
    id               TEXT PRIMARY KEY NOT NULL,
    strategy_id      TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    tagline          TEXT NOT NULL,
    demographics     TEXT NOT NULL,
    psychographics   TEXT NOT NULL,
    online_behaviour TEXT NOT NULL,
    "values"         TEXT NOT NULL,
    challenges       TEXT NOT NULL,
    goals            TEXT NOT NULL,
    quote            TEXT NOT NULL,
    color            TEXT NOT NULL
) STRICT;

CREATE TABLE channels (
    id              TEXT PRIMARY KEY NOT NULL,
    strategy_id     TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    platform        TEXT NOT NULL,
    custom_name     TEXT NOT NULL,
    reason          TEXT NOT NULL,
    content_pillars TEXT NOT NULL,
    cadence_count   INTEGER,
    cadence_period  TEXT NOT NULL,
    owner_id        TEXT REFERENCES team_members(id) ON DELETE SET NULL,
    hours_per_week  REAL,
    budget          REAL,
    status          TEXT NOT NULL,
    drop_reason     TEXT NOT NULL
) STRICT;

CREATE TABLE kpis (
    id           TEXT PRIMARY KEY NOT NULL,
    strategy_id  TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    definition   TEXT NOT NULL,
    funnel_stage TEXT NOT NULL,
    unit         TEXT NOT NULL,
    baseline     REAL,
    year         INTEGER,
    q1           REAL,
    q2           REAL,
    q3           REAL,
    q4           REAL,
    owner_id     TEXT REFERENCES team_members(id) ON DELETE SET NULL
) STRICT;

CREATE TABLE content_items (
    id          TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    brief       TEXT NOT NULL,
    channel_id  TEXT REFERENCES channels(id) ON DELETE SET NULL,
    persona_id  TEXT REFERENCES personas(id) ON DELETE SET NULL,
    pillar      TEXT NOT NULL,
    status      TEXT NOT NULL,
    date        TEXT,
    time        TEXT,
    owner_id    TEXT REFERENCES team_members(id) ON DELETE SET NULL,
    notes       TEXT NOT NULL
) STRICT;

-- Where a persona can be reached (step 4 <-> step 7).
CREATE TABLE persona_channels (
    persona_id TEXT NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
    channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (persona_id, channel_id)
) STRICT;

-- Where a KPI is measured (step 5 <-> step 7).
CREATE TABLE kpi_channels (
    kpi_id     TEXT NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
    channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (kpi_id, channel_id)
) STRICT;

CREATE INDEX team_members_by_strategy ON team_members(strategy_id, position);
CREATE INDEX objectives_by_strategy ON objectives(strategy_id, position);
CREATE INDEX findings_by_strategy ON findings(strategy_id, position);
CREATE INDEX competitors_by_strategy ON competitors(strategy_id, position);
CREATE INDEX personas_by_strategy ON personas(strategy_id, position);
CREATE INDEX channels_by_strategy ON channels(strategy_id, position);
CREATE INDEX kpis_by_strategy ON kpis(strategy_id, position);
CREATE INDEX content_items_by_strategy ON content_items(strategy_id, position);
CREATE INDEX content_items_by_date ON content_items(strategy_id, date);
CREATE INDEX persona_channels_by_channel ON persona_channels(channel_id);
CREATE INDEX kpi_channels_by_channel ON kpi_channels(channel_id);
CREATE INDEX channels_by_owner ON channels(owner_id);
CREATE INDEX kpis_by_owner ON kpis(owner_id);
CREATE INDEX content_items_by_channel ON content_items(channel_id);
CREATE INDEX content_items_by_persona ON content_items(persona_id);
CREATE INDEX content_items_by_owner ON content_items(owner_id);

-- App settings of the library (language...). Not exported with strategies.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
