-- Schema 7: publishing that never harms what it did not write.
-- base_fields: the blog's values of the fields Longhand shows (title, excerpt, slug, status, date, comment and
-- ping status, categories, tags, featured image), as JSON in REST field names, when the post was last pulled or
-- written. An update sends only the fields whose local value differs from this base: what the writer changed.
-- NULL (a post stored before this version): the fields are compared with the blog's current values instead.
ALTER TABLE posts ADD COLUMN base_fields TEXT;
-- requested_slug: the slug the writer asked for when the blog gave the post another one (it was taken), so
-- publishing the same file again finds this review instead of creating yet another post.
ALTER TABLE posts ADD COLUMN requested_slug TEXT NOT NULL DEFAULT '';
