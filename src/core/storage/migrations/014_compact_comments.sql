-- Schema 14: a smaller comment cache and an indexed "Mine" (issue 16: the cache at most 1.2x the JSON it holds;
-- switching a filter under 50 ms at 1,000,000 comments). The comments table is rebuilt, keeping every id (the
-- outbox names comments by id), every column but one and every queued action:
--  * plain_text is no longer stored: the visible text is computed from content_raw by comment_text(), a function
--    Database registers on every connection (CommentSanitizer::toPlainText). The full-text index reads it
--    through the view comments_text; the queue computes excerpts only for the rows it shows.
--  * date_gmt is milliseconds since 1970 UTC (an integer; 0 when unknown) instead of ISO text.
--  * content_hash is the first 64 bits of the SHA-1 as an integer (NULL when the text has no letter or digit).
--  * mine: 1 when the comment is on a post written by the blog's signed-in account, kept by triggers on
--    comments, posts and sites, so that Mine is an index range like Unreplied.
--  * indexes ascend (SQLite reads them backwards for "newest first"; a descending index fed in date order
--    splits at its left edge and stays half empty), carry no column no query needs, and the rare ones are partial.
-- The old table's pages are left free by this step; Database compacts the file (VACUUM) after it.
CREATE TABLE comments_v14 (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    remote_id INTEGER,                        -- NULL for a reply not yet on the blog
    post_remote_id INTEGER NOT NULL,
    parent_remote_id INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('hold', 'approved', 'spam', 'trash', 'deleted')),
    remote_status TEXT NOT NULL DEFAULT '',
    author_id INTEGER NOT NULL DEFAULT 0,
    author_name TEXT NOT NULL DEFAULT '',
    author_email TEXT NOT NULL DEFAULT '',
    author_url TEXT NOT NULL DEFAULT '',
    author_ip TEXT NOT NULL DEFAULT '',
    author_user_agent TEXT NOT NULL DEFAULT '',
    date_gmt INTEGER NOT NULL DEFAULT 0,      -- milliseconds since 1970-01-01 UTC
    content_raw TEXT NOT NULL DEFAULT '',
    remote_content TEXT,
    content_hash INTEGER,                     -- of the normalized visible text, for the duplicate flag
    link_count INTEGER NOT NULL DEFAULT 0,
    flags INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    notice TEXT NOT NULL DEFAULT '',
    previous_status TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT 'comment',
    user_replied INTEGER NOT NULL DEFAULT 0,
    mine INTEGER NOT NULL DEFAULT 0,
    UNIQUE (site_id, remote_id)
);

INSERT INTO comments_v14 (id, site_id, remote_id, post_remote_id, parent_remote_id, status, remote_status, author_id,
                          author_name, author_email, author_url, author_ip, author_user_agent, date_gmt, content_raw,
                          remote_content, content_hash, link_count, flags, pending, gone, notice, previous_status, type,
                          user_replied, mine)
SELECT c.id, c.site_id, c.remote_id, c.post_remote_id, c.parent_remote_id, c.status, c.remote_status, c.author_id,
       c.author_name, c.author_email, c.author_url, c.author_ip, c.author_user_agent,
       COALESCE(CAST(strftime('%s', c.date_gmt) AS INTEGER) * 1000 + CAST(substr(strftime('%f', c.date_gmt), 4, 3) AS INTEGER), 0),
       c.content_raw, c.remote_content, longhand_hash_key(c.content_hash), c.link_count, c.flags, c.pending, c.gone,
       c.notice, c.previous_status, c.type, c.user_replied,
       EXISTS (SELECT 1 FROM posts p JOIN sites s ON s.id = p.site_id WHERE p.site_id = c.site_id
               AND p.remote_id = c.post_remote_id AND s.user_id != 0 AND p.author_id = s.user_id)
FROM comments c;

DROP TABLE comments_fts;
DROP TABLE comments;
ALTER TABLE comments_v14 RENAME TO comments;

