#include "core/accounts/SecretStore.h"

Q_LOGGING_CATEGORY(lcAccounts, "longhand.accounts")

namespace longhand {

QString SecretStore::keyFor(qint64 siteId, const QString& userName)
{
    // Concatenated rather than arg()'d: a user name containing "%1" must stay as typed.
    return QStringLiteral("site-") + QString::number(siteId) + QLatin1Char('/') + userName;
}

} // namespace longhand
