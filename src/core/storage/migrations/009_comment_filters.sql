-- Schema 9: the moderation queue's filters Unreplied, Mine and comment type (issue 16).
-- type: WordPress's comment_type: 'comment', 'pingback', 'trackback' (plugins add others). Comments stored
-- before this version were listed with REST's default type=comment, so they are all comments.
ALTER TABLE comments ADD COLUMN type TEXT NOT NULL DEFAULT 'comment';
-- user_replied: 1 when a user of the blog (author_id != 0) has answered this comment with a reply that is
-- held or approved. Kept by the triggers below so that "Unreplied" is an indexed column, not a subquery per
-- row over a million comments.
ALTER TABLE comments ADD COLUMN user_replied INTEGER NOT NULL DEFAULT 0;

UPDATE comments SET user_replied = 1 WHERE remote_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM comments r WHERE r.site_id = comments.site_id AND r.parent_remote_id = comments.remote_id
    AND r.author_id != 0 AND r.status IN ('hold', 'approved'));

CREATE TRIGGER comments_replied_insert AFTER INSERT ON comments BEGIN
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = new.site_id AND r.parent_remote_id = new.parent_remote_id
        AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE new.parent_remote_id != 0 AND site_id = new.site_id AND remote_id = new.parent_remote_id;
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = new.site_id AND r.parent_remote_id = new.remote_id
        AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE new.remote_id IS NOT NULL AND id = new.id;
END;

CREATE TRIGGER comments_replied_update AFTER UPDATE OF site_id, remote_id, parent_remote_id, author_id, status ON comments
WHEN old.site_id != new.site_id OR old.remote_id IS NOT new.remote_id OR old.parent_remote_id != new.parent_remote_id
     OR old.author_id != new.author_id OR old.status != new.status BEGIN
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = old.site_id AND r.parent_remote_id = old.parent_remote_id
        AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE old.parent_remote_id != 0 AND site_id = old.site_id AND remote_id = old.parent_remote_id;
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = new.site_id AND r.parent_remote_id = new.parent_remote_id
        AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE new.parent_remote_id != 0 AND site_id = new.site_id AND remote_id = new.parent_remote_id;
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = new.site_id AND r.parent_remote_id = new.remote_id
        AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE new.remote_id IS NOT NULL AND id = new.id;
END;

CREATE TRIGGER comments_replied_delete AFTER DELETE ON comments WHEN old.parent_remote_id != 0 BEGIN
    UPDATE comments SET user_replied = EXISTS (
        SELECT 1 FROM comments r WHERE r.site_id = old.site_id AND r.parent_remote_id = old.parent_remote_id
        AND r.author_id != 0 AND r.status IN ('hold', 'approved'))
    WHERE site_id = old.site_id AND remote_id = old.parent_remote_id;
END;

-- The queue's filters, newest first within a status: Unreplied (a partial index holding only the comments
-- not by a user and not answered by one) and a comment type.
CREATE INDEX comments_unreplied ON comments (status, date_gmt DESC, id DESC) WHERE author_id = 0 AND user_replied = 0;
CREATE INDEX comments_unreplied_by_date ON comments (date_gmt DESC, id DESC) WHERE author_id = 0 AND user_replied = 0;
CREATE INDEX comments_by_type ON comments (type, status, date_gmt DESC, id DESC);
-- Mine: the posts of the signed-in account.
CREATE INDEX posts_by_author ON posts (site_id, author_id);
