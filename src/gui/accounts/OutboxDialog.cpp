#include "gui/accounts/OutboxDialog.h"

#include "core/FutureUtils.h"
#include "core/storage/PostRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/PublishRepository.h"
#include "core/storage/StorageExecutor.h"
#include "gui/accounts/SyncController.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace longhand {

namespace {

struct Row
{
    OutboxEntry entry;
    QString title;
};

} // namespace

OutboxDialog::OutboxDialog(StorageExecutor& storage, SyncController& sync, QWidget* parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_sync(sync)
    , m_table(new QTableWidget(0, 4, this))
    , m_empty(new QLabel(tr("Nothing is waiting: every change has reached its blog."), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Waiting to Publish"));
    resize(720, 320);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Operations waiting for the blog"));
    m_table->setHorizontalHeaderLabels({tr("Review"), tr("State"), tr("Attempts"), tr("Last error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_retry->setObjectName(QStringLiteral("outboxRetryButton"));
    m_retry->setToolTip(tr("Try again now"));
    m_discard->setObjectName(QStringLiteral("outboxDiscardButton"));
    m_discard->setToolTip(tr("Forget this operation; the review itself stays as it is"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedEntry();
        if (id == 0) {
            return;
        }
        onFinished(m_storage.run([id](Database& db) { return PublishRepository(db).retry(id); }), this, [this](const Status&) {
            m_sync.syncAll();
            refresh();
        });
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedEntry();
        if (id == 0) {
            return;
        }
        // Asked first, and never the default: a publication or a moderator's decision is work.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Discard"),
                                    tr("Discard this waiting operation? It will not be sent to the blog. The review "
                                       "itself stays as it is; a comment goes back to what the blog has."),
                                    QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("confirmDiscardBox"));
        box->setTextFormat(Qt::PlainText);
        QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("confirmDiscardButton"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setEscapeButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, discard, id](int) {
            if (box->clickedButton() != discard) {
                return;
            }
            // A discarded moderation action also puts the comment back as the blog has it.
            onFinished(m_storage.run([id](Database& db) {
                           auto comment = CommentRepository(db).discardAction(id);
                           return comment ? PublishRepository(db).discard(id) : comment;
                       }),
                       this, [this](const Status&) {
                           refresh();
                           Q_EMIT m_sync.outboxChanged();
                       });
        });
        box->open(); // not exec(): no nested event loop
    });
    connect(&m_sync, &SyncController::finished, this, &OutboxDialog::refresh);
    refresh();
}

QString OutboxDialog::describeCommentAction(OutboxOperation operation, const QString& payload, const QString& author)
{
    const QJsonObject fields = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (operation == OutboxOperation::CommentReply) {
        return tr("Reply to %1").arg(author);
    }
    if (operation == OutboxOperation::CommentEdit) {
        return tr("Edit of %1's comment").arg(author);
    }
    if (operation == OutboxOperation::CommentDelete) {
        return tr("Delete %1's comment for good").arg(author);
    }
    const auto status = commentStatusFromString(fields.value(QStringLiteral("status")).toString());
    return tr("%1's comment: %2").arg(author, status ? commentStatusLabel(*status) : fields.value(QStringLiteral("status")).toString());
}

qint64 OutboxDialog::selectedEntry() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void OutboxDialog::refresh()
{
    auto rows = m_storage.run([](Database& db) -> Result<QList<Row>> {
        auto entries = PublishRepository(db).entries();
        if (!entries) {
            return entries.error();
        }
        QList<Row> rows;
        PostRepository posts(db);
        CommentRepository comments(db);
        for (const OutboxEntry& entry : entries.value()) {
            if (entry.entity == QLatin1String("comment")) {
                auto comment = comments.byId(entry.entityId);
                const QString who = comment && comment.value() ? comment.value()->authorName : QString();
                rows.append(Row {entry, describeCommentAction(entry.operation, entry.payload, who)});
                continue;
            }
            auto post = posts.load(entry.entityId);
            rows.append(Row {entry, post ? post->title : QString()});
        }
        return rows;
    });
    onFinished(rows, this, [this](const Result<QList<Row>>& result) {
        const QList<Row> rows = result ? result.value() : QList<Row>();
        m_table->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const Row& row = rows.at(i);
            auto* title = new QTableWidgetItem(row.title.isEmpty() ? tr("Untitled review") : row.title);
            title->setData(Qt::UserRole, row.entry.id);
            m_table->setItem(i, 0, title);
            m_table->setItem(i, 1, new QTableWidgetItem(row.entry.state == QLatin1String("failed") ? tr("Needs you") : tr("Waiting")));
            m_table->setItem(i, 2, new QTableWidgetItem(QString::number(row.entry.attempts)));
            m_table->setItem(i, 3, new QTableWidgetItem(row.entry.lastError));
        }
        m_empty->setVisible(rows.isEmpty());
        m_table->setVisible(!rows.isEmpty());
        m_retry->setEnabled(!rows.isEmpty());
        m_discard->setEnabled(!rows.isEmpty());
        if (!rows.isEmpty() && m_table->currentRow() < 0) {
            m_table->selectRow(0);
        }
    });
}

} // namespace longhand
