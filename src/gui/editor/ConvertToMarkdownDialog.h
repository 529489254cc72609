#pragma once

#include "core/markdown/WebPost.h"

#include <QDialog>

class QPlainTextEdit;

namespace longhand {

// Before a web post becomes Markdown (issue 15, item 6): the HTML as it is beside the Markdown it would become, and
// what was checked (published, the Markdown gives back the same blocks). Convert confirms; Cancel keeps the HTML.
class ConvertToMarkdownDialog final : public QDialog
{
    Q_OBJECT

public:
    ConvertToMarkdownDialog(const QString& title, const QString& html, const webpost::Conversion& conversion,
        bool blockMarkup, QWidget* parent = nullptr);

    QString html() const { return m_html; }
    QString markdown() const { return m_markdown; }

private:
    QString m_html;
    QString m_markdown;
};

} // namespace longhand
