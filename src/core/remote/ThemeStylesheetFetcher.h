#pragma once

#include "core/Error.h"
#include "core/remote/ThemeStylesheet.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace longhand {

// Fetches a blog's front page, its theme stylesheets and inline global styles, cleans them
// (ThemeStylesheet::clean: nothing left that loads a resource) and caches the result in the profile as
// styles/site-<id>.css, written atomically. Only the blog's own host is asked; no credentials are sent.
// One fetch at a time, on its own QNetworkAccessManager, every request with a timeout.
class ThemeStylesheetFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit ThemeStylesheetFetcher(QString profileRoot, QObject* parent = nullptr);
    ~ThemeStylesheetFetcher() override;

    // For tests: answers come from this manager instead (the fetcher takes it over).
    void setNetworkAccessManager(QNetworkAccessManager* network);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }

    static QString cachePath(const QString& profileRoot, qint64 siteId);
    // The cached stylesheet; empty when there is none. Small local file.
    static QString readCached(const QString& profileRoot, qint64 siteId);

    bool isRunning() const { return m_siteId != 0; }
    qint64 siteId() const { return m_siteId; }

public Q_SLOTS:
    void fetch(qint64 siteId, const QUrl& blogUrl);
    void cancel();

Q_SIGNALS:
    // step of steps: the page, then each stylesheet; what names the file being fetched.
    void progressChanged(int step, int steps, const QString& what);
    void finished(qint64 siteId, const longhand::Status& status);

private:
    void get(const QUrl& url, std::function<void(const QByteArray&)> then);
    void fetchNextStylesheet();
    void store();
    void fail(const Error& error);

    QString m_profileRoot;
    QNetworkAccessManager* m_network;
    int m_timeoutMs = 20000;
    int m_deadlineMs = 60000; // each file (page or stylesheet, 4 MB at most), however steadily it drips
    qint64 m_siteId = 0;
    QUrl m_pageUrl;
    ThemeStyleSources m_sources;
    int m_next = 0;
    QStringList m_css; // in page order: stylesheet files, then inline styles
    QPointer<QNetworkReply> m_reply;
};

} // namespace longhand
