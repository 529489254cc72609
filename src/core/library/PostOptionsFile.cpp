#include "core/library/PostOptionsFile.h"

namespace longhand {

void writePostOptions(const Post& post, FrontMatter& meta)
{
    if (!post.postFormat.isEmpty() && post.postFormat != QLatin1String("standard")) {
        meta.format = post.postFormat;
    }
    if (post.sticky) {
        meta.sticky = true;
    }
    if (!post.password.isEmpty()) {
        meta.password = post.password;
    }
    if (post.remoteId > 0 && post.authorId > 0) {
        meta.author = post.authorId;
    }
    if (!post.commentsOpen) {
        meta.commentStatus = QStringLiteral("closed");
    }
    if (!post.pingsOpen) {
        meta.pingStatus = QStringLiteral("closed");
    }
    if (!post.meta.isEmpty()) {
        meta.meta = post.meta;
    }
}

void applyPostOptions(const FrontMatter& meta, Post& post)
{
    if (meta.format) {
        post.postFormat = *meta.format;
    }
    if (meta.sticky) {
        post.sticky = *meta.sticky;
    }
    if (meta.password) {
        post.password = *meta.password;
    }
    if (meta.author) {
        post.authorId = *meta.author;
    }
    if (meta.commentStatus) {
        post.commentsOpen = *meta.commentStatus == QLatin1String("open");
    }
    if (meta.pingStatus) {
        post.pingsOpen = *meta.pingStatus == QLatin1String("open");
    }
    if (meta.meta) {
        // Keys the file leaves out stay (a publication never deletes a custom field).
        for (auto it = meta.meta->begin(); it != meta.meta->end(); ++it) {
            post.meta.insert(it.key(), *it);
        }
    }
}

void copyPostOptions(const Post& from, Post& to)
{
    to.postFormat = from.postFormat;
    to.sticky = from.sticky;
    to.password = from.password;
    to.authorId = from.authorId;
    to.commentsOpen = from.commentsOpen;
    to.pingsOpen = from.pingsOpen;
    to.meta = from.meta;
}

} // namespace longhand
