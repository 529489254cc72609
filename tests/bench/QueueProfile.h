// A profile for the queue benchmark: blogs with generated posts and comments stored through the sync's own code
// (SyncRepository::upsertPosts, and REST JSON pages parsed by wpjson::parseComments and stored by
// CommentRepository::upsertComments, as SyncPages stores them). No WordPress and no HTTP are involved.
#pragma once

#include <QString>
#include <QTextStream>

namespace longhand::bench {

struct QueueProfileShape
{
    int blogs = 5;
    int comments = 1000000; // over all blogs
    int postsPerBlog = 400;
};

// What the generated data holds, for the benchmark's queries.
struct QueueProfileFacts
{
    static constexpr qint64 kAccountUserId = 1; // the signed-in account on every blog
    static constexpr int kRareEvery = 10007; // one comment in this many has the rare word
    static QString commonWord() { return QStringLiteral("film"); }
    static QString rareWord() { return QStringLiteral("zoetrope"); }
    static constexpr qint64 kHottestPost = 1; // the post with the most comments on each blog
};

// Generates the profile in `dir` unless a profile generated with this shape is already there (a stamp file says
// so). Returns false (with a line on `out`) on a failure.
bool ensureQueueProfile(const QString& dir, const QueueProfileShape& shape, QTextStream& out);

} // namespace longhand::bench
