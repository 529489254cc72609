#pragma once

#include "support/FakeNetwork.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace longhand::test {

// An in-memory WordPress REST API behind FakeNetworkAccessManager: posts, categories, tags, media
// and users, paged like the real one (X-WP-Total, X-WP-TotalPages, rest_post_invalid_page_number),
// with modified_after, and hooks to inject faults per request.
class FakeWordPress
{
public:
    FakeWordPress();

    QUrl siteUrl() const { return QUrl(QStringLiteral("https://blog.example/")); }
    QUrl restRoot() const { return QUrl(QStringLiteral("https://blog.example/wp-json/")); }

    void addPosts(int count, const QDateTime& modified = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    void editPost(qint64 id, const QString& content, const QDateTime& modified);
    QJsonObject& post(qint64 id) { return m_posts[id]; }
    int postCount() const { return int(m_posts.size()); }

    // Makes the network; the FakeWordPress must outlive it.
    FakeNetworkAccessManager* makeNetwork();

    // Called before answering; return a response to override the normal answer.
    std::function<std::optional<FakeResponse>(const FakeRequest&)> fault;
    int delayMs = 0;
    int maxConcurrent = 0;   // the most requests seen in flight at once
    QList<QUrl> requested;   // every URL asked for
    bool linkHeader = true;  // the site's page names its REST root
    bool prettyPermalinks = true;

private:
    FakeResponse answer(const FakeRequest& request);
    FakeResponse page(const QList<QJsonObject>& items, const QUrlQuery& query, bool posts);

    QMap<qint64, QJsonObject> m_posts;
    QList<QJsonObject> m_categories;
    QList<QJsonObject> m_tags;
    QList<QJsonObject> m_media;
    QList<QJsonObject> m_users;
    int m_inFlight = 0;
};

} // namespace longhand::test
