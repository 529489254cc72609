#include "core/library/PostOptionsFile.h"

#include <QJsonArray>

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
    // REST lists every registered key, set or not (""): only the set ones are written.
    QJsonObject fields;
    for (auto it = post.meta.begin(); it != post.meta.end(); ++it) {
        if (!(it->isString() && it->toString().isEmpty()) && !(it->isArray() && it->toArray().isEmpty())) {
            fields.insert(it.key(), *it);
        }
    }
    if (!fields.isEmpty()) {
        meta.meta = fields;
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