-- Every index that serves the queue covers its query (no row is read to check a status, a flag or mine): the
-- columns a partial index's WHERE names are in it too, and a column after the date follows an explicit id so that
-- the order stays (date, id).
CREATE INDEX comments_by_date ON comments (date_gmt, id, status);
CREATE INDEX comments_by_status_date ON comments (status, date_gmt);
CREATE INDEX comments_by_post ON comments (site_id, post_remote_id);
CREATE INDEX comments_by_email ON comments (site_id, author_email);
CREATE INDEX comments_by_ip ON comments (site_id, author_ip);
CREATE INDEX comments_by_hash ON comments (site_id, content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX comments_by_parent ON comments (site_id, parent_remote_id) WHERE parent_remote_id != 0;
CREATE INDEX comments_unreplied ON comments (status, date_gmt, id, author_id, user_replied, mine)
WHERE author_id = 0 AND user_replied = 0;
CREATE INDEX comments_unreplied_by_date ON comments (date_gmt, id, status, author_id, user_replied, mine)
WHERE author_id = 0 AND user_replied = 0;
CREATE INDEX comments_by_type ON comments (type, status, date_gmt);
CREATE INDEX comments_mine ON comments (status, date_gmt, id, mine, author_id, user_replied) WHERE mine = 1;
CREATE INDEX comments_mine_by_date ON comments (date_gmt, id, status, mine, author_id, user_replied) WHERE mine = 1;

-- The full-text index holds no copy of the text (external content over a view): only its tokens and rowids.
-- Searches are AND-ed single-word prefixes, so positions are not needed (detail=none) and nothing ranks
-- comments (columnsize=0). A change to the sanitizer's visible text needs a migration that rebuilds it.
CREATE VIEW comments_text AS
SELECT id, comment_text(content_raw) AS plain_text, author_name, author_email, author_url, author_ip FROM comments;

CREATE VIRTUAL TABLE comments_fts USING fts5 (
    plain_text, author_name, author_email, author_url, author_ip,
    content='comments_text', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0
);

INSERT INTO comments_fts (comments_fts) VALUES ('rebuild');

CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
    INSERT INTO comments_fts (rowid, plain_text, author_name, author_email, author_url, author_ip)
    VALUES (new.id, comment_text(new.content_raw), new.author_name, new.author_email, new.author_url, new.author_ip);
END;

CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
    INSERT INTO comments_fts (comments_fts, rowid, plain_text, author_name, author_email, author_url, author_ip)
    VALUES ('delete', old.id, comment_text(old.content_raw), old.author_name, old.author_email, old.author_url, old.author_ip);
END;

CREATE TRIGGER comments_fts_update AFTER UPDATE OF content_raw, author_name, author_email, author_url, author_ip ON comments
WHEN old.content_raw != new.content_raw OR old.author_name != new.author_name OR old.author_email != new.author_email
     OR old.author_url != new.author_url OR old.author_ip != new.author_ip BEGIN
    INSERT INTO comments_fts (comments_fts, rowid, plain_text, author_name, author_email, author_url, author_ip)
    VALUES ('delete', old.id, comment_text(old.content_raw), old.author_name, old.author_email, old.author_url, old.author_ip);
    INSERT INTO comments_fts (rowid, plain_text, author_name, author_email, author_url, author_ip)
    VALUES (new.id, comment_text(new.content_raw), new.author_name, new.author_email, new.author_url, new.author_ip);
END;

-- user_replied as in schema 9 (the reply look-ups say parent_remote_id != 0 so that the partial index serves
-- them); an inserted comment's own user_replied and mine in one update.
CREATE TRIGGER comments_replied_insert AFTER INSERT ON comments BEGIN
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = new.site_id AND r.parent_remote_id = new.parent_remote_id
        AND r.parent_remote_id != 0 AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE new.parent_remote_id != 0 AND site_id = new.site_id AND remote_id = new.parent_remote_id;
    UPDATE comments SET user_replied = new.remote_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = new.site_id AND r.parent_remote_id = new.remote_id
        AND r.parent_remote_id != 0 AND r.author_id != 0 AND r.status IN ('hold', 'approved')),
        mine = EXISTS (SELECT 1 FROM posts p JOIN sites s ON s.id = p.site_id WHERE p.site_id = new.site_id
                       AND p.remote_id = new.post_remote_id AND s.user_id != 0 AND p.author_id = s.user_id)
    WHERE id = new.id;
END;

