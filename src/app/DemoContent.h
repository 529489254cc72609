#pragma once

#include "core/sync/TextMerge.h"

#include "core/Error.h"

#include <QString>

namespace longhand {

class Database;

// Sample content written for Longhand, stored straight into a fresh cache: a blog as a sync would have left
// it (reviews written on the web, terms, a comment thread that argues and quotes, held comments, spam) plus
// a Markdown review written in Longhand. Used by `longhand --screenshot` so the README's pictures show the
// app itself on known content. Runs on the storage thread.
struct DemoIds
{
    qint64 siteId = 0;
    qint64 markdownReview = 0; // local id of the Longhand-written review
};

Result<DemoIds> storeDemoContent(Database& db);

// Three versions of one paragraph for the merge view: the base the writer started from, the writer's
// version and the web's, changed in different places and once in the same sentence.
struct DemoMerge
{
    QString title;
    QString base;  // HTML, as the blog had it
    QString local; // Markdown
    QString web;   // HTML
    MergeResult result;
};

DemoMerge demoMerge();

} // namespace longhand
