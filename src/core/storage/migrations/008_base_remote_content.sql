-- Schema 8: the text WordPress held at the base, kept apart from the base Longhand compares its edit with.
-- base_content is the HTML the local edit started from (for a Markdown review: the HTML it was rendered to and sent);
-- WordPress may store that differently, and a sync moves remote_content on without moving a Markdown review's base.
-- base_remote_content is what the blog held when the base was taken (a publication's answer, a pull of an HTML post,
-- an accepted merge): any other text on the blog later is an edit made on the web, even within the same second.
-- NULL: not known (rows from before this version, bases read from a file); the modified times decide then.
ALTER TABLE posts ADD COLUMN base_remote_content TEXT;
