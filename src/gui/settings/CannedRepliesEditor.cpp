#include "gui/settings/CannedRepliesEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace longhand {

CannedRepliesEditor::CannedRepliesEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("Add Repl&y"), this))
    , m_remove(new QPushButton(tr("Dele&te"), this))
{
    setObjectName(QStringLiteral("cannedRepliesEditor"));
    m_list->setObjectName(QStringLiteral("cannedRepliesList"));
    m_list->setAccessibleName(tr("Canned replies"));
    m_name->setObjectName(QStringLiteral("cannedReplyName"));
    m_name->setAccessibleName(tr("Canned reply name"));
    m_name->setPlaceholderText(tr("A name to find it by"));
    m_text->setObjectName(QStringLiteral("cannedReplyText"));
    m_text->setAccessibleName(tr("Canned reply text"));
    m_text->setPlaceholderText(tr("The answer, as it goes into the reply"));
    m_text->setTabChangesFocus(true);
    m_add->setObjectName(QStringLiteral("addCannedReplyButton"));
    m_remove->setObjectName(QStringLiteral("removeCannedReplyButton"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* fields = new QFormLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addRow(tr("Na&me:"), m_name);
    fields->addRow(tr("Te&xt:"), m_text);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 2);
    layout->addLayout(buttons);
    layout->addLayout(fields, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        storeCurrent();
        showCurrent();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        storeCurrent();
        if (m_shown >= 0) {
            m_list->item(m_shown)->setText(listLabel(m_shown));
        }
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        storeCurrent();
        if (m_shown >= 0 && m_replies.at(m_shown).name.trimmed().isEmpty()) {
            m_list->item(m_shown)->setText(listLabel(m_shown));
        }
    });
    connect(m_add, &QPushButton::clicked, this, &CannedRepliesEditor::addReply);
    connect(m_remove, &QPushButton::clicked, this, &CannedRepliesEditor::removeReply);
    showCurrent();
}

QString CannedRepliesEditor::listLabel(int row) const
{
    const CannedReply& reply = m_replies.at(row);
    QString name = reply.name.trimmed();
    if (name.isEmpty()) {
        name = reply.text.simplified().left(40);
    }
    if (name.isEmpty()) {
        name = tr("(empty)");
    }
    return row < 9 ? tr("%1. %2").arg(row + 1).arg(name) : name;
}

void CannedRepliesEditor::setReplies(const QList<CannedReply>& replies)
{
    m_replies = replies;
    m_shown = -1;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int row = 0; row < m_replies.size(); ++row) {
        m_list->addItem(listLabel(row));
    }
    m_list->setCurrentRow(m_replies.isEmpty() ? -1 : 0);
    showCurrent();
}

QList<CannedReply> CannedRepliesEditor::replies() const
{
    QList<CannedReply> result;
    for (const CannedReply& reply : m_replies) {
        if (!reply.text.trimmed().isEmpty()) {
            result.append(reply);
        }
    }
    return result;
}

void CannedRepliesEditor::addReply()
{
    storeCurrent();
    m_replies.append(CannedReply {tr("New reply"), QString()});
    m_list->addItem(listLabel(int(m_replies.size()) - 1));
    m_list->setCurrentRow(int(m_replies.size()) - 1);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void CannedRepliesEditor::removeReply()
{
    const int row = m_list->currentRow();
    if (row < 0) {
        return;
    }
    m_shown = -1; // nothing to store from the one going away
    m_replies.removeAt(row);
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        for (int i = row; i < m_replies.size(); ++i) {
            m_list->item(i)->setText(listLabel(i)); // the numbers after it move up
        }
        m_list->setCurrentRow(std::min(row, int(m_replies.size()) - 1));
    }
    showCurrent();
}

void CannedRepliesEditor::showCurrent()
{
    m_shown = m_list->currentRow();
    const bool any = m_shown >= 0;
    {
        const QSignalBlocker blockName(m_name);
        const QSignalBlocker blockText(m_text);
        m_name->setText(any ? m_replies.at(m_shown).name : QString());
        m_text->setPlainText(any ? m_replies.at(m_shown).text : QString());
    }
    m_name->setEnabled(any);
    m_text->setEnabled(any);
    m_remove->setEnabled(any);
}

void CannedRepliesEditor::storeCurrent()
{
    if (m_shown < 0 || m_shown >= m_replies.size()) {
        return;
    }
    m_replies[m_shown].name = m_name->text();
    m_replies[m_shown].text = m_text->toPlainText();
}

} // namespace longhand
