#!/usr/bin/env python3
"""Builds tests/data/schema-v1.sqlite: a Longhand database at schema version 1.

The schema is read from src/core/storage/migrations/001_initial.sql (never copied here), so the
file is exactly what migration 001 produced. The sample rows are what tst_migrations expects to
survive the upgrade to the latest schema; change both together.

Run once from anywhere and commit the result:
    python3 tests/data/make_schema_v1.py
"""

import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", "..", "src", "core", "storage", "migrations", "001_initial.sql"))
TARGET = os.path.join(HERE, "schema-v1.sqlite")


def main():
    with open(SOURCE, encoding="utf-8") as f:
        schema = f.read()
    if os.path.exists(TARGET):
        os.remove(TARGET)

    db = sqlite3.connect(TARGET, isolation_level=None)  # autocommit; transactions are explicit
    # Rollback journal, not WAL: the committed file must be self-contained (no -wal beside it).
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA foreign_keys = ON")
    db.executescript("BEGIN;\n" + schema + "\nPRAGMA user_version = 1;\nCOMMIT;")

    db.execute("BEGIN")
    db.execute(
        "INSERT INTO sites (id, name, base_url, rest_root, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (1, "Film Diary", "https://films.example.org", "https://films.example.org/wp-json/", "kathy",
         "2023-01-05T08:00:00.000Z"))
    db.execute(
        "INSERT INTO posts (id, site_id, remote_id, title, slug, slug_edited, excerpt, source_format, body, status, "
        "scheduled_at, comments_open, pings_open, featured_image, also_like, link, base_modified_gmt, base_content, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (1, 1, 417, "Never Let Me Go", "never-let-me-go", 0, "Clones in a boarding school.", "markdown",
         "The students at Hailsham grow up *quietly*.\n\nKathy remembers Tommy.", "publish",
         None, 1, 0, "media/0123456789ab-poster.png", "The Remains of the Day",
         "https://films.example.org/never-let-me-go/", "2023-02-01T12:30:00.000Z",
         "<p>The students at Hailsham grow up quietly.</p>",
         "2023-01-10T09:00:00.000Z", "2023-02-01T12:31:00.000Z"))
    db.execute(
        "INSERT INTO posts (id, title, slug, slug_edited, body, status, scheduled_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (2, "Amélie", "amelie-review", 1, "A café in Montmartre and a garden gnome that travels.", "future",
         "2023-06-01T07:00:00.000Z", "2023-03-03T10:00:00.000Z", "2023-03-04T11:15:30.250Z"))
    terms = [
        (1, "category", "Films", 0),
        (1, "category", "Adaptations", 1),
        (1, "post_tag", "kazuo ishiguro", 0),
        (1, "post_tag", "clones", 1),
    ]
    db.executemany("INSERT INTO post_terms (post_id, taxonomy, name, position) VALUES (?, ?, ?, ?)", terms)
    db.execute("INSERT INTO app_state (key, value) VALUES (?, ?)", ("editor/open_review", "2"))
    db.execute("COMMIT")

    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.execute("VACUUM")
    db.close()
    if version != 1:
        sys.exit("expected user_version 1, got %d" % version)
    print("wrote", TARGET)


if __name__ == "__main__":
    main()
