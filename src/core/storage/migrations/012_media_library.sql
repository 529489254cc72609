-- Schema 12: the media library (issue 15, item 3). 11 is taken by another change.
-- uploaded_gmt: when the item was uploaded (what the library sorts and filters by; modified_gmt changes with an
-- edit of its alt text or title). thumbnail_url: the blog's small copy, '' when it made none. width/height: of
-- the full image, 0 when unknown; Publisher writes them beside wp-image-ID.
ALTER TABLE media ADD COLUMN uploaded_gmt TEXT;
ALTER TABLE media ADD COLUMN thumbnail_url TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN width INTEGER NOT NULL DEFAULT 0;
ALTER TABLE media ADD COLUMN height INTEGER NOT NULL DEFAULT 0;
-- Newest first, per blog; an image found by its address when a review links to it.
CREATE INDEX media_by_upload ON media (site_id, uploaded_gmt DESC, remote_id DESC);
CREATE INDEX media_by_source ON media (site_id, source_url);
-- The media listed before this version lack these columns: the next pull asks for every item again.
DELETE FROM sync_state WHERE resource = 'media';
