#include "gui/editor/FindReplaceBar.h"

#include "ui_FindReplaceBar.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace longhand {

FindReplaceBar::FindReplaceBar(QPlainTextEdit* editor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindReplaceBar>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("findReplaceBar"));
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_ui->replaceEdit, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_ui->nextButton, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_ui->previousButton, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_ui->replaceButton, &QToolButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_ui->replaceAllButton, &QToolButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_ui->closeButton, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, [this] { setStatus({}); });
    hide();
}

FindReplaceBar::~FindReplaceBar() = default;

void FindReplaceBar::showFind()
{
    show();
    m_ui->replaceLabel->hide();
    m_ui->replaceEdit->hide();
    m_ui->replaceButton->hide();
    m_ui->replaceAllButton->hide();
    if (const QString selected = m_editor->textCursor().selectedText(); !selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_ui->findEdit->setText(selected);
    }
    m_ui->findEdit->setFocus();
    m_ui->findEdit->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_ui->replaceLabel->show();
    m_ui->replaceEdit->show();
    m_ui->replaceButton->show();
    m_ui->replaceAllButton->show();
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::find(bool backward)
{
    const QString needle = m_ui->findEdit->text();
    if (needle.isEmpty()) {
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward) {
        flags |= QTextDocument::FindBackward;
    }
    if (m_ui->caseSensitiveCheck->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    QTextCursor found = m_editor->document()->find(needle, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around once.
        QTextCursor start(m_editor->document());
        start.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = m_editor->document()->find(needle, start, flags);
        if (!found.isNull()) {
            setStatus(tr("Wrapped around"));
        }
    } else {
        setStatus({});
    }
    if (found.isNull()) {
        setStatus(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

void FindReplaceBar::replaceCurrent()
{
    const QString needle = m_ui->findEdit->text();
    QTextCursor cursor = m_editor->textCursor();
    const Qt::CaseSensitivity cs = m_ui->caseSensitiveCheck->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (!needle.isEmpty() && cursor.hasSelection() && cursor.selectedText().compare(needle, cs) == 0) {
        cursor.insertText(m_ui->replaceEdit->text());
        m_editor->setTextCursor(cursor);
    }
    findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_ui->findEdit->text();
    if (needle.isEmpty()) {
        return 0;
    }
    QTextDocument::FindFlags flags;
    if (m_ui->caseSensitiveCheck->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    QTextCursor found = m_editor->document()->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_ui->replaceEdit->text());
        ++count;
        found = m_editor->document()->find(needle, found, flags);
    }
    edit.endEditBlock();
    setStatus(tr("Replaced %n match(es)", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindReplaceBar::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

} // namespace longhand
