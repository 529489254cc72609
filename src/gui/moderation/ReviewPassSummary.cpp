#include "gui/moderation/ReviewPassSummary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace longhand {

ReviewPassSummary::ReviewPassSummary(const QString& postTitle, const Counts& counts, QWidget* parent)
    : QDialog(parent)
    , m_waiting(new QListWidget(this))
    , m_waitingLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPassSummary"));
    setWindowTitle(tr("Review Pass Finished"));

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("reviewPassSummaryHeading"));
    heading->setTextFormat(Qt::PlainText); // the title is the blog's
    heading->setWordWrap(true);
    heading->setText(tr("Unreplied comments on “%1”").arg(postTitle));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& label, int value, const char* name) {
        auto* number = new QLabel(QString::number(value), this);
        number->setObjectName(QString::fromLatin1(name));
        form->addRow(label, number);
    };
    row(tr("Replied:"), counts.replied, "passReplied");
    row(tr("Approved:"), counts.approved, "passApproved");
    row(tr("Marked as spam:"), counts.spammed, "passSpammed");
    row(tr("Trashed:"), counts.trashed, "passTrashed");
    row(tr("Skipped:"), counts.skipped, "passSkipped");
    row(tr("Not reached:"), counts.notReached, "passNotReached");

    m_waitingLabel->setObjectName(QStringLiteral("reviewPassWaitingLabel"));
    m_waitingLabel->setText(tr("Reading the outbox…"));
    m_waitingLabel->setWordWrap(true);
    m_waiting->setObjectName(QStringLiteral("reviewPassWaiting"));
    m_waiting->setAccessibleName(tr("Actions waiting to be sent"));
    m_waiting->setSelectionMode(QAbstractItemView::NoSelection);
    m_waiting->hide();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* back = buttons->addButton(tr("Back to the Queue"), QDialogButtonBox::AcceptRole);
    back->setObjectName(QStringLiteral("reviewPassBack"));
    back->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(m_waiting, 1);
    layout->addWidget(buttons);
    // Room for a waiting reply's first words on one line.
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height() + fontMetrics().height() * 6);
}

void ReviewPassSummary::setWaiting(const QStringList& actions)
{
    m_waiting->clear();
    // Items are plain text: the commenters' names and the replies are shown as written.
    m_waiting->addItems(actions);
    m_waiting->setVisible(!actions.isEmpty());
    m_waitingLabel->setText(actions.isEmpty()
            ? tr("Nothing of this pass waits to be sent: the blog has every action.")
            : tr("%n action(s) of this pass wait to be sent to the blog (with the next sync):", nullptr,
                int(actions.size())));
    layout()->activate();
    if (height() < sizeHint().height()) {
        resize(width(), sizeHint().height()); // the sentence may now take two lines
    }
}

QStringList ReviewPassSummary::waiting() const
{
    QStringList lines;
    for (int i = 0; i < m_waiting->count(); ++i) {
        lines.append(m_waiting->item(i)->text());
    }
    return lines;
}

} // namespace longhand
