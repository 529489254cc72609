// export DIR
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/markdown/FrontMatter.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/storage/MediaStore.h"
#include "core/storage/PostRepository.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
}

struct ExportCounts
{
    int posts = 0;
    int media = 0;
};

// Writes every review (of one blog, or all) as a file with front matter, and the local images it
// uses, so the folder is complete on its own. Runs on the storage thread.
Result<ExportCounts> exportAll(Database& db, const QString& profileRoot, const QString& target, std::optional<qint64> siteId)
{
    PostRepository posts(db);
    auto summaries = posts.list({});
    if (!summaries) {
        return summaries.error();
    }
    const QDir out(target);
    if (!QDir().mkpath(out.filePath(QStringLiteral("media")))) {
        return Error::make(Error::Code::Io, tr("Cannot create %1.").arg(target));
    }
    const MediaStore media(profileRoot);
    ExportCounts counts;
    QStringList usedNames;
    for (const PostSummary& summary : summaries.value()) {
        auto post = posts.load(summary.id);
        if (!post) {
            return post.error();
        }
        if (siteId && post->siteId != *siteId) {
            continue;
        }
        FrontMatter meta;
        meta.title = post->title;
        if (!post->slug.isEmpty()) {
            meta.slug = post->slug;
        }
        if (!post->excerpt.isEmpty()) {
            meta.excerpt = post->excerpt;
        }
        meta.status = postStatusToString(post->status);
        if (post->scheduledAt.isValid()) {
            meta.date = post->scheduledAt;
        }
        if (!post->categories.isEmpty()) {
            meta.categories = post->categories;
        }
        if (!post->tags.isEmpty()) {
            meta.tags = post->tags;
        }
        QStringList images = post->format == SourceFormat::Markdown ? MarkdownRenderer::localImages(post->body) : QStringList();
        if (!post->featuredImage.isEmpty()) {
            meta.featured = post->featuredImage;
            images.append(post->featuredImage);
        }
        for (const QString& reference : std::as_const(images)) {
            const QString source = media.resolve(reference);
            const QString copy = out.filePath(reference);
            if (source.isEmpty() || !QFileInfo::exists(source) || QFileInfo::exists(copy)) {
                continue;
            }
            if (!QFile::copy(source, copy)) {
                return Error::make(Error::Code::Io, tr("Cannot copy %1 to %2.").arg(source, copy));
            }
            ++counts.media;
        }
        QString base = post->slug.isEmpty() ? QStringLiteral("review-%1").arg(post->id) : post->slug;
        if (usedNames.contains(base)) {
            base += QStringLiteral("-%1").arg(post->id);
        }
        usedNames.append(base);
        const QString suffix = post->format == SourceFormat::Html ? QStringLiteral(".html") : QStringLiteral(".md");
        QSaveFile file(out.filePath(base + suffix));
        if (!file.open(QIODevice::WriteOnly) || file.write(writeMarkdownDocument(meta, post->body).toUtf8()) < 0 || !file.commit()) {
            return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        ++counts.posts;
    }
    return counts;
}

} // namespace

void runExportCommand(CliContext& context)
{
    const QString target = context.arguments().value(1);
    if (target.isEmpty()) {
        context.fail(tr("export needs a folder to write to."), 2);
        return;
    }
    std::optional<qint64> siteId;
    if (context.parser().isSet(QStringLiteral("site"))) {
        siteId = context.parser().value(QStringLiteral("site")).toLongLong();
    }
    const QString root = context.profile().rootPath();
    const QString absolute = QFileInfo(target).absoluteFilePath();
    onFinished(context.storage().run([root, absolute, siteId](Database& db) { return exportAll(db, root, absolute, siteId); }),
               &context.accounts(), [&context, absolute](const Result<ExportCounts>& counts) {
                   if (!counts) {
                       context.fail(counts.error());
                       return;
                   }
                   context.out() << tr("Exported %1 review(s) and %2 image(s) to %3.").arg(counts->posts).arg(counts->media).arg(absolute)
                                 << Qt::endl;
                   context.succeed();
               });
}

} // namespace longhand
