#include "gui/preview/PreviewPane.h"

#include "core/Logging.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/remote/RemoteImageFetcher.h"
#include "core/storage/MediaStore.h"
#include "gui/SafeText.h"
#include "gui/ThemeColors.h"

#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

#include <utility>

namespace longhand {

namespace {

QString previewStyleSheet()
{
    QFile css(QStringLiteral(":/styles/preview.css"));
    // Layout from the file, colours from the palette (dark mode).
    return (css.open(QIODevice::ReadOnly) ? QString::fromUtf8(css.readAll()) : QString())
        + ThemeColors::previewCss(QGuiApplication::palette());
}

// Qt's rich-text CSS parser drops a whole stylesheet at the first rule it cannot read, silently. A probe
// rule at the end shows whether everything before it was taken.
bool parsesWhole(const QString& css)
{
    QTextDocument probe;
    probe.setDefaultStyleSheet(css + QStringLiteral("\n.longhand-probe { color: #010203; }\n"));
    probe.setHtml(QStringLiteral("<p class=\"longhand-probe\">x</p>"));
    return probe.begin().charFormat().foreground().color() == QColor(1, 2, 3);
}

} // namespace

PreviewPane::PreviewPane(MediaStore& media, QWidget* parent)
    : QTextBrowser(parent)
    , m_media(media)
    , m_remote(new RemoteImageFetcher(this))
{
    setObjectName(QStringLiteral("previewPane"));
    setAccessibleName(tr("Preview"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDefaultStyleSheet(previewStyleSheet());
    ThemeColors::onPaletteChange(this, [this] { setThemeStylesheet(std::exchange(m_themeCss, QStringLiteral("\n"))); });
    connect(m_remote, &RemoteImageFetcher::imageArrived, this, &PreviewPane::remoteContentArrived);
    connect(m_remote, &RemoteImageFetcher::imageFailed, this, &PreviewPane::remoteContentArrived);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == MarkdownRenderer::spoilerLinkScheme()) {
            Q_EMIT spoilerToggled(url.path().toInt());
        } else if (url.scheme() == QLatin1String("longhand-review")) {
            Q_EMIT reviewLinkClicked(url.path().toLongLong());
        } else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
                   || url.scheme() == QLatin1String("mailto")) {
            QDesktopServices::openUrl(url); // the user's browser, on a click
        }
    });
}

QString PreviewPane::reviewLinkFor(qint64 id)
{
    return QStringLiteral("longhand-review:%1").arg(id);
}

void PreviewPane::setRenderedHtml(const QString& html)
{
    QScrollBar* bar = verticalScrollBar();
    const int position = bar->value();
    m_html = html;
    setHtml(html);
    bar->setValue(position);
}

void PreviewPane::setThemeStylesheet(const QString& css)
{
    if (css == m_themeCss) {
        return;
    }
    m_themeCss = css;
    // The theme's rules come after the built-in ones, so they win where both say something.
    QString sheet = css.isEmpty() ? previewStyleSheet() : previewStyleSheet() + QLatin1Char('\n') + css;
    if (!css.isEmpty() && !parsesWhole(sheet)) {
        qCWarning(lcEditor) << "The theme stylesheet is not one the preview can read; using the built-in one";
        m_themeCss.clear();
        sheet = previewStyleSheet();
    }
    document()->setDefaultStyleSheet(sheet);
    if (!m_html.isEmpty()) {
        setRenderedHtml(m_html); // a default stylesheet only applies when the HTML is set
    }
}

void PreviewPane::followScroll(double fraction)
{
    m_fraction = std::clamp(fraction, 0.0, 1.0);
    QScrollBar* bar = verticalScrollBar();
    bar->setValue(int(m_fraction * bar->maximum()));
}

QVariant PreviewPane::loadResource(int type, const QUrl& name)
{
    if (type != QTextDocument::ImageResource) {
        // Style sheets and anything else a writer's raw HTML may point at are not fetched.
        return SafeText::refused(type);
    }
    const QString scheme = name.scheme().toLower();
    if (!scheme.isEmpty() && scheme != QLatin1String("file")) {
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
            // data:, qrc:, ftp: and every other scheme: only the profile's media and web images exist here.
            ++m_missing;
            return placeholder(tr("Image not loaded: only images in the media folder or on the web are shown"));
        }
        if (!m_remoteAllowed) {
            ++m_blockedRemote;
            qCDebug(lcEditor) << "Preview blocked a remote image";
            return placeholder(tr("Remote image not loaded (View ▸ Load Remote Images)"));
        }
        const QByteArray bytes = m_remote->bytesFor(name);
        const QImage image = bytes.isEmpty() ? QImage() : QImage::fromData(bytes);
        if (!bytes.isEmpty() && image.isNull()) {
            m_remote->markUndecodable(name);
        }
        if (!image.isNull()) {
            return image.width() > std::max(200, viewport()->width() - 40)
                       ? image.scaledToWidth(std::max(200, viewport()->width() - 40), Qt::SmoothTransformation)
                       : image;
        }
        const QString error = m_remote->errorFor(name);
        return placeholder(error.isEmpty() ? tr("Loading %1…").arg(name.host()) : tr("Remote image failed: %1").arg(error));
    }
    const QString reference = name.path();
    const QString path = m_media.resolve(reference);
    if (path.isEmpty()) {
        ++m_missing;
        return placeholder(tr("Image outside the media folder: %1").arg(reference));
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        ++m_missing;
        return placeholder(tr("Missing image: %1").arg(reference.section(QLatin1Char('/'), -1)));
    }
    const int maxWidth = std::max(200, viewport()->width() - 40);
    if (image.width() > maxWidth) {
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    }
    return image;
}

void PreviewPane::setRemoteImagesAllowed(bool allowed)
{
    if (allowed != m_remoteAllowed) {
        m_remoteAllowed = allowed;
        Q_EMIT remoteContentArrived();
    }
}

QImage PreviewPane::placeholder(const QString& text) const
{
    QImage image(360, 60, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::AlternateBase));
    QPainter painter(&image);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(image.rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
    return image;
}

} // namespace longhand
