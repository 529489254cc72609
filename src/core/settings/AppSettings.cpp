#include "core/settings/AppSettings.h"

#include <QSettings>

namespace longhand {

namespace {

QString siteGroup(qint64 siteId)
{
    return QStringLiteral("sites/%1").arg(siteId);
}

} // namespace

QString AppSettings::syncIntervalKey() { return QStringLiteral("sync/intervalMinutes"); }
QString AppSettings::notificationsKey() { return QStringLiteral("notifications/enabled"); }
QString AppSettings::spellingLanguageKey() { return QStringLiteral("spelling/language"); }
QString AppSettings::previewStyleKey() { return QStringLiteral("preview/stylesheet"); }
QString AppSettings::remoteImagesKey() { return QStringLiteral("preview/remoteImages"); }
QString AppSettings::avatarsKey() { return QStringLiteral("moderation/avatars"); }
QString AppSettings::cannedRepliesKey() { return QStringLiteral("moderation/cannedReplies"); }
QString AppSettings::renderingKey() { return QStringLiteral("session/rendering"); }
QString AppSettings::lastBlogKey() { return QStringLiteral("editor/lastBlog"); }

qint64 AppSettings::lastBlog(const QSettings& settings)
{
    return settings.value(lastBlogKey(), 0).toLongLong();
}

void AppSettings::setLastBlog(QSettings& settings, qint64 siteId)
{
    settings.setValue(lastBlogKey(), siteId);
}

namespace {

// QSettings arrays need a non-const QSettings to read; a copy of the values is read by hand instead.
QList<CannedReply> loadCannedReplies(const QSettings& settings)
{
    QList<CannedReply> replies;
    const QString key = AppSettings::cannedRepliesKey();
    const int size = settings.value(key + QStringLiteral("/size"), 0).toInt();
    for (int i = 1; i <= std::clamp(size, 0, 1000); ++i) {
        const QString item = QStringLiteral("%1/%2/").arg(key).arg(i);
        CannedReply reply {settings.value(item + QStringLiteral("name")).toString(),
                           settings.value(item + QStringLiteral("text")).toString()};
        if (!reply.text.trimmed().isEmpty()) {
            replies.append(reply);
        }
    }
    return replies;
}

} // namespace

AppSettings AppSettings::load(const QSettings& settings)
{
    AppSettings result;
    bool ok = false;
    const int interval = settings.value(syncIntervalKey(), result.syncIntervalMinutes).toInt(&ok);
    result.syncIntervalMinutes = ok ? std::clamp(interval, 0, kMaxSyncIntervalMinutes) : 15;
    result.notifications = settings.value(notificationsKey(), result.notifications).toBool();
    result.spellingLanguage = settings.value(spellingLanguageKey(), result.spellingLanguage).toString();
    result.previewStyle = settings.value(previewStyleKey()).toString() == QLatin1String("theme") ? PreviewStyle::BlogTheme
                                                                                                 : PreviewStyle::BuiltIn;
    result.remoteImages = settings.value(remoteImagesKey(), result.remoteImages).toBool();
    result.avatars = settings.value(avatarsKey(), result.avatars).toBool();
    result.triage = TriageSettings::load(settings);
    result.cannedReplies = loadCannedReplies(settings);
    return result;
}

void AppSettings::save(QSettings& settings) const
{
    settings.setValue(syncIntervalKey(), std::clamp(syncIntervalMinutes, 0, kMaxSyncIntervalMinutes));
    settings.setValue(notificationsKey(), notifications);
    settings.setValue(spellingLanguageKey(), spellingLanguage);
    settings.setValue(previewStyleKey(),
                      previewStyle == PreviewStyle::BlogTheme ? QStringLiteral("theme") : QStringLiteral("builtin"));
    settings.setValue(remoteImagesKey(), remoteImages);
    settings.setValue(avatarsKey(), avatars);
    triage.save(settings);
    settings.remove(cannedRepliesKey());
    settings.beginWriteArray(cannedRepliesKey(), int(cannedReplies.size()));
    for (int i = 0; i < cannedReplies.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), cannedReplies.at(i).name);
        settings.setValue(QStringLiteral("text"), cannedReplies.at(i).text);
    }
    settings.endArray();
}

BlogSettings BlogSettings::load(const QSettings& settings, qint64 siteId)
{
    const QString group = siteGroup(siteId);
    BlogSettings result;
    result.syncPeriodically = settings.value(group + QStringLiteral("/syncPeriodically"), true).toBool();
    result.notifyNewComments = settings.value(group + QStringLiteral("/notifyNewComments"), true).toBool();
    result.useThemeStylesheet = settings.value(group + QStringLiteral("/useThemeStylesheet"), true).toBool();
    bool ok = false;
    const int edge = settings.value(group + QStringLiteral("/imageLongestEdge"), kDefaultImageLongestEdge).toInt(&ok);
    result.imageLongestEdge = ok ? std::clamp(edge, 0, kMaxImageLongestEdge) : kDefaultImageLongestEdge;
    result.keepImageMetadata = settings.value(group + QStringLiteral("/keepImageMetadata"), false).toBool();
    result.checkBeforePublish = settings.value(group + QStringLiteral("/checkBeforePublish"), true).toBool();
    result.blockEditor = settings.value(group + QStringLiteral("/blockEditor"), true).toBool();
    return result;
}

void BlogSettings::save(QSettings& settings, qint64 siteId) const
{
    const QString group = siteGroup(siteId);
    settings.setValue(group + QStringLiteral("/syncPeriodically"), syncPeriodically);
    settings.setValue(group + QStringLiteral("/notifyNewComments"), notifyNewComments);
    settings.setValue(group + QStringLiteral("/useThemeStylesheet"), useThemeStylesheet);
    settings.setValue(group + QStringLiteral("/imageLongestEdge"), std::clamp(imageLongestEdge, 0, kMaxImageLongestEdge));
    settings.setValue(group + QStringLiteral("/keepImageMetadata"), keepImageMetadata);
    settings.setValue(group + QStringLiteral("/checkBeforePublish"), checkBeforePublish);
    settings.setValue(group + QStringLiteral("/blockEditor"), blockEditor);
}

DetectedBlockSupport DetectedBlockSupport::load(const QSettings& settings, qint64 siteId)
{
    const QString group = siteGroup(siteId) + QStringLiteral("/blockSupport");
    DetectedBlockSupport result;
    result.support.detailsBlock = settings.value(group + QStringLiteral("/detailsBlock"), false).toBool();
    result.support.headingClass = settings.value(group + QStringLiteral("/headingClass"), false).toBool();
    const QString checkedAt = settings.value(group + QStringLiteral("/checkedAt")).toString();
    result.checkedAt = QDateTime::fromString(checkedAt, Qt::ISODate);
    return result;
}

void DetectedBlockSupport::save(QSettings& settings, qint64 siteId) const
{
    const QString group = siteGroup(siteId) + QStringLiteral("/blockSupport");
    settings.setValue(group + QStringLiteral("/detailsBlock"), support.detailsBlock);
    settings.setValue(group + QStringLiteral("/headingClass"), support.headingClass);
    settings.setValue(group + QStringLiteral("/checkedAt"), checkedAt.toUTC().toString(Qt::ISODate));
}

bool DetectedBlockSupport::isStale(const QDateTime& now) const
{
    return !checkedAt.isValid() || checkedAt.secsTo(now) >= 24 * 60 * 60 || checkedAt.secsTo(now) < 0;
}

void BlogSettings::remove(QSettings& settings, qint64 siteId)
{
    settings.remove(siteGroup(siteId));
}

} // namespace longhand
