#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace longhand {

// Commenters' Gravatars, only when the moderator has turned them on (Settings ▸ Moderation): asking
// Gravatar tells it whom the moderator is looking at, so while disabled nothing is requested at all.
// The address is WordPress's: md5 of the trimmed, lower-cased email, ?s=80&d=identicon. Images are
// fetched on the fetcher's own QNetworkAccessManager with a timeout and kept in the profile
// (avatars/<md5>.png), so each commenter is asked for once.
class AvatarFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit AvatarFetcher(QString cacheDir, QObject* parent = nullptr);
    ~AvatarFetcher() override;

    // For tests: another server, and answers from this manager (the fetcher takes it over).
    void setBaseUrl(const QUrl& base) { m_base = base; }
    void setNetworkAccessManager(QNetworkAccessManager* network);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    static QString hashFor(const QString& email);
    QUrl urlFor(const QString& email) const;

    // The cached image (memory, then disk); empty when unknown. When enabled and not cached, starts
    // one request and answers later with avatarArrived. Never asks while disabled or without an email.
    QByteArray avatarFor(const QString& email);

Q_SIGNALS:
    void avatarArrived(const QString& hash, const QByteArray& image);
    void avatarFailed(const QString& hash, const QString& error);

private:
    void finished(QNetworkReply* reply, const QString& hash);
    QString pathFor(const QString& hash) const;

    QString m_cacheDir;
    QUrl m_base;
    QNetworkAccessManager* m_network = nullptr; // made on first use: disabled costs nothing
    int m_timeoutMs = 10000;
    int m_deadlineMs = 30000; // the whole download (512 KB at most)
    bool m_enabled = false;
    QHash<QString, QByteArray> m_images;
    QSet<QString> m_inFlight;
    QSet<QString> m_failed; // asked once per run
};

} // namespace longhand
