#include "gui/Icons.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// resources/longhand.qrc is compiled into the static gui library, where nothing refers to it: the
// linker leaves it out of the programs unless it is initialised by name (the preview stylesheet,
// the window icon and these icons were all missing). This file is linked wherever an icon is used.
static void initGuiResources()
{
    Q_INIT_RESOURCE(longhand);
}

static const bool s_guiResources = (initGuiResources(), true);

namespace longhand::Icons {

namespace {

const auto kBundledDir = QStringLiteral(":/icons/actions");

QString bundledPath(const QString& name)
{
    return kBundledDir + QLatin1Char('/') + name + QStringLiteral(".svg");
}

// Paints a bundled SVG with "currentColor" taken from the application palette, read at each paint:
// a palette change (dark mode switched on) needs no new icons.
class PaletteSvgEngine final : public QIconEngine
{
public:
    explicit PaletteSvgEngine(QString path)
        : m_path(std::move(path))
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly)) {
            m_svg = file.readAll();
        }
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize pixels = size * scale;
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        if (!pixels.isEmpty()) {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), pixels), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return { side, side };
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return { { 16, 16 }, { 22, 22 }, { 24, 24 }, { 32, 32 }, { 48, 48 } };
    }

    bool isNull() override { return m_svg.isEmpty(); }
    QString key() const override { return QStringLiteral("longhand-palette-svg"); }
    QString iconName() override { return QFileInfo(m_path).baseName(); }
    QIconEngine* clone() const override { return new PaletteSvgEngine(*this); }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        QColor colour;
        switch (mode) {
        case QIcon::Disabled:
            colour = palette.color(QPalette::Disabled, QPalette::ButtonText);
            break;
        case QIcon::Selected:
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
            break;
        default:
            colour = palette.color(QPalette::Active, QPalette::ButtonText);
            break;
        }
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        if (colour.alpha() < 255) {
            const QByteArray opacity = "<svg opacity=\"" + QByteArray::number(colour.alphaF(), 'f', 2) + "\" ";
            svg.replace("<svg ", opacity);
        }
        return svg;
    }

    QString m_path;
    QByteArray m_svg;
};

} // namespace

QIcon bundled(const QString& name)
{
    Q_UNUSED(s_guiResources);
    const QString path = bundledPath(name);
    if (!QFile::exists(path)) {
        return {};
    }
    return QIcon(new PaletteSvgEngine(path));
}

QIcon themed(const QString& name)
{
    if (QIcon::hasThemeIcon(name)) {
        return QIcon::fromTheme(name);
    }
    return bundled(name);
}

QStringList bundledNames()
{
    QStringList names;
    const auto files = QDir(kBundledDir).entryList({ QStringLiteral("*.svg") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        names.append(QFileInfo(file).baseName());
    }
    return names;
}

} // namespace longhand::Icons
