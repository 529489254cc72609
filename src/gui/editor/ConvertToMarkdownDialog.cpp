#include "gui/editor/ConvertToMarkdownDialog.h"

#include "gui/editor/MarkdownHighlighter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace longhand {

namespace {

QPlainTextEdit* sourceView(const QString& objectName, const QString& text, bool html, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap); // lines stay aligned with the other side's
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    view->setFont(font);
    view->setPlainText(text);
    auto* highlighter = new MarkdownHighlighter(view->document(), nullptr);
    highlighter->setHtmlSource(html, false); // every line one height, so both sides stay lined up
    return view;
}

// Both sides block against block: each block starts on the same line on the left and the right (the shorter side of a
// block is padded with empty lines), blocks one empty line apart.
std::pair<QString, QString> alignedBlocks(const QList<std::pair<QString, QString>>& pairs)
{
    QStringList left;
    QStringList right;
    for (const auto& [html, markdown] : pairs) {
        QStringList htmlLines = html.split(QLatin1Char('\n'));
        QStringList markdownLines = markdown.split(QLatin1Char('\n'));
        const qsizetype lines = std::max(htmlLines.size(), markdownLines.size());
        while (htmlLines.size() < lines) {
            htmlLines.append(QString());
        }
        while (markdownLines.size() < lines) {
            markdownLines.append(QString());
        }
        left.append(htmlLines.join(QLatin1Char('\n')));
        right.append(markdownLines.join(QLatin1Char('\n')));
    }
    return {left.join(QStringLiteral("\n\n")), right.join(QStringLiteral("\n\n"))};
}

} // namespace

ConvertToMarkdownDialog::ConvertToMarkdownDialog(
    const QString& title, const QString& html, const webpost::Conversion& conversion, bool blockMarkup, QWidget* parent)
    : QDialog(parent)
    , m_html(html)
    , m_markdown(conversion.markdown)
{
    setObjectName(QStringLiteral("convertToMarkdownDialog"));
    setWindowTitle(tr("Convert “%1” to Markdown").arg(title));
    setWindowModality(Qt::WindowModal);

    auto* statement = new QLabel(this);
    statement->setObjectName(QStringLiteral("convertStatement"));
    statement->setTextFormat(Qt::PlainText);
    statement->setWordWrap(true);
    statement->setText(
        (blockMarkup ? tr("Every block of this post has a Markdown form. Published, the Markdown gives back the same "
                          "%n block(s), with the same names and attributes (checked).",
             nullptr, conversion.blocks)
                     : tr("Every part of this post has a Markdown form. Published, the Markdown gives back the same "
                          "%n block(s) of HTML (checked).",
                         nullptr, conversion.blocks))
        + QLatin1Char(' ') + tr("Until it is published, Blog ▸ Back to HTML undoes the conversion."));

    auto* before = new QLabel(tr("As it is (HTML)"), this);
    auto* after = new QLabel(tr("As Markdown"), this);
    // Block against block when the conversion says which is which; else each side whole.
    const auto [htmlText, markdownText] = conversion.pairs.isEmpty()
        ? std::pair<QString, QString>(html, conversion.markdown)
        : alignedBlocks(conversion.pairs);
    QPlainTextEdit* htmlView = sourceView(QStringLiteral("convertHtmlView"), htmlText, true, this);
    QPlainTextEdit* markdownView = sourceView(QStringLiteral("convertMarkdownView"), markdownText, false, this);
    // One scroll position for both, so a block and its Markdown stay side by side.
    connect(htmlView->verticalScrollBar(), &QScrollBar::valueChanged, markdownView->verticalScrollBar(), &QScrollBar::setValue);
    connect(markdownView->verticalScrollBar(), &QScrollBar::valueChanged, htmlView->verticalScrollBar(), &QScrollBar::setValue);
    htmlView->setAccessibleName(before->text());
    markdownView->setAccessibleName(after->text());
    auto* left = new QVBoxLayout;
    left->addWidget(before);
    left->addWidget(htmlView, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(after);
    right->addWidget(markdownView, 1);
    auto* sides = new QHBoxLayout;
    sides->addLayout(left, 1);
    sides->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* convert = buttons->addButton(tr("&Convert"), QDialogButtonBox::AcceptRole);
    convert->setObjectName(QStringLiteral("convertButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("convertCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // converting is a choice, not the Enter key's
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(statement);
    layout->addLayout(sides, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace longhand
