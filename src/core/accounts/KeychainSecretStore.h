#pragma once

#include "core/accounts/SecretStore.h"

#include <QCoreApplication>

#include <chrono>

namespace longhand {

// Passwords in the desktop's keychain through QtKeychain (the Secret Service, e.g. GNOME Keyring, on Linux;
// KWallet on KDE). Entries are filed under the service name ("Longhand") with the key as the account.
//
// QtKeychain jobs are QObjects that finish with a signal, and QtKeychain queues them on one object that lives
// on the thread that started the first job. So every job in the process runs on one dedicated thread with an
// event loop, shared by all instances and by probe(); the caller's thread never waits and needs no event loop
// of its own. No other code in the process may use QtKeychain directly.
//
// QtKeychain's "insecure fallback" (a plain-text copy in QSettings) is never enabled: when there is no keychain,
// the user is asked instead (see probe()) and may choose FileSecretStore.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    // Long enough for someone to type the keychain's unlock password when it asks for it.
    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::minutes(2);
    // A quick answer to "can passwords be kept in the keychain here?"; a keychain that asks to be unlocked
    // while probing gets this long for the user to answer.
    static constexpr std::chrono::milliseconds defaultProbeTimeout = std::chrono::seconds(30);

    explicit KeychainSecretStore(
        QString serviceName = defaultServiceName(), std::chrono::milliseconds timeout = defaultTimeout);

    Kind kind() const override { return Kind::Keychain; }
    QFuture<Result<QString>> read(const QString& key) override;
    QFuture<Status> write(const QString& key, const QString& secret) override;
    QFuture<Status> remove(const QString& key) override;

    QString serviceName() const { return m_service; }
    static QString defaultServiceName() { return QStringLiteral("Longhand"); }

    // Whether a keychain service works here: writes, reads back and deletes a probe entry under the default
    // service name. On failure the Error says why in words a user understands ("No keychain service is
    // running (…)") and that the passwords can be kept in a private file instead; offer FileSecretStore then.
    static QFuture<Status> probe(std::chrono::milliseconds timeout = defaultProbeTimeout);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace longhand
