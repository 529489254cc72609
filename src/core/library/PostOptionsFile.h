#pragma once

#include "core/Error.h"
#include "core/domain/Post.h"
#include "core/domain/RemoteValues.h"
#include "core/markdown/FrontMatter.h"

namespace longhand {

// A review's post options in its file's front matter (issue 15 item 2), under WordPress's field names; a page's
// type, parent, menu_order and template too (issue 15 item 1). The type is taken only while the review is not on
// a blog (WordPress cannot change it).

// The options that differ from WordPress's defaults (format standard, not sticky, no password, comments and pings
// open, no custom fields; a custom field that is empty is left out); the author of a post on a blog.
void writePostOptions(const Post& post, FrontMatter& meta);
// The options the front matter sets, over the post's own: a key the file leaves out keeps the post's value.
void applyPostOptions(const FrontMatter& meta, Post& post);
// from's options onto to (title, text and the rest untouched).
void copyPostOptions(const Post& from, Post& to);
// The user id a front matter's `author:` name stands for (issue 15 item 5): a user of the blog (as its last sync saw
// them) whose login (WordPress's slug of it) or display name it is, ignoring case. None, or several with that display
// name: an error naming the blog (nothing is to be sent).
Result<qint64> resolveAuthor(const QString& name, const QList<RemoteUser>& users, const QString& blogName);

} // namespace longhand
