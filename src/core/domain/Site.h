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
    // How Longhand talks to the blog: which BlogClient backend (core/blog/BlogBackends.h) a connection uses.
    // Stored in sites.protocol ('rest' | 'xmlrpc', migration 010).
    enum class Protocol { WordPressRest, WordPressXmlRpc };

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
    Protocol protocol = Protocol::WordPressRest;
    QUrl xmlRpcEndpoint;   // WordPressXmlRpc: the xmlrpc.php discovery found; empty for REST
    QDateTime createdAt;
    QDateTime lastSyncAt;

    // Whether the signed-in account may publish (publish_posts: administrator, editor, author). A contributor
    // may only submit for review. Unknown roles (not read yet) count as allowed: the blog still decides.
    bool mayPublish() const
    {
        if (roles.isEmpty()) {
            return true;
        }
        for (const char* role : {"administrator", "editor", "author"}) {
            if (roles.contains(QLatin1String(role))) {
                return true;
            }
        }
        return false;
    }

    // Whether the account may edit others' posts (edit_others_posts: administrator, editor), and so give a post
    // another author. Unknown roles count as not allowed: the author is then never sent.
    bool mayEditOthersPosts() const
    {
        return roles.contains(QLatin1String("administrator")) || roles.contains(QLatin1String("editor"));
    }

    bool operator==(const Site&) const = default;
};

} // namespace longhand
