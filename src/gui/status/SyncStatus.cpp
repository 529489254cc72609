#include "gui/status/SyncStatus.h"

#include "gui/SafeText.h"
#include "gui/accounts/SyncController.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/MetadataPanel.h"
#include "gui/editor/ReviewSession.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

namespace longhand {

SyncStatus::SyncStatus(SyncController& sync, ReviewEditorWidget& editor, QStatusBar& statusBar, QObject* parent)
    : QObject(parent)
    , m_sync(sync)
    , m_editor(editor)
    , m_statusBar(statusBar)
    , m_progress(new QProgressBar(&statusBar))
    , m_cancel(new QToolButton(&statusBar))
    , m_publishedLabel(new QLabel(&statusBar))
{
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; the next one continues where it stopped"));
    m_cancel->hide();
    m_publishedLabel->setObjectName(QStringLiteral("publishedLink"));
    m_publishedLabel->setTextFormat(Qt::RichText); // only our markup: the blog's address is escaped
    m_publishedLabel->setOpenExternalLinks(true);
    m_publishedLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_cancel, &QToolButton::clicked, &m_sync, &SyncController::cancel);
    connectPublishing();
    connectSyncing();
}

void SyncStatus::connectPublishing()
{
    connect(&m_sync, &SyncController::outboxBusy, this, [this](const QString& holder) {
        m_statusBar.showMessage(tr("Another Longhand (%1) is sending this profile's queue; what waits here goes when it "
                                   "has finished.").arg(holder), 10000);
    });
    connect(&m_sync, &SyncController::publishQueued, this, [this](qint64 postId) {
        m_publishedLabel->setText(tr("Publishing…"));
        if (postId == m_editor.session().reviewId()) {
            m_editor.metadata()->setBlogLocked(true); // queued for its blog: a create may be on its way there
        }
    });
    connect(&m_sync, &SyncController::slugReplaced, this, [this](qint64, const QString& message) {
        m_statusBar.showMessage(message, 15000); // also the review's notice, shown above its text
    });
    connect(&m_sync, &SyncController::published, this, [this](qint64 postId, const QString& link, const QString& status) {
        const QString done = SyncController::publishedText(status);
        // The address is the blog's: a link only when it is a web address, escaped either way.
        const QUrl url(link);
        const bool web = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        m_publishedLabel->setText(web ? tr("%1 <a href=\"%2\">%3</a>").arg(done.toHtmlEscaped(), QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), link.toHtmlEscaped())
                                      : tr("%1 %2").arg(done.toHtmlEscaped(), link.toHtmlEscaped()));
        if (postId == m_editor.session().reviewId()) {
            m_editor.session().reloadMetadata();
        }
    });
    connect(&m_sync, &SyncController::publishFailed, this, [this](qint64 postId, const Error& error, bool willRetry) {
        if (willRetry) {
            m_publishedLabel->setText(tr("Will publish when online"));
            m_publishedLabel->setToolTip(SafeText::toolTip(error.message));
        } else if (error.code == Error::Code::Conflict && postId == m_editor.session().reviewId()) {
            m_publishedLabel->setText(tr("Changed on the web: merge first"));
            Q_EMIT mergeRequested();
        } else {
            m_publishedLabel->clear();
            Q_EMIT errorOccurred(error.message);
        }
    });
    connect(&m_sync, &SyncController::publishStep, this, [this](const QString& step) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(step);
        m_publishedLabel->setText(step);
    });
}

void SyncStatus::connectSyncing()
{
    connect(&m_sync, &SyncController::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Syncing…"));
        m_progress->show();
        m_cancel->show();
    });
    connect(&m_sync, &SyncController::progressChanged, this, [this](const QString& name, const SyncProgress& progress) {
        m_progress->setRange(0, std::max(1, progress.pagesTotal));
        m_progress->setValue(progress.pagesDone);
        m_progress->setFormat(tr("%1: %2 of %3 pages, %4 items")
                                  .arg(name)
                                  .arg(progress.pagesDone)
                                  .arg(progress.pagesTotal)
                                  .arg(progress.items));
    });
    connect(&m_sync, &SyncController::siteFinished, this, [this](const QString& name, const Status& status) {
        if (status) {
            m_statusBar.showMessage(tr("%1 is up to date.").arg(name), 5000);
        } else if (status.error().code != Error::Code::Cancelled) {
            Q_EMIT errorOccurred(tr("Sync of %1 failed: %2").arg(name, status.error().message));
        } else {
            m_statusBar.showMessage(status.error().message, 5000);
        }
    });
    connect(&m_sync, &SyncController::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
    });
}

} // namespace longhand
