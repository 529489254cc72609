#include "core/library/Exporter.h"

#include "core/Profile.h"
#include "core/library/FileLink.h"
#include "core/library/FileNames.h"
#include "core/library/PostOptionsFile.h"
#include "core/markdown/FrontMatter.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/storage/MediaStore.h"
#include "core/storage/PostRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/domain/RemoteValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Exporter", text);
}

FrontMatter frontMatterFor(const Post& post, const QHash<qint64, QUrl>& blogs)
{
    FrontMatter meta;
    meta.title = post.title;
    if (!post.slug.isEmpty()) {
        meta.slug = post.slug;
    }
    if (!post.excerpt.isEmpty()) {
        meta.excerpt = post.excerpt;
    }
    meta.status = postStatusToString(post.status);
    if (post.scheduledAt.isValid()) {
        meta.date = post.scheduledAt;
    } else if (const QDateTime published = parseWpGmt(
                   QJsonDocument::fromJson(post.baseFields.toUtf8()).object().value(QStringLiteral("date_gmt")).toString());
               post.remoteId > 0 && published.isValid()) {
        meta.date = published; // the blog's date of a post on it (publishing the file again sends it only if changed)
    }
    if (!post.categories.isEmpty()) {
        meta.categories = post.categories;
    }
    if (!post.tags.isEmpty()) {
        meta.tags = post.tags;
    }
    if (!post.featuredImage.isEmpty()) {
        meta.featured = post.featuredImage;
    } else if (post.featuredMediaId > 0) {
        meta.featuredMedia = post.featuredMediaId; // only on the blog
    }
    writePostOptions(post, meta);
    // Where it lives, so that `longhand-cli publish` of this file updates that post (see FileLink).
    if (post.remoteId > 0 && blogs.contains(post.siteId)) {
        meta.blog = blogs.value(post.siteId).toString();
        meta.id = post.remoteId;
        if (post.baseModifiedGmt.isValid()) {
            meta.modified = post.baseModifiedGmt;
        }
    }
    return meta;
}

} // namespace

Exporter::Exporter(QString profileRoot, QString targetDir, std::optional<qint64> siteId)
    : m_profileRoot(std::move(profileRoot))
    , m_target(std::move(targetDir))
    , m_siteId(siteId)
{
}

Result<ExportCounts> Exporter::run(Database& database)
{
    const auto isCancelled = [this] { return m_cancelled && m_cancelled->load(); };
    if (isCancelled()) {
        return Error::make(Error::Code::Cancelled, tr("The export was cancelled."));
    }
    PostRepository posts(database);
    auto summaries = posts.list({});
    if (!summaries) {
        return summaries.error();
    }
    // The summaries carry no blog: load each to know, but count only the chosen blog's for progress.
    QList<Post> chosen;
    for (const PostSummary& summary : summaries.value()) {
        auto post = posts.load(summary.id);
        if (!post) {
            return post.error();
        }
        if (!m_siteId || post->siteId == *m_siteId) {
            chosen.append(std::move(post).value());
        }
    }
    auto sites = SiteRepository(database).list();
    if (!sites) {
        return sites.error();
    }
    QHash<qint64, QUrl> blogs;
    for (const Site& site : sites.value()) {
        blogs.insert(site.id, site.baseUrl);
    }
    const QDir out(m_target);
    if (!QDir().mkpath(out.filePath(QStringLiteral("media")))) {
        return Error::make(Error::Code::Io, tr("Cannot create %1.").arg(m_target));
    }
    const MediaStore media(m_profileRoot);
    const QString mediaOut = QDir::cleanPath(out.filePath(QStringLiteral("media")));
    ExportCounts counts;
    QSet<QString> usedNames; // lower case: a case-insensitive file system must not merge two reviews either
    const int total = int(chosen.size());
    if (m_progress) {
        m_progress(0, total);
    }
    int done = 0;
    for (const Post& post : std::as_const(chosen)) {
        if (isCancelled()) {
            return Error::make(Error::Code::Cancelled,
                               tr("The export was cancelled after %1 of %2 reviews.").arg(done).arg(total));
        }
        QStringList images = post.format == SourceFormat::Markdown ? MarkdownRenderer::localImages(post.body) : QStringList();
        if (!post.featuredImage.isEmpty()) {
            images.append(post.featuredImage);
        }
        for (const QString& reference : std::as_const(images)) {
            const QString source = media.resolve(reference);
            const QString copy = QDir::cleanPath(out.filePath(reference));
            if (source.isEmpty() || !copy.startsWith(mediaOut + QLatin1Char('/')) || !QFileInfo(source).isFile()
                || QFileInfo::exists(copy)) {
                continue; // not one of the profile's images, or already copied
            }
            // QFile::copy writes a temporary file beside the target and renames it: never half a file.
            if (!QDir().mkpath(QFileInfo(copy).absolutePath()) || !QFile::copy(source, copy)) {
                ++counts.skipped;
                counts.problems.append(tr("Cannot copy %1 to %2.").arg(source, copy));
                continue;
            }
            QFile::setPermissions(copy, Profile::outsideFilePermissions());
            ++counts.media;
        }
        // The slug is the blog's: it names one file in this folder, nothing else (see FileNames::clean).
        const QString base = FileNames::clean(post.slug, QStringLiteral("review-%1").arg(post.id));
        const QString suffix = post.format == SourceFormat::Html ? QStringLiteral(".html") : QStringLiteral(".md");
        QString name = base + suffix;
        for (int n = 2; usedNames.contains(name.toLower()); ++n) {
            name = base + QStringLiteral("-%1").arg(n) + suffix;
        }
        usedNames.insert(name.toLower());
        QSaveFile file(out.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(writeMarkdownDocument(frontMatterFor(post, blogs), post.body).toUtf8()) < 0
            || !file.commit()) {
            ++counts.skipped;
            counts.problems.append(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        } else {
            QFile::setPermissions(file.fileName(), Profile::outsideFilePermissions()); // the user's, not the profile's
            ++counts.posts;
            if (auto kept = FileLink::rememberBase(database, post); !kept) {
                return kept.error(); // a file that cannot be merged later is not written silently
            }
        }
        ++done;
        if (m_progress) {
            m_progress(done, total);
        }
    }
    return counts;
}

} // namespace longhand