CREATE TRIGGER comments_replied_update AFTER UPDATE OF site_id, remote_id, parent_remote_id, author_id, status ON comments
WHEN old.site_id != new.site_id OR old.remote_id IS NOT new.remote_id OR old.parent_remote_id != new.parent_remote_id
     OR old.author_id != new.author_id OR old.status != new.status BEGIN
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = old.site_id AND r.parent_remote_id = old.parent_remote_id
        AND r.parent_remote_id != 0 AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE old.parent_remote_id != 0 AND site_id = old.site_id AND remote_id = old.parent_remote_id;
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = new.site_id AND r.parent_remote_id = new.parent_remote_id
        AND r.parent_remote_id != 0 AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE new.parent_remote_id != 0 AND site_id = new.site_id AND remote_id = new.parent_remote_id;
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = new.site_id AND r.parent_remote_id = new.remote_id
        AND r.parent_remote_id != 0 AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE new.remote_id IS NOT NULL AND id = new.id;
END;

CREATE TRIGGER comments_replied_delete AFTER DELETE ON comments WHEN old.parent_remote_id != 0 BEGIN
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = old.site_id AND r.parent_remote_id = old.parent_remote_id
        AND r.parent_remote_id != 0 AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE site_id = old.site_id AND remote_id = old.parent_remote_id;
END;

-- mine follows the comment's post, the post's author and the blog's signed-in account.
CREATE TRIGGER comments_mine_update AFTER UPDATE OF site_id, post_remote_id ON comments
WHEN old.site_id != new.site_id OR old.post_remote_id != new.post_remote_id BEGIN
    UPDATE comments SET mine = EXISTS (SELECT 1 FROM posts p JOIN sites s ON s.id = p.site_id WHERE p.site_id = new.site_id
                                       AND p.remote_id = new.post_remote_id AND s.user_id != 0 AND p.author_id = s.user_id)
    WHERE id = new.id;
END;

CREATE TRIGGER posts_mine_insert AFTER INSERT ON posts WHEN new.remote_id IS NOT NULL BEGIN
    UPDATE comments SET mine = EXISTS (SELECT 1 FROM posts p JOIN sites s ON s.id = p.site_id WHERE p.site_id = new.site_id
                                       AND p.remote_id = new.remote_id AND s.user_id != 0 AND p.author_id = s.user_id)
    WHERE site_id = new.site_id AND post_remote_id = new.remote_id;
END;

CREATE TRIGGER posts_mine_update AFTER UPDATE OF site_id, remote_id, author_id ON posts
WHEN old.site_id IS NOT new.site_id OR old.remote_id IS NOT new.remote_id OR old.author_id IS NOT new.author_id BEGIN
    UPDATE comments SET mine = EXISTS (SELECT 1 FROM posts p JOIN sites s ON s.id = p.site_id WHERE p.site_id = old.site_id
                                       AND p.remote_id = old.remote_id AND s.user_id != 0 AND p.author_id = s.user_id)
    WHERE old.remote_id IS NOT NULL AND site_id = old.site_id AND post_remote_id = old.remote_id;
    UPDATE comments SET mine = EXISTS (SELECT 1 FROM posts p JOIN sites s ON s.id = p.site_id WHERE p.site_id = new.site_id
                                       AND p.remote_id = new.remote_id AND s.user_id != 0 AND p.author_id = s.user_id)
    WHERE new.remote_id IS NOT NULL AND site_id = new.site_id AND post_remote_id = new.remote_id;
END;

CREATE TRIGGER posts_mine_delete AFTER DELETE ON posts WHEN old.remote_id IS NOT NULL BEGIN
    UPDATE comments SET mine = EXISTS (SELECT 1 FROM posts p JOIN sites s ON s.id = p.site_id WHERE p.site_id = old.site_id
                                       AND p.remote_id = old.remote_id AND s.user_id != 0 AND p.author_id = s.user_id)
    WHERE site_id = old.site_id AND post_remote_id = old.remote_id;
END;

CREATE TRIGGER sites_mine_update AFTER UPDATE OF user_id ON sites WHEN old.user_id != new.user_id BEGIN
    UPDATE comments SET mine = EXISTS (SELECT 1 FROM posts p WHERE p.site_id = new.id AND p.remote_id = comments.post_remote_id
                                       AND new.user_id != 0 AND p.author_id = new.user_id)
    WHERE site_id = new.id;
END;
