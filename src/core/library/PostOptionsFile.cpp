#include "core/library/PostOptionsFile.h"

#include <QCoreApplication>

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

Result<qint64> resolveAuthor(const QString& name, const QList<RemoteUser>& users, const QString& blogName)
{
    const QString wanted = name.trimmed();
    // WordPress's slug of a login: lower case, spaces as hyphens.
    const QString asSlug = wanted.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    QList<const RemoteUser*> byName;
    for (const RemoteUser& user : users) {
        if (user.slug.compare(wanted, Qt::CaseInsensitive) == 0 || (!user.slug.isEmpty() && user.slug == asSlug)) {
            return user.id; // a login is unique
        }
        if (user.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            byName.append(&user);
        }
    }
    if (byName.size() == 1) {
        return byName.constFirst()->id;
    }
    if (byName.size() > 1) {
        QStringList ids;
        for (const RemoteUser* user : std::as_const(byName)) {
            ids.append(QString::number(user->id));
        }
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("longhand", "author: “%1” names several users of %2 (ids %3); write the id "
                                                                   "instead. Nothing was sent.")
                               .arg(wanted, blogName, ids.join(QStringLiteral(", "))));
    }
    return Error::make(Error::Code::InvalidInput,
                       QCoreApplication::translate("longhand", "author: “%1” is not a user of %2 as Longhand last saw them (a login, "
                                                               "a display name or an id; sync to learn new users). Nothing was sent.")
                           .arg(wanted, blogName));
}

} // namespace longhand
