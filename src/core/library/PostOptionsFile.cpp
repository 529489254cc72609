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
    if (post.type == PostType::Page) {
        // A page says so, and where it sits (its template as the blog has it: publishing sends it only if changed).
        meta.type = postTypeToString(post.type);
        if (post.parentId > 0) {
            meta.parent = post.parentId;
        }
        if (post.menuOrder != 0) {
            meta.menuOrder = post.menuOrder;
        }
        if (!post.pageTemplate.isEmpty()) {
            meta.pageTemplate = post.pageTemplate;
        }
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
    if (meta.type && post.remoteId == 0) {
        // WordPress cannot change a post's type: a review on the blog keeps its own.
        post.type = postTypeFromString(*meta.type).value_or(post.type);
    }
    if (meta.parent) {
        post.parentId = *meta.parent;
    }
    if (meta.menuOrder) {
        post.menuOrder = *meta.menuOrder;
    }
    if (meta.pageTemplate) {
        post.pageTemplate = *meta.pageTemplate;
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
    to.type = from.type; // (the repository keeps the type of a review on the blog whatever is saved)
    to.parentId = from.parentId;
    to.menuOrder = from.menuOrder;
    to.pageTemplate = from.pageTemplate;
}

} // namespace longhand
