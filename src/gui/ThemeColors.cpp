#include "gui/ThemeColors.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>

#include <cmath>
#include <utility>

namespace longhand::ThemeColors {

namespace {

constexpr double kTextContrast = 4.5; // WCAG AA for body text
constexpr double kMarkContrast = 3.0; // large or bold text, underlines

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor base(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Base);
}

QColor text(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Text);
}

// One designed colour per mode, then checked against the palette actually in use.
QColor pick(const QPalette& palette, QColor light, QColor dark, double wanted)
{
    return withContrast(isDark(palette) ? dark : light, base(palette), text(palette), wanted);
}

} // namespace

bool isDark(const QPalette& palette)
{
    return base(palette).lightness() < 128 || palette.color(QPalette::Window).lightness() < 128;
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor withContrast(const QColor& colour, const QColor& background, const QColor& text, double wanted)
{
    // Text colour has the palette's own contrast; if even that is too low, no blend does better.
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = mix(colour, text, step / 10.0);
        if (contrast(candidate, background) >= wanted) {
            return candidate;
        }
    }
    return text;
}

QColor accent(const QPalette& palette)
{
    return pick(palette, QColor(0x1a, 0x4f, 0xa0), QColor(0x8a, 0xb4, 0xf8), kTextContrast);
}

QColor muted(const QPalette& palette)
{
    return withContrast(mix(text(palette), base(palette), 0.4), base(palette), text(palette), kTextContrast);
}

QColor code(const QPalette& palette)
{
    return pick(palette, QColor(0xa3, 0x2d, 0x2d), QColor(0xf2, 0x8b, 0x82), kTextContrast);
}

QColor codeBackground(const QPalette& palette)
{
    return mix(base(palette), text(palette), 0.07);
}

QColor danger(const QPalette& palette)
{
    return pick(palette, QColor(0xc0, 0x39, 0x2b), QColor(0xff, 0x8a, 0x80), kTextContrast);
}

QColor success(const QPalette& palette)
{
    return pick(palette, QColor(0x2e, 0x7d, 0x4f), QColor(0x81, 0xc9, 0x95), kMarkContrast);
}

QColor warning(const QPalette& palette)
{
    return pick(palette, QColor(0xb0, 0x6a, 0x00), QColor(0xf0, 0xb4, 0x4c), kMarkContrast);
}

QColor noticeBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf3, 0xcd);
}

QColor markedRow(const QPalette& palette)
{
    const QColor designed = isDark(palette) ? QColor(0x5c, 0x4b, 0x0e) : QColor(0xff, 0xe0, 0x82);
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = mix(designed, base(palette), step / 10.0);
        if (contrast(text(palette), candidate) >= kTextContrast) {
            return candidate;
        }
    }
    return base(palette);
}

QColor noticeText(const QPalette& palette)
{
    const QColor designed = isDark(palette) ? QColor(0xff, 0xe4, 0xa0) : QColor(0x5c, 0x44, 0x00);
    const QColor fallback = isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
    return withContrast(designed, noticeBackground(palette), fallback, kTextContrast);
}

QColor noticeBorder(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x8a, 0x6d, 0x1f) : QColor(0xe0, 0xc0, 0x60);
}

QString noticeStyleSheet(const QPalette& palette, const QString& padding)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 3px; padding: %4; }")
        .arg(noticeBackground(palette).name(), noticeText(palette).name(), noticeBorder(palette).name(), padding);
}

namespace {

class NoticeStyler final : public QObject
{
public:
    NoticeStyler(QLabel* label, QString padding)
        : QObject(label)
        , m_label(label)
        , m_padding(std::move(padding))
    {
        // A widget whose stylesheet sets its colours hears nothing of a new application palette;
        // its parent, coloured by the palette, does.
        label->installEventFilter(this);
        if (QWidget* parent = label->parentWidget()) {
            parent->installEventFilter(this);
        }
        apply();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Queued: the change may be heard of before the application palette has it.
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) {
            QMetaObject::invokeMethod(this, &NoticeStyler::apply, Qt::QueuedConnection);
        } else if (event->type() == QEvent::Show && watched == m_label) {
            apply(); // a hidden label may have missed the change
        }
        return false;
    }

private:
    void apply()
    {
        // The application's palette, not the label's: the label's own is what the sheet made it.
        const QString sheet = noticeStyleSheet(QGuiApplication::palette(), m_padding);
        if (m_label->styleSheet() != sheet) { // setting it sends PaletteChange again
            m_label->setStyleSheet(sheet);
        }
    }

    QLabel* m_label;
    QString m_padding;
};

} // namespace

void keepNoticeStyle(QLabel* label, const QString& padding)
{
    new NoticeStyler(label, padding);
}

namespace {

class PaletteWatcher final : public QObject
{
public:
    PaletteWatcher(QWidget* widget, std::function<void()> react)
        : QObject(widget)
        , m_react(std::move(react))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange && !m_queued) {
            m_queued = true; // one reaction for a burst of changes
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_queued = false;
                    m_react();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<void()> m_react;
    bool m_queued = false;
};

} // namespace

void onPaletteChange(QWidget* widget, std::function<void()> react)
{
    new PaletteWatcher(widget, std::move(react));
}

QString commentCss(const QPalette& palette)
{
    return QStringLiteral("blockquote { margin-left: 12px; color: %1; }"
                          "pre, code { font-family: monospace; background-color: %2; }"
                          "a { color: %3; }"
                          ".meta { color: %1; }")
        .arg(muted(palette).name(), codeBackground(palette).name(), accent(palette).name());
}

QString previewCss(const QPalette& palette)
{
    return QStringLiteral("\n/* colours from the palette */\n"
                          "blockquote { color: %1; }\n"
                          "code { color: %2; }\n"
                          "pre { background-color: %3; }\n"
                          "a { color: %4; }\n"
                          ".spoiler { background-color: %5; }\n")
        .arg(muted(palette).name(), code(palette).name(), codeBackground(palette).name(), accent(palette).name(),
            mix(base(palette), noticeBackground(palette), 0.5).name());
}

} // namespace longhand::ThemeColors
