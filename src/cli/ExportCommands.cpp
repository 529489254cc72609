// export DIR
#include "CliContext.h"
#include "Commands.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/library/Exporter.h"
#include "core/storage/StorageExecutor.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace longhand {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("longhand", text); // the context lupdate gives free tr() calls in namespace longhand
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
    // The same Exporter as File ▸ Export… in the app.
    onFinished(context.storage().run([root, absolute, siteId](Database& db) { return Exporter(root, absolute, siteId).run(db); }),
               &context.accounts(), [&context, absolute](const Result<ExportCounts>& counts) {
                   if (!counts) {
                       context.fail(counts.error());
                       return;
                   }
                   context.out() << tr("Exported %1 review(s) and %2 image(s) to %3.").arg(counts->posts).arg(counts->media).arg(absolute)
                                 << Qt::endl;
                   if (counts->skipped > 0) {
                       for (const QString& problem : counts->problems) {
                           context.err() << problem << Qt::endl;
                       }
                       context.fail(tr("%1 file(s) could not be written; everything else was exported.").arg(counts->skipped), 1);
                       return;
                   }
                   context.succeed();
               });
}

} // namespace longhand
