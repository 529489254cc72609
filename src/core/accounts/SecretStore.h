#pragma once

#include "core/Error.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QString>

// The accounts module's category ("longhand.accounts"). It logs keys and outcomes, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)

namespace longhand {

// Where WordPress application passwords are kept: the desktop's keychain (KeychainSecretStore) or, when no
// keychain service runs and the user agrees, one private file in the profile (FileSecretStore). A password is
// never written anywhere else: not to the database, not to QSettings, not to a log.
//
// Asynchronous because the keychain is: it talks to a service over D-Bus and may ask the user to unlock it.
// The futures are always fulfilled (with an Error when something fails); they may be waited on from any
// thread, the GUI thread included via onFinished()/QFuture::then.
class SecretStore
{
public:
    enum class Kind { Keychain, File };

    SecretStore() = default;
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore&) = delete;
    SecretStore& operator=(const SecretStore&) = delete;

    virtual Kind kind() const = 0;

    // The secret stored under key; an Error with Code::NotFound when there is none.
    virtual QFuture<Result<QString>> read(const QString& key) = 0;
    // Stores secret under key, replacing what was there.
    virtual QFuture<Status> write(const QString& key, const QString& secret) = 0;
    // Forgets key; removing a key that is not there succeeds.
    virtual QFuture<Status> remove(const QString& key) = 0;

    // The key for one account's password, e.g. "site-3/alice". Keys are not secret and may be logged.
    static QString keyFor(qint64 siteId, const QString& userName);
};

} // namespace longhand
