#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace longhand {

// Tells about comments waiting for moderation outside the queue: a count for the window title,
// the tray icon's tooltip, and a desktop notification when the periodic sync brings new ones.
// The tray icon exists only where the desktop has a system tray.
class PendingNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit PendingNotifier(QWidget* window);
    ~PendingNotifier() override;

    int pendingCount() const { return m_pending; }
    // " — 12 pending" for the window title; empty when nothing waits.
    QString titleSuffix() const;
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    // What the last notification said (also when there is no tray to show it).
    QString lastNotification() const { return m_lastNotification; }

public Q_SLOTS:
    void setPendingCount(int count);
    // userAsked: the moderator is looking (Sync Now), so no notification.
    void notifyNewComments(int count, bool userAsked);

Q_SIGNALS:
    void pendingCountChanged(int count);
    // The tray icon or a notification was clicked: show the queue.
    void activated();

private:
    void updateToolTip();

    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    int m_pending = 0;
    QString m_lastNotification;
};

} // namespace longhand
