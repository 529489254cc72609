#pragma once

#include "core/domain/BlockSupport.h"
#include "core/moderation/TriageRules.h"

#include <QDateTime>

#include <QList>
#include <QString>

class QSettings;

namespace longhand {

// What one blog may do beyond the defaults (Settings ▸ Blogs), kept under "sites/<id>/" in settings.ini.
struct BlogSettings
{
    bool syncPeriodically = true;     // part of the timed sync; off: only Sync Now and Publish reach it
    bool notifyNewComments = true;    // a desktop notification when the timed sync brings new held comments
    bool useThemeStylesheet = true;   // its cached theme stylesheet in the preview (when the preview asks for themes)
    int imageLongestEdge = kDefaultImageLongestEdge; // images scaled down to this before upload; 0: never scaled
    bool keepImageMetadata = false;   // off: Exif (GPS location, camera serials), XMP and comments removed on upload
    bool checkBeforePublish = true;   // the pre-publish check before a review's first publication (app and CLI)
    bool blockEditor = true;          // reviews published as block markup (BlockSerializer); off: as one HTML text

    static constexpr int kDefaultImageLongestEdge = 2560; // WordPress's own big-image threshold
    static constexpr int kMaxImageLongestEdge = 20000;

    static BlogSettings load(const QSettings& settings, qint64 siteId);
    void save(QSettings& settings, qint64 siteId) const;
    static void remove(QSettings& settings, qint64 siteId);

    bool operator==(const BlogSettings&) const = default;
};

// What Longhand learned of a blog's block editor (BlogClient::fetchBlockSupport, asked by BlogWorkflow), kept beside
// the blog's settings under "sites/<id>/blockSupport/". Not a preference: the Settings dialog neither shows nor writes
// it, and BlogSettings::remove removes it with the blog.
struct DetectedBlockSupport
{
    BlockSupport support;
    QDateTime checkedAt; // UTC; invalid: never asked (the defaults apply)

    static DetectedBlockSupport load(const QSettings& settings, qint64 siteId);
    void save(QSettings& settings, qint64 siteId) const;
    // Never asked, or asked a day or more ago (the blog's WordPress may have been updated since).
    bool isStale(const QDateTime& now) const;

    bool operator==(const DetectedBlockSupport&) const = default;
};

// A saved answer for the reply box (Settings ▸ Moderation; Alt+1…9 or Ctrl+Space inserts it).
struct CannedReply
{
    QString name;
    QString text;
    bool operator==(const CannedReply&) const = default;
};

// Every preference the Settings dialog edits, with its default, read from and written to the profile's
// settings.ini. One place knows the keys; MainWindow applies the values.
struct AppSettings
{
    enum class PreviewStyle { BuiltIn, BlogTheme };

    int syncIntervalMinutes = 15;     // 0: only by hand
    bool notifications = true;        // desktop notifications about new comments
    QString spellingLanguage = QStringLiteral("auto"); // "auto" (the system's), "" (off) or a dictionary such as en_US
    PreviewStyle previewStyle = PreviewStyle::BuiltIn;
    bool remoteImages = false;        // load remote images in the preview
    bool avatars = false;             // fetch commenters' Gravatars (tells Gravatar whom you look at)
    TriageSettings triage;
    QList<CannedReply> cannedReplies; // in the order the reply box numbers them

    static constexpr int kMaxSyncIntervalMinutes = 24 * 60;

    static AppSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const AppSettings&) const = default;

    static QString syncIntervalKey();
    static QString notificationsKey();
    static QString spellingLanguageKey();
    static QString previewStyleKey();
    static QString remoteImagesKey();
    static QString avatarsKey();
    static QString cannedRepliesKey(); // an array of name and text
    // The review whose first preview is being drawn: set (and written) when a review opens, removed once
    // its preview is shown. Still there at the next start means the app died drawing it (a web post that
    // crashes the preview): that review is not reopened by itself.
    static QString renderingKey();
    // The blog last chosen for a review: a new review belongs to it. Not a preference the dialog edits.
    static QString lastBlogKey();
    static qint64 lastBlog(const QSettings& settings);
    static void setLastBlog(QSettings& settings, qint64 siteId);
};

} // namespace longhand
