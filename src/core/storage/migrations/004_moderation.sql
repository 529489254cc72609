-- Schema 4: the comment moderation queue.
-- The comments table of schema 1 is rebuilt: a reply written offline has no remote id yet, and the
-- queue needs the server's last known status beside the local decision, triage flags and a search index.
CREATE TABLE comments_v4 (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    remote_id INTEGER,                        -- NULL for a reply not yet on the blog
    post_remote_id INTEGER NOT NULL,
    parent_remote_id INTEGER NOT NULL DEFAULT 0,
    -- What the moderator sees: the server's status, or the local decision waiting in the outbox.
    status TEXT NOT NULL CHECK (status IN ('hold', 'approved', 'spam', 'trash', 'deleted')),
    -- The server's status when last seen ('' for a reply not yet sent): the base an action is checked against.
    remote_status TEXT NOT NULL DEFAULT '',
    author_id INTEGER NOT NULL DEFAULT 0,
    author_name TEXT NOT NULL DEFAULT '',
    author_email TEXT NOT NULL DEFAULT '',
    author_url TEXT NOT NULL DEFAULT '',
    author_ip TEXT NOT NULL DEFAULT '',
    author_user_agent TEXT NOT NULL DEFAULT '',
    date_gmt TEXT NOT NULL,
    content_raw TEXT NOT NULL DEFAULT '',
    remote_content TEXT,                      -- the server's text when it differs from a local edit
    plain_text TEXT NOT NULL DEFAULT '',      -- visible text of the sanitized HTML (excerpt, search)
    content_hash TEXT NOT NULL DEFAULT '',    -- of the normalized text, for the duplicate flag
    link_count INTEGER NOT NULL DEFAULT 0,
    flags INTEGER NOT NULL DEFAULT 0,         -- TriageFlag bits
    pending INTEGER NOT NULL DEFAULT 0,       -- 1 while a local action waits in the outbox
    gone INTEGER NOT NULL DEFAULT 0,          -- deleted on the server
    notice TEXT NOT NULL DEFAULT '',          -- what the last replay decided, for the moderator
    previous_status TEXT NOT NULL DEFAULT '', -- before it went to spam or trash (for "not spam" and "restore")
    UNIQUE (site_id, remote_id)
);

INSERT INTO comments_v4 (id, site_id, remote_id, post_remote_id, parent_remote_id, status, remote_status,
                         author_name, author_email, author_url, author_ip, author_user_agent, date_gmt, content_raw,
                         plain_text)
SELECT id, site_id, remote_id, post_remote_id, parent_remote_id,
       CASE status WHEN 'approve' THEN 'approved' WHEN '1' THEN 'approved' WHEN '0' THEN 'hold'
                   WHEN 'spam' THEN 'spam' WHEN 'trash' THEN 'trash' WHEN 'approved' THEN 'approved' ELSE 'hold' END,
       status, author_name, author_email, author_url, author_ip, author_user_agent, date_gmt, content_raw, content_raw
FROM comments;

DROP TABLE comments;
ALTER TABLE comments_v4 RENAME TO comments;

CREATE INDEX comments_by_date ON comments (date_gmt DESC, id DESC);
CREATE INDEX comments_by_status_date ON comments (status, date_gmt DESC, id DESC);
CREATE INDEX comments_by_post ON comments (site_id, post_remote_id, status);
CREATE INDEX comments_by_email ON comments (site_id, author_email, status);
CREATE INDEX comments_by_ip ON comments (site_id, author_ip, status);
CREATE INDEX comments_by_hash ON comments (site_id, content_hash);
CREATE INDEX comments_by_parent ON comments (site_id, parent_remote_id);

CREATE VIRTUAL TABLE comments_fts USING fts5 (
    plain_text, author_name, author_email, author_url, author_ip,
    content='comments', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
    INSERT INTO comments_fts (rowid, plain_text, author_name, author_email, author_url, author_ip)
    VALUES (new.id, new.plain_text, new.author_name, new.author_email, new.author_url, new.author_ip);
END;

CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
    INSERT INTO comments_fts (comments_fts, rowid, plain_text, author_name, author_email, author_url, author_ip)
    VALUES ('delete', old.id, old.plain_text, old.author_name, old.author_email, old.author_url, old.author_ip);
END;

CREATE TRIGGER comments_fts_update AFTER UPDATE OF plain_text, author_name, author_email, author_url, author_ip ON comments BEGIN
    INSERT INTO comments_fts (comments_fts, rowid, plain_text, author_name, author_email, author_url, author_ip)
    VALUES ('delete', old.id, old.plain_text, old.author_name, old.author_email, old.author_url, old.author_ip);
    INSERT INTO comments_fts (rowid, plain_text, author_name, author_email, author_url, author_ip)
    VALUES (new.id, new.plain_text, new.author_name, new.author_email, new.author_url, new.author_ip);
END;

INSERT INTO comments_fts (comments_fts) VALUES ('rebuild');

-- Coalescing a comment's queued actions looks its entries up by comment.
CREATE INDEX outbox_by_entity ON outbox (entity, entity_id);
