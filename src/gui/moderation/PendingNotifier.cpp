#include "gui/moderation/PendingNotifier.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace longhand {

PendingNotifier::PendingNotifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("pendingNotifier"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                Q_EMIT activated();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &PendingNotifier::activated);
        updateToolTip();
        m_tray->show();
    }
}

PendingNotifier::~PendingNotifier() = default;

QString PendingNotifier::titleSuffix() const
{
    return m_pending > 0 ? QStringLiteral(" \u2014 ") + tr("%n pending", nullptr, m_pending) : QString();
}

void PendingNotifier::setPendingCount(int count)
{
    if (count == m_pending) {
        return;
    }
    m_pending = count;
    updateToolTip();
    Q_EMIT pendingCountChanged(count);
}

void PendingNotifier::notifyNewComments(int count, bool userAsked)
{
    if (userAsked || count <= 0) {
        return;
    }
    m_lastNotification = tr("%n new comment(s) wait for moderation.", nullptr, count);
    if (m_tray) {
        m_tray->showMessage(tr("New comments"), m_lastNotification, QSystemTrayIcon::Information, 10000);
    }
}

void PendingNotifier::updateToolTip()
{
    if (m_tray) {
        m_tray->setToolTip(tr("Longhand") + titleSuffix());
    }
}

} // namespace longhand
