#pragma once

#include <QObject>

#include <optional>

class QWidget;

namespace longhand {

class AppServices;
class TaskProgress;

// File ▸ Export…: asks where (ExportDialog), then runs the core Exporter on the storage thread with
// its progress and a Cancel button in the status bar (TaskProgress). One export at a time.
class ExportController final : public QObject
{
    Q_OBJECT

public:
    ExportController(AppServices& services, TaskProgress* progress, QWidget* window);

    bool isRunning() const;

public Q_SLOTS:
    void chooseAndExport();
    void startExport(const QString& folder, std::optional<qint64> siteId);

Q_SIGNALS:
    // A sentence for the status bar (done, or cancelled).
    void statusMessage(const QString& message);
    void failed(const QString& message);

private:
    AppServices& m_services;
    TaskProgress* m_progress;
    QWidget* m_window;
};

} // namespace longhand
