#include "core/library/FileLink.h"

#include "core/library/PostOptionsFile.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PostRepository.h"
#include "core/storage/PublishRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FileLink", text);
}

QString baseKey(qint64 siteId, qint64 remoteId, const QDateTime& modified)
{
    return QStringLiteral("file/base/%1/%2/%3").arg(siteId).arg(remoteId).arg(toStorageTime(modified));
}

} // namespace

bool FileLink::sameBlog(const QUrl& blogAddress, const QString& written)
{
    const auto normal = [](QUrl url) {
        url.setHost(url.host().toLower());
        url = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (url.path() == QLatin1String("/")) {
            url.setPath(QString());
        }
        return url;
    };
    const QUrl other = QUrl(written.trimmed(), QUrl::StrictMode);
    return other.isValid() && !other.host().isEmpty() && normal(blogAddress) == normal(other)
           && blogAddress.port(blogAddress.scheme() == QLatin1String("https") ? 443 : 80)
                  == other.port(other.scheme() == QLatin1String("https") ? 443 : 80);
}

QString FileLink::sourceKey(qint64 postId)
{
    return QStringLiteral("cli/review/%1/source").arg(postId);
}

QString FileLink::fileKey(const QString& path)
{
    return QStringLiteral("cli/source/%1").arg(QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex()));
}

Status FileLink::rememberBase(Database& db, const Post& post)
{
    if (post.siteId <= 0 || post.remoteId <= 0 || !post.baseModifiedGmt.isValid()) {
        return {};
    }
    QJsonObject base {{QStringLiteral("content"), post.baseContent}, {QStringLiteral("fields"), post.baseFields}};
    if (post.baseRemoteContent) {
        base.insert(QStringLiteral("remote"), *post.baseRemoteContent); // what the blog held then
    }
    AppStateRepository state(db);
    if (auto kept = state.setValue(baseKey(post.siteId, post.remoteId, post.baseModifiedGmt),
                                   QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)));
        !kept) {
        return kept;
    }
    // The last kKeptBases versions of the post (times sort as text); a file written from an older one is refused by
    // adopt(), nothing sent.
    return state.keepLast(QStringLiteral("file/base/%1/%2/").arg(post.siteId).arg(post.remoteId), kKeptBases);
}

Result<qint64> FileLink::adopt(Database& db, qint64 siteId, const Post& fromFile, qint64 remoteId,
                               const std::optional<QDateTime>& modified, const QString& sourcePath,
                               const FrontMatter& frontMatter)
{
    qint64 id = 0;
    const Status done = db.transaction([&]() -> Status {
        PublishRepository publish(db);
        PostRepository posts(db);
        AppStateRepository state(db);
        auto found = publish.findByRemoteId(siteId, remoteId);
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return Error::make(Error::Code::NotFound,
                               tr("“%1” is post %2 of its blog, which this profile has not synced yet: run longhand-cli sync, "
                                  "then publish again. Nothing was sent.")
                                   .arg(fromFile.title)
                                   .arg(remoteId));
        }
        id = *found.value();
        auto cached = posts.load(id);
        if (!cached) {
            return cached.error();
        }
        auto owner = state.value(sourceKey(id));
        if (!owner) {
            return owner.error();
        }
        // Changes that are not on the blog yet, made in the app (a review no file published), or a publication of
        // another file still waiting: keep both, ask. (A review another file published is that file's text, which
        // the blog has, merged.)
        const bool appEdits = cached->dirty && owner->isEmpty() && cached->body != fromFile.body;
        const bool otherWaiting = cached->publicationQueued && owner.value() != sourcePath;
        if (appEdits || otherWaiting) {
            return Error::make(Error::Code::Conflict,
                               tr("“%1” has changes made in Longhand that are not on the blog yet; publish or discard them "
                                  "there first. Nothing was sent.")
                                   .arg(cached->title));
        }
        // The base is the version the file was written from, as the profile kept it when it wrote or published the
        // file (text and fields of that moment: a sync since may have moved the cache's fields on).
        if (modified && modified->isValid()) {
            auto kept = state.value(baseKey(siteId, remoteId, *modified));
            if (!kept) {
                return kept.error();
            }
            if (!kept->isEmpty()) {
                const QJsonObject base = QJsonDocument::fromJson(kept->toUtf8()).object();
                const std::optional<QString> remote = base.contains(QStringLiteral("remote"))
                                                          ? std::optional<QString>(base.value(QStringLiteral("remote")).toString())
                                                          : std::nullopt;
                if (auto set = publish.setBase(id, *modified, base.value(QStringLiteral("content")).toString(),
                                               base.value(QStringLiteral("fields")).toString(), remote);
                    !set) {
                    return set;
                }
            } else if (cached->baseModifiedGmt != *modified) {
                return Error::make(Error::Code::Conflict,
                                   tr("“%1” was changed on the blog after the file was written (it is from %2), and this "
                                      "profile does not have the version it was written from, so the two cannot be merged "
                                      "safely. Export it again (longhand-cli export) and make your edit there. Nothing was sent.")
                                       .arg(cached->title, modified->toString(Qt::ISODate)));
            }
        }
        Post updated = fromFile;
        updated.id = id;
        updated.siteId = siteId;
        copyPostOptions(*cached, updated);
        applyPostOptions(frontMatter, updated);
        if (!cached->requestedSlug.isEmpty() && cached->requestedSlug == fromFile.slug && !cached->slug.isEmpty()) {
            updated.slug = cached->slug; // the blog gave this review another slug: it keeps the one it has
        }
        return posts.update(updated);
    });
    if (!done) {
        return done.error();
    }
    return id;
}

} // namespace longhand
