-- Schema 11: post options (issue 15 item 2), in WordPress's own words: post_format ('standard', 'aside', 'gallery',
-- ...), sticky (0/1), post_password ('' = none), meta (the custom fields the blog exposes, as a JSON object of
-- key -> value; '' = none known). author_id (migration 003) and comments_open/pings_open (001) were there already.
ALTER TABLE posts ADD COLUMN post_format TEXT NOT NULL DEFAULT 'standard';
ALTER TABLE posts ADD COLUMN sticky INTEGER NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN post_password TEXT NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN meta TEXT NOT NULL DEFAULT '';
-- The values above are not the blog's for a post stored before this version: the next sync pulls every post again
-- (a clean copy takes the blog's options and a base that knows them). Until a base knows an option, a publication
-- never sends it (Publisher::changedFields), so a default here never overwrites what the web set.
UPDATE sync_state SET high_water = NULL, run_after = NULL, next_page = 0, total_pages = 0 WHERE resource = 'posts';
