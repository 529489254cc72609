#include "gui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace longhand {

namespace {

constexpr char kRaise[] = "raise\n";

QString serverNameFor(const QString& profileRoot)
{
    const QString canonical = QFileInfo(profileRoot).canonicalFilePath().isEmpty() ? QDir(profileRoot).absolutePath()
                                                                                    : QFileInfo(profileRoot).canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("longhand-%1").arg(QString::fromLatin1(hash));
}

} // namespace

SingleInstance::SingleInstance(const QString& profileRoot, QObject* parent)
    : QObject(parent)
    , m_serverName(serverNameFor(profileRoot))
    , m_lock(QDir(profileRoot).filePath(lockFileName()))
{
    m_lock.setStaleLockTime(0); // held as long as the window lives; a dead holder is found by its PID
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close();
    }
    if (m_lock.isLocked()) {
        m_lock.unlock();
    }
}

bool SingleInstance::claim()
{
    if (!m_lock.tryLock(0)) {
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // only this user may ask
    QLocalServer::removeServer(m_serverName); // a socket left by a holder that was killed
    if (!m_server->listen(m_serverName)) {
        // Still the one window; a second start then cannot bring it forward, but never opens a second.
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains("raise")) {
                    socket->write("ok\n");
                    socket->flush();
                    Q_EMIT activationRequested();
                }
            });
        }
    });
    return true;
}

bool SingleInstance::activateRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(timeoutMs) || !socket.waitForReadyRead(timeoutMs)) {
        return false;
    }
    return socket.readAll().startsWith("ok");
}

} // namespace longhand
