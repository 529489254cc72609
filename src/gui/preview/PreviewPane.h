#pragma once

#include <QTextBrowser>

namespace longhand {

class MediaStore;

// The rendered review. Shows images from the profile's media folder and never fetches anything
// from the network: a remote image is shown as a placeholder, a missing file as "missing".
class PreviewPane final : public QTextBrowser
{
    Q_OBJECT

public:
    PreviewPane(MediaStore& media, QWidget* parent = nullptr);

    void setRenderedHtml(const QString& html);
    // Scrolls to the same relative position as the editor.
    void followScroll(double fraction);
    int blockedRemoteLoads() const { return m_blockedRemote; }
    int missingImages() const { return m_missing; }

    QVariant loadResource(int type, const QUrl& name) override;

    // A link in the preview that opens another local review.
    static QString reviewLinkFor(qint64 id);

Q_SIGNALS:
    void spoilerToggled(int index);
    void reviewLinkClicked(qint64 id);

private:
    QImage placeholder(const QString& text) const;

    MediaStore& m_media;
    double m_fraction = 0.0;
    int m_blockedRemote = 0;
    int m_missing = 0;
};

} // namespace longhand
