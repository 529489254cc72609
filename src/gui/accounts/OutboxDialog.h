#pragma once

#include "core/domain/Outbox.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace longhand {

class StorageExecutor;
class SyncController;

// What is waiting to reach the blogs (pending) or needs a decision (failed): retry or discard.
class OutboxDialog final : public QDialog
{
    Q_OBJECT

public:
    OutboxDialog(StorageExecutor& storage, SyncController& sync, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    qint64 selectedEntry() const;
    static QString describeCommentAction(OutboxOperation operation, const QString& payload, const QString& author);

    StorageExecutor& m_storage;
    SyncController& m_sync;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_retry;
    QPushButton* m_discard;
};

} // namespace longhand
