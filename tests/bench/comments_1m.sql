-- A cache of 1,000,000 comments on 2,000 posts for bench_commentstore --filters (docs/PERFORMANCE.md, issue 16):
-- 10% held, a fifth replies, a third of those by the signed-in account (user 7), a quarter of the posts the account's.
-- Built with the sqlite3 shell into a schema-13 file (the migrations 001..013 concatenated, then user_version 13):
--   for f in src/core/storage/migrations/0{01,02,03,04,05,06,07,08,09,10,11,12,13}_*.sql; do cat $f; echo; done > s13.sql
--   echo 'PRAGMA user_version = 13;' >> s13.sql; sqlite3 big.sqlite < s13.sql; sqlite3 big.sqlite < tests/bench/comments_1m.sql
--   bench_commentstore --filters big.sqlite   (upgrades it to the latest schema, then times the filters)
PRAGMA journal_mode = WAL;
BEGIN;
INSERT INTO sites (id, name, base_url, created_at, user_id) VALUES (1, 'Big', 'https://big.example/', '2026-12-07T00:00:00.000Z', 7);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000)
INSERT INTO posts (site_id, remote_id, title, body, created_at, updated_at, author_id)
SELECT 1, x, 'Post ' || x, 'Body', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', CASE WHEN x % 4 = 0 THEN 7 ELSE 8 END FROM n;
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000)
INSERT INTO comments (site_id, remote_id, post_remote_id, parent_remote_id, status, remote_status, author_id, author_name,
                      author_email, author_ip, author_user_agent, date_gmt, content_raw, plain_text, content_hash, type)
SELECT 1, x, 1 + (x * 7919) % 2000, CASE WHEN x % 5 = 0 THEN x - 1 ELSE 0 END,
       CASE WHEN x % 10 = 3 THEN 'hold' WHEN x % 97 = 0 THEN 'spam' ELSE 'approved' END,
       CASE WHEN x % 10 = 3 THEN 'hold' WHEN x % 97 = 0 THEN 'spam' ELSE 'approved' END,
       CASE WHEN x % 15 = 0 THEN 7 ELSE 0 END, 'Reader ' || (x % 3000), 'reader' || (x % 3000) || '@example.org',
       '192.0.2.' || (x % 250), 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0',
       strftime('%Y-%m-%dT%H:%M:%S.000Z', 1500000000 + x * 300, 'unixepoch'),
       'The long take in the second act is the best thing in the film. Comment ' || x,
       'The long take in the second act is the best thing in the film. Comment ' || x,
       lower(hex(randomblob(20))), CASE WHEN x % 500 = 0 THEN 'pingback' ELSE 'comment' END
FROM n;
COMMIT;
