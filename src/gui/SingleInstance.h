#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace longhand {

// One window per profile: two windows over one profile overwrite each other's saved text. The first
// `longhand` on a profile holds its app.lock (a QLockFile: a killed holder is taken over once its PID is
// gone) and listens on a local socket named after the profile; a second one finds the lock held, asks
// the first to come forward, and quits.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString& profileRoot, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the profile's one window (and listens for the next ones).
    bool claim();
    // From a second process: asks the one holding the profile to bring its window forward. True when
    // it answered.
    bool activateRunning(int timeoutMs = 3000);

    static QString lockFileName() { return QStringLiteral("app.lock"); }

Q_SIGNALS:
    // Another `longhand` was started on this profile: show the window.
    void activationRequested();

private:
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace longhand
