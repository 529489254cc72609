#include "gui/status/SyncSummary.h"

#include "core/FutureUtils.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/OutboxCounts.h"
#include "core/storage/StorageExecutor.h"
#include "gui/accounts/SyncController.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace longhand {

QString ModerationSummary::text() const
{
    QStringList parts;
    if (newComments > 0) {
        parts.append(SyncSummaryCollector::tr("%n new comment(s) to moderate", nullptr, newComments));
    }
    if (!overruled.isEmpty()) {
        parts.append(SyncSummaryCollector::tr("%n web decision(s) kept over yours", nullptr, int(overruled.size())));
    }
    if (refused > 0) {
        parts.append(SyncSummaryCollector::tr("%n action(s) refused", nullptr, refused));
    }
    if (waiting > 0) {
        parts.append(SyncSummaryCollector::tr("%n action(s) waiting", nullptr, waiting));
    }
    return parts.join(QStringLiteral(" \u00B7 "));
}

SyncSummaryCollector::SyncSummaryCollector(SyncController& sync, StorageExecutor& storage, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
{
    // Nothing is reset when a sync starts: what a push told between syncs belongs to the next summary.
    connect(&sync, &SyncController::commentsPulled, this, [this](qint64, int fresh) { m_current.newComments += fresh; });
    // Overruled and refused actions also come from a push between syncs: they are told with the next summary.
    connect(&sync, &SyncController::commentActionOverruled, this,
            [this](qint64 id, const QString& message) { m_current.overruled.append({id, message}); });
    connect(&sync, &SyncController::commentActionFailed, this, [this](qint64, const Error&, bool willRetry) {
        if (!willRetry) {
            ++m_current.refused;
        }
    });
    connect(&sync, &SyncController::finished, this, &SyncSummaryCollector::finish);
}

void SyncSummaryCollector::finish()
{
    ModerationSummary summary = std::exchange(m_current, {});
    QList<qint64> ids;
    for (const auto& entry : std::as_const(summary.overruled)) {
        ids.append(entry.first);
    }
    auto read = m_storage.run([ids](Database& db) -> Result<std::pair<OutboxCounts, QList<Comment>>> {
        auto counts = countOutbox(db);
        if (!counts) {
            return counts.error();
        }
        auto comments = CommentRepository(db).byIds(ids);
        if (!comments) {
            return comments.error();
        }
        return std::make_pair(counts.value(), comments.value());
    });
    onFinished(read, this, [this, summary](const Result<std::pair<OutboxCounts, QList<Comment>>>& found) mutable {
        if (found) {
            summary.waiting = found->first.comments;
            for (const Comment& c : found->second) {
                summary.about.insert(c.id, tr("%1 on “%2”: “%3”").arg(c.authorName.isEmpty() ? tr("Anonymous") : c.authorName, c.postTitle,
                                                                      c.excerpt(80)));
            }
        }
        m_last = summary;
        Q_EMIT summaryReady(m_last);
    });
}

SyncSummaryButton::SyncSummaryButton(SyncController& sync, StorageExecutor& storage, QWidget* parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncSummaryButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    hide();
    auto* collector = new SyncSummaryCollector(sync, storage, this);
    connect(collector, &SyncSummaryCollector::summaryReady, this, &SyncSummaryButton::showSummary);
    connect(this, &QToolButton::clicked, this, &SyncSummaryButton::openDetails);
}

void SyncSummaryButton::showSummary(const ModerationSummary& summary)
{
    m_summary = summary;
    setText(summary.text());
    setToolTip(tr("What the last sync changed in moderation; click for details"));
    setAccessibleName(tr("Last sync: %1").arg(summary.text()));
    setVisible(!summary.isEmpty() && !m_roomTaken);
}

void SyncSummaryButton::setRoomTaken(bool taken)
{
    m_roomTaken = taken;
    setVisible(!m_summary.isEmpty() && !m_roomTaken);
}

void SyncSummaryButton::openDetails()
{
    auto* dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("syncSummaryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Last Sync: Moderation"));
    auto* layout = new QVBoxLayout(dialog);
    const auto line = [dialog, layout](const QString& text, const QString& button, const QString& name, auto then) {
        auto* row = new QHBoxLayout;
        auto* label = new QLabel(text, dialog);
        label->setTextFormat(Qt::PlainText); // the message may quote a commenter's name
        label->setWordWrap(true);
        row->addWidget(label, 1);
        auto* show = new QPushButton(button, dialog);
        show->setObjectName(name);
        QObject::connect(show, &QPushButton::clicked, dialog, then);
        row->addWidget(show);
        layout->addLayout(row);
    };
    if (m_summary.newComments > 0) {
        line(tr("%n new comment(s) to moderate.", nullptr, m_summary.newComments), tr("Show &Queue"), QStringLiteral("summaryShowQueue"),
             [this, dialog] {
                 Q_EMIT showQueueRequested();
                 dialog->close();
             });
    }
    for (const auto& [id, message] : std::as_const(m_summary.overruled)) {
        const QString about = m_summary.about.value(id);
        line(about.isEmpty() ? message : about + QLatin1Char('\n') + message, tr("Show"), QStringLiteral("summaryShowComment"), [this, dialog, id = id] {
            Q_EMIT showCommentRequested(id);
            dialog->close();
        });
    }
    if (m_summary.refused > 0) {
        layout->addWidget(new QLabel(tr("%n action(s) were refused by the blog; the comments show why.", nullptr, m_summary.refused), dialog));
    }
    if (m_summary.waiting > 0) {
        line(tr("%n moderation action(s) still waiting to be sent.", nullptr, m_summary.waiting), tr("Open &Outbox"),
             QStringLiteral("summaryShowOutbox"), [this, dialog] {
                 Q_EMIT showOutboxRequested();
                 dialog->close();
             });
    }
    if (m_summary.isEmpty()) {
        layout->addWidget(new QLabel(tr("Nothing changed in moderation."), dialog));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->open();
}

} // namespace longhand
