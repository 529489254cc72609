-- Schema 5: posts deleted or trashed on the blog.
-- When a pull finds that the blog no longer has a post, the local copy is unlinked from the dead
-- remote id (remote_id NULL: a later publish creates a new post) and keeps a sentence saying what
-- happened; gone_remote_id remembers which post it was.
ALTER TABLE posts ADD COLUMN notice TEXT NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN gone_remote_id INTEGER;
