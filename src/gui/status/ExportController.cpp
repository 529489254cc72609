#include "gui/status/ExportController.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/library/Exporter.h"
#include "core/storage/StorageExecutor.h"
#include "gui/AppServices.h"
#include "gui/status/ExportDialog.h"
#include "gui/status/TaskProgress.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

namespace longhand {

namespace {
const auto kExportFolderKey = QStringLiteral("export/lastFolder");
} // namespace

ExportController::ExportController(AppServices& services, TaskProgress* progress, QWidget* window)
    : QObject(window)
    , m_services(services)
    , m_progress(progress)
    , m_window(window)
{
}

bool ExportController::isRunning() const
{
    return m_progress->isRunning();
}

void ExportController::chooseAndExport()
{
    if (isRunning()) {
        Q_EMIT statusMessage(tr("An export is already running."));
        return;
    }
    onFinished(m_services.accounts().sites(), this, [this](const Result<QList<Site>>& sites) {
        auto* dialog = new ExportDialog(sites.valueOr({}), m_services.settings().value(kExportFolderKey).toString(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { startExport(dialog->folder(), dialog->siteId()); });
        dialog->open();
    });
}

void ExportController::startExport(const QString& folder, std::optional<qint64> siteId)
{
    if (isRunning()) {
        return;
    }
    m_services.settings().setValue(kExportFolderKey, folder);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_progress->start(tr("Exporting…"), [cancelled] { cancelled->store(true); });
    QPointer<TaskProgress> task = m_progress;
    const QString root = m_services.profile().rootPath();
    // Queued behind any pending save on the storage thread, so the export has the latest text.
    auto done = m_services.storage().run([root, folder, siteId, cancelled, task](Database& db) {
        Exporter exporter(root, folder, siteId);
        exporter.setCancelFlag(cancelled);
        exporter.setProgress([task](int step, int total) {
            // From the storage thread to the GUI thread; the pointer is only read there.
            QMetaObject::invokeMethod(qApp, [task, step, total] {
                if (task) {
                    task->setProgress(step, total, tr("Exporting %1 of %2").arg(step).arg(total));
                }
            }, Qt::QueuedConnection);
        });
        return exporter.run(db);
    });
    onFinished(done, this, [this, folder](const Result<ExportCounts>& counts) {
        m_progress->finish();
        if (counts && counts->skipped > 0) {
            Q_EMIT failed(tr("Exported %n review(s) to %1, but some files could not be written:", nullptr, counts->posts).arg(folder)
                          + QLatin1Char('\n') + counts->problems.mid(0, 10).join(QLatin1Char('\n')));
        } else if (counts) {
            Q_EMIT statusMessage(tr("Exported %n review(s) to %1.", nullptr, counts->posts).arg(folder));
        } else if (counts.error().code == Error::Code::Cancelled) {
            Q_EMIT statusMessage(counts.error().message);
        } else {
            Q_EMIT failed(counts.error().message);
        }
    });
}

} // namespace longhand
