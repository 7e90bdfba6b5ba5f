-- ICTimeline database schema, version 1.
--
-- The curated database is built from the text under db/ by
-- `ictimeline-db build`, and `ictimeline-db synth` writes the same schema
-- with generated data. The app opens it read-only. Slugs are the public, stable
-- ids; integer keys keep joins and the loader fast at a million events.
--
-- Dates: *_edtf columns keep the EDTF string as written (precision and
-- uncertainty included); *_earliest / *_latest are day numbers (days since
-- 1970-01-01) of the first and last day that end may denote. An open end
-- ('..') or an unknown end is stored as the sentinels of core/edtf.h.

PRAGMA user_version = 1;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,   -- schema_version, data_version, built_at, generator
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE forum (
    id            INTEGER PRIMARY KEY,  -- position in forums.jsonl: display order
    slug          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    parent_id     INTEGER REFERENCES forum(id),
    symbol_prefix TEXT
);

CREATE TABLE topic (
    id   INTEGER PRIMARY KEY,           -- position in topics.jsonl: display order
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE actor (
    code TEXT PRIMARY KEY,              -- ISO 3166-1 alpha-3 or a slug
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('state', 'organisation', 'person'))
);

CREATE TABLE source (
    id                  INTEGER PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('un-document', 'article', 'treaty', 'press-release', 'other')),
    title               TEXT NOT NULL,
    title_reconstructed INTEGER NOT NULL DEFAULT 0 CHECK (title_reconstructed IN (0, 1)),
    author              TEXT,
    author_attributed   INTEGER NOT NULL DEFAULT 0 CHECK (author_attributed IN (0, 1)),
    outlet              TEXT,
    date_edtf           TEXT,
    url                 TEXT,
    symbol              TEXT,
    language            TEXT,
    genre               TEXT,
    text                TEXT NOT NULL,
    sha256              TEXT NOT NULL CHECK (length(sha256) = 64),
    attribution         TEXT
);

CREATE TABLE event (
    id             INTEGER PRIMARY KEY,
    slug           TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    summary        TEXT NOT NULL,
    start_edtf     TEXT NOT NULL,
    end_edtf       TEXT,                -- NULL: a single date
    start_earliest INTEGER NOT NULL,
    start_latest   INTEGER NOT NULL,
    end_earliest   INTEGER NOT NULL,    -- equal to start_* for a single date
    end_latest     INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('resolution-adopted', 'draft-tabled', 'committee-vote',
                       'report-adopted', 'session', 'treaty-adopted', 'treaty-signature', 'treaty-in-force',
                       'meeting', 'statement', 'publication', 'other')),
    forum_id       INTEGER NOT NULL REFERENCES forum(id),
    status         TEXT NOT NULL CHECK (status IN ('verified', 'partly-verified', 'unverified')),
    note           TEXT,
    CHECK (start_earliest <= start_latest AND end_earliest <= end_latest AND start_earliest <= end_latest)
);
-- The loader reads events in this order; the timeline binary-searches it.
CREATE INDEX event_by_start ON event (start_earliest, end_latest);
CREATE INDEX event_by_forum ON event (forum_id);

CREATE TABLE event_topic (
    event_id INTEGER NOT NULL REFERENCES event(id),
    topic_id INTEGER NOT NULL REFERENCES topic(id),
    position INTEGER NOT NULL,          -- the first topic is the event's primary one
    PRIMARY KEY (event_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX event_topic_by_topic ON event_topic (topic_id);

CREATE TABLE event_actor (
    event_id   INTEGER NOT NULL REFERENCES event(id),
    actor_code TEXT NOT NULL REFERENCES actor(code),
    role       TEXT NOT NULL CHECK (role IN ('sponsor', 'co-sponsor', 'chair', 'voted-against', 'author')),
    PRIMARY KEY (event_id, actor_code, role)
) WITHOUT ROWID;
CREATE INDEX event_actor_by_actor ON event_actor (actor_code);

CREATE TABLE citation (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES event(id),
    position  INTEGER NOT NULL,
    symbol    TEXT,                     -- a UN document symbol, e.g. A/RES/53/70
    url       TEXT,
    source_id INTEGER REFERENCES source(id),
    language  TEXT,                     -- for symbol links: https://docs.un.org/{language}/{symbol}
    pinpoint  TEXT,                     -- e.g. 'operative paragraph 1'
    CHECK ((symbol IS NOT NULL) + (url IS NOT NULL) + (source_id IS NOT NULL) = 1)
);
CREATE INDEX citation_by_event ON citation (event_id, position);

CREATE TABLE vote (
    event_id     INTEGER NOT NULL REFERENCES event(id),
    stage        TEXT NOT NULL CHECK (stage IN ('first-committee', 'third-committee', 'plenary', 'committee', 'council')),
    in_favour    INTEGER CHECK (in_favour >= 0),   -- NULL: not known, never 0
    against      INTEGER CHECK (against >= 0),
    abstaining   INTEGER CHECK (abstaining >= 0),
    without_vote INTEGER NOT NULL DEFAULT 0 CHECK (without_vote IN (0, 1)),
    document     TEXT,                              -- the draft's symbol
    position     INTEGER NOT NULL,
    PRIMARY KEY (event_id, stage),
    CHECK (without_vote = 0 OR (in_favour IS NULL AND against IS NULL AND abstaining IS NULL))
) WITHOUT ROWID;

CREATE TABLE event_relation (
    event_id   INTEGER NOT NULL REFERENCES event(id),
    related_id INTEGER NOT NULL REFERENCES event(id),
    PRIMARY KEY (event_id, related_id),
    CHECK (event_id <> related_id)
) WITHOUT ROWID;
CREATE INDEX event_relation_by_related ON event_relation (related_id);

-- A passage is a W3C Web Annotation target: TextPositionSelector (offsets in
-- Unicode code points, end exclusive) plus TextQuoteSelector (exact, prefix,
-- suffix of up to 32 code points).
CREATE TABLE passage (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL,
    exact        TEXT NOT NULL,
    prefix       TEXT NOT NULL,
    suffix       TEXT NOT NULL,
    label        TEXT NOT NULL CHECK (label IN ('record', 'statement', 'claim', 'reported', 'summary')),
    status       TEXT NOT NULL CHECK (status IN ('verified', 'unverified', 'disputed')),
    note         TEXT,
    CHECK (end_offset > start_offset)
);
CREATE INDEX passage_by_source ON passage (source_id, start_offset);

CREATE TABLE event_passage (
    event_id   INTEGER NOT NULL REFERENCES event(id),
    passage_id INTEGER NOT NULL REFERENCES passage(id),
    relation   TEXT NOT NULL CHECK (relation IN ('supports', 'mentions', 'disputes')),
    PRIMARY KEY (event_id, passage_id)
) WITHOUT ROWID;
CREATE INDEX event_passage_by_passage ON event_passage (passage_id);

-- Full-text search (external content: the text is stored once, in its table).
-- unicode61 with remove_diacritics 2 folds case and accents for Latin and
-- Cyrillic alike, so English and Russian queries both work.
CREATE VIRTUAL TABLE event_fts USING fts5(
    title, summary, content = 'event', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE passage_fts USING fts5(
    exact, content = 'passage', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE source_fts USING fts5(
    title, text, content = 'source', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
