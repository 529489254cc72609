-- Schema 3: what syncing with a blog needs.
ALTER TABLE sites ADD COLUMN secret_store TEXT NOT NULL DEFAULT 'keychain' CHECK (secret_store IN ('keychain', 'file'));
ALTER TABLE sites ADD COLUMN user_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sites ADD COLUMN user_display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN roles TEXT NOT NULL DEFAULT '';

-- The server's latest known version of a post, kept apart from the local text so a web edit is
-- never lost and can be merged: remote_* is what the server has now, base_* what the local edit started from.
ALTER TABLE posts ADD COLUMN remote_modified_gmt TEXT;
ALTER TABLE posts ADD COLUMN remote_content TEXT;
ALTER TABLE posts ADD COLUMN remote_status TEXT NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN author_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN featured_media_id INTEGER NOT NULL DEFAULT 0;
-- 1 while local changes have not reached the server.
ALTER TABLE posts ADD COLUMN dirty INTEGER NOT NULL DEFAULT 0;

CREATE TABLE users (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    slug TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, remote_id)
);

ALTER TABLE media ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN post_remote_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE media ADD COLUMN modified_gmt TEXT;

-- Where a pull is, per site and resource, so that an interrupted sync resumes and a later one is incremental.
CREATE TABLE sync_state (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    resource TEXT NOT NULL,
    high_water TEXT,          -- newest modified_gmt fully pulled (incremental syncs ask for newer)
    run_after TEXT,           -- the modified_after of the run in progress
    next_page INTEGER NOT NULL DEFAULT 0, -- 0: no run in progress
    total_pages INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, resource)
);

CREATE INDEX posts_by_site_remote ON posts (site_id, remote_id);
CREATE INDEX terms_by_name ON terms (site_id, taxonomy, name);
