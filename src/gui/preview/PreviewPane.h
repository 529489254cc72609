#pragma once

#include <QTextBrowser>

namespace longhand {

class MediaStore;
class RemoteImageFetcher;

// The rendered review. Shows images from the profile's media folder; remote images only when the
// user has allowed them (fetched in the background), otherwise a placeholder. A missing file is
// shown as "missing". Nothing else a writer's raw HTML points at is ever loaded.
class PreviewPane final : public QTextBrowser
{
    Q_OBJECT

public:
    PreviewPane(MediaStore& media, QWidget* parent = nullptr);

    void setRenderedHtml(const QString& html);
    // Scrolls to the same relative position as the editor.
    void followScroll(double fraction);
    int blockedRemoteLoads() const { return m_blockedRemote; }
    void setRemoteImagesAllowed(bool allowed);
    bool remoteImagesAllowed() const { return m_remoteAllowed; }
    int missingImages() const { return m_missing; }
    // A blog theme's cleaned stylesheet (ThemeStylesheetFetcher's cache) over the built-in one; empty
    // for the built-in one alone. Applied to the review shown now, too.
    void setThemeStylesheet(const QString& css);
    QString themeStylesheet() const { return m_themeCss; }

    QVariant loadResource(int type, const QUrl& name) override;

    // A link in the preview that opens another local review.
    static QString reviewLinkFor(qint64 id);

Q_SIGNALS:
    void spoilerToggled(int index);
    void reviewLinkClicked(qint64 id);
    // A remote image arrived: the document should be laid out again.
    void remoteContentArrived();

private:
    QImage placeholder(const QString& text) const;

    MediaStore& m_media;
    QString m_html;
    QString m_themeCss;
    RemoteImageFetcher* m_remote;
    bool m_remoteAllowed = false;
    double m_fraction = 0.0;
    int m_blockedRemote = 0;
    int m_missing = 0;
};

} // namespace longhand
