#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace longhand {

// A connected blog. Holds no secret: the application password lives in the secret store under
// SecretStore::keyFor(id, userName).
struct Site
{
    enum class SecretStoreKind { Keychain, File };

    qint64 id = 0;
    QString name;
    QUrl baseUrl;          // what the user typed, normalised
    QUrl restRoot;         // e.g. https://example.org/wp-json/ or https://example.org/?rest_route=/
    QString userName;
    qint64 userId = 0;
    QString userDisplayName;
    QStringList roles;
    bool allowInsecureHttp = false; // the user accepted plain http to a non-loopback host
    SecretStoreKind secretStore = SecretStoreKind::Keychain;
    QDateTime createdAt;
    QDateTime lastSyncAt;

    bool operator==(const Site&) const = default;
};

// A remote list page as the server sent it; parsed on the storage thread, not where it arrived.
struct RemotePage
{
    QByteArray body;
    int total = 0;
    int totalPages = 0;
};

} // namespace longhand
