#pragma once

#include "support/FakeNetwork.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
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
    void removeMedia() { m_media.clear(); }
    int postCount() const { return int(m_posts.size()); }
    bool hasPost(qint64 id) const { return m_posts.contains(id); }
    // As wp-admin does: the trash keeps it (status "trash", out of status=any); deleting removes it (404).
    void trashPost(qint64 id) { m_posts[id].insert(QStringLiteral("status"), QStringLiteral("trash")); }
    void deletePost(qint64 id) { m_posts.remove(id); }
    // Pages (/wp/v2/pages): the route answers once a page was added (before, rest_no_route as a blog without pages).
    // Ids are the caller's (WordPress numbers posts and pages in one sequence).
    void addPage(qint64 id, const QString& title);
    void trashPage(qint64 id) { m_pages[id].insert(QStringLiteral("status"), QStringLiteral("trash")); }
    void deletePage(qint64 id) { m_pages.remove(id); }

    // Comments: ids from 1; dates one minute apart from `date`; statuses as WordPress answers them.
    void addComments(int count, qint64 postId, const QString& status = QStringLiteral("hold"),
                     const QDateTime& date = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    QJsonObject& comment(qint64 id) { return m_comments[id]; }
    bool hasComment(qint64 id) const { return m_comments.contains(id); }
    void removeComment(qint64 id) { m_comments.remove(id); }
    int commentCount() const { return int(m_comments.size()); }

    // Makes the network; the FakeWordPress must outlive it.
    FakeNetworkAccessManager* makeNetwork();

    // Called before answering; return a response to override the normal answer.
    std::function<std::optional<FakeResponse>(const FakeRequest&)> fault;
    int delayMs = 0;
    int maxConcurrent = 0;   // the most requests seen in flight at once
    QList<QUrl> requested;   // every URL asked for
    bool linkHeader = true;  // the site's page names its REST root
    double gmtOffset = 1; // hours, as the REST index says it
    QDateTime serverTime; // the Date header of every answer, when valid
    QString timeZone = QStringLiteral("Europe/Berlin");
    bool prettyPermalinks = true;
    QStringList roles {QStringLiteral("administrator")}; // of the signed-in user (users/me)

private:
    FakeResponse answer(const FakeRequest& request);
    FakeResponse page(const QList<QJsonObject>& items, const QUrlQuery& query, bool posts);
    FakeResponse comments(const FakeRequest& request, const QString& route, const QUrlQuery& query);
    FakeResponse singlePost(const FakeRequest& request, const QString& route);

    QMap<qint64, QJsonObject> m_posts;
    QMap<qint64, QJsonObject> m_comments;
    QMap<qint64, QJsonObject> m_pages;
    bool m_hasPages = false;
    QList<QJsonObject> m_categories;
    QList<QJsonObject> m_tags;
    QList<QJsonObject> m_media;
    QList<QJsonObject> m_users;
    int m_inFlight = 0;
    QObject m_timers; // context of the in-flight countdowns: none fires once this fake is gone
};

} // namespace longhand::test
