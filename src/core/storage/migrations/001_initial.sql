-- Longhand schema 1: the blog side is designed now, used by later work.
CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    base_url TEXT NOT NULL,
    rest_root TEXT,
    user_name TEXT,
    allow_insecure_http INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_sync_at TEXT
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE,
    remote_id INTEGER,
    title TEXT NOT NULL DEFAULT '',
    slug TEXT NOT NULL DEFAULT '',
    slug_edited INTEGER NOT NULL DEFAULT 0,
    excerpt TEXT NOT NULL DEFAULT '',
    source_format TEXT NOT NULL DEFAULT 'markdown' CHECK (source_format IN ('markdown', 'html')),
    body TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'pending', 'private', 'publish', 'future')),
    scheduled_at TEXT,
    comments_open INTEGER NOT NULL DEFAULT 1,
    pings_open INTEGER NOT NULL DEFAULT 1,
    featured_image TEXT NOT NULL DEFAULT '',
    also_like TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    base_modified_gmt TEXT,
    base_content TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    trashed_at TEXT,
    UNIQUE (site_id, remote_id)
);
CREATE INDEX posts_by_update ON posts (trashed_at, updated_at DESC);

CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    taxonomy TEXT NOT NULL CHECK (taxonomy IN ('category', 'post_tag')),
    name TEXT NOT NULL,
    slug TEXT NOT NULL DEFAULT '',
    parent_remote_id INTEGER NOT NULL DEFAULT 0,
    UNIQUE (site_id, taxonomy, remote_id)
);

-- Terms of a post by name, so that free entry works offline; sync maps names to remote ids.
CREATE TABLE post_terms (
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    taxonomy TEXT NOT NULL CHECK (taxonomy IN ('category', 'post_tag')),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (post_id, taxonomy, name)
);

CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE,
    remote_id INTEGER,
    local_path TEXT,
    source_url TEXT,
    mime_type TEXT NOT NULL DEFAULT '',
    alt_text TEXT NOT NULL DEFAULT '',
    sha256 TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (site_id, remote_id)
);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    post_remote_id INTEGER NOT NULL,
    parent_remote_id INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    author_name TEXT NOT NULL DEFAULT '',
    author_email TEXT NOT NULL DEFAULT '',
    author_url TEXT NOT NULL DEFAULT '',
    author_ip TEXT NOT NULL DEFAULT '',
    author_user_agent TEXT NOT NULL DEFAULT '',
    date_gmt TEXT NOT NULL,
    content_raw TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, remote_id)
);

-- Pending remote operations, written in the same transaction as the local change they carry.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    operation TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE app_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
