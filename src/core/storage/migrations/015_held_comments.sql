-- Schema 15 (issue 16): the comments the cache believes held on the blog, by blog and id. Every sync compares the
-- blog's hold queue with them (CommentReconciler); without this index that read walked every comment of the blog
-- (0.2–0.3 s at 300,000 comments, for 24,000 held ones). Partial: it holds only the held ones, and is used by the
-- query that names the same literal condition (CommentRepository::heldRemoteIds).
CREATE INDEX comments_held_remote ON comments (site_id, remote_id) WHERE remote_status = 'hold' AND gone = 0;
