-- Schema 2: full-text search over review titles and text for the drafts sidebar.
CREATE VIRTUAL TABLE posts_fts USING fts5 (title, body, content='posts', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
    INSERT INTO posts_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, body ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO posts_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

INSERT INTO posts_fts (posts_fts) VALUES ('rebuild');
