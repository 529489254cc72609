#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace longhand {

// Colours for text Longhand colours itself (Markdown syntax, comment HTML, notices, the preview),
// derived from the widget's palette so that a dark desktop gets light-on-dark colours with enough
// contrast, never a hard-coded light theme.
namespace ThemeColors {

// True when the palette's text background is dark (dark mode).
bool isDark(const QPalette& palette);
// WCAG 2 contrast ratio between two colours (1 to 21).
double contrast(const QColor& a, const QColor& b);
// colour, moved towards the palette's text colour until it reaches the wanted contrast on background.
QColor withContrast(const QColor& colour, const QColor& background, const QColor& text, double wanted);

QColor accent(const QPalette& palette); // headings, links, list markers
QColor muted(const QPalette& palette); // quotes, Markdown punctuation, secondary lines
QColor code(const QPalette& palette); // inline and fenced code
QColor codeBackground(const QPalette& palette);
QColor danger(const QPalette& palette); // misspellings, triage flags, spam
QColor success(const QPalette& palette); // approved
QColor warning(const QPalette& palette); // pending
QColor noticeBackground(const QPalette& palette);
// The background of marked (X) queue rows: a marker tint, unlike the cursor row's Highlight tint,
// with the palette's text readable on it.
QColor markedRow(const QPalette& palette);
QColor noticeText(const QPalette& palette);
QColor noticeBorder(const QPalette& palette);

// A label stylesheet for notices and badges ("QLabel { … }").
QString noticeStyleSheet(const QPalette& palette, const QString& padding);
// Styles a notice or badge label with noticeStyleSheet() of the application palette, and again
// whenever that palette changes.
void keepNoticeStyle(QLabel* label, const QString& padding);
// Calls react (queued, once the new palette is in place) whenever widget's palette changes.
void onPaletteChange(QWidget* widget, std::function<void()> react);
// The colour rules of comment HTML (CommentBrowser).
QString commentCss(const QPalette& palette);
// The colour rules of the review preview, appended to resources/styles/preview.css.
QString previewCss(const QPalette& palette);

} // namespace ThemeColors

} // namespace longhand
