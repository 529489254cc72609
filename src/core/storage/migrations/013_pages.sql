-- Schema 13: pages (issue 15 item 1). post_type in WordPress's words ('post', 'page'); a page's parent (the blog's
-- page id, 0 = none), menu_order and page_template (the theme's template file, '' = the default) as the blog has them.
-- Every row stored so far is a post (pages were never pulled), so the defaults are the blog's values; the template
-- of a post is not kept (Longhand shows it for pages only).
ALTER TABLE posts ADD COLUMN post_type TEXT NOT NULL DEFAULT 'post';
ALTER TABLE posts ADD COLUMN parent_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN menu_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN page_template TEXT NOT NULL DEFAULT '';
CREATE INDEX posts_type ON posts(post_type);
