#include "gui/editor/MergeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace longhand {

namespace {

QPlainTextEdit* pane(const QString& name, const QString& text, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

MergeDialog::MergeDialog(const QString& title, const QString& base, const QString& local, const QString& remote, QWidget* parent)
    : QDialog(parent)
    , m_merge(mergeText(base, local, remote))
    , m_conflicts(new QListWidget(this))
    , m_side(new QComboBox(this))
    , m_result(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Web Changes — %1").arg(title));
    resize(1200, 760);
    for (int i = 0; i < m_merge.conflictCount(); ++i) {
        m_choices.append(ConflictChoice {});
    }
    auto* intro = new QLabel(tr("“%1” was changed on the web while you edited it, in the same places (%n conflict(s)). "
                                "Choose a version for each, or edit the result. Nothing is sent until you publish.",
                                nullptr, m_merge.conflictCount())
                                 .arg(title),
                             this);
    intro->setTextFormat(Qt::PlainText); // the title is the blog's too
    intro->setWordWrap(true);

    auto* versions = new QSplitter(Qt::Horizontal, this);
    versions->addWidget(titled(tr("When you began"), pane(QStringLiteral("mergeBase"), base, versions), versions));
    versions->addWidget(titled(tr("Yours"), pane(QStringLiteral("mergeLocal"), local, versions), versions));
    versions->addWidget(titled(tr("On the web"), pane(QStringLiteral("mergeRemote"), remote, versions), versions));

    m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    int index = 0;
    for (const MergeHunk& hunk : std::as_const(m_merge.hunks)) {
        if (hunk.kind != MergeHunk::Kind::Conflict) {
            continue;
        }
        const QString firstLine = (hunk.local.isEmpty() ? hunk.remote : hunk.local).section(QLatin1Char('\n'), 0, 0).left(80);
        m_conflicts->addItem(tr("Conflict %1: %2").arg(++index).arg(firstLine));
    }
    m_side->setObjectName(QStringLiteral("mergeSide"));
    m_side->setAccessibleName(tr("Version for this conflict"));
    m_side->addItem(tr("Yours"), int(ConflictChoice::Side::Local));
    m_side->addItem(tr("On the web"), int(ConflictChoice::Side::Remote));
    m_side->addItem(tr("As it was"), int(ConflictChoice::Side::Base));
    m_result->setObjectName(QStringLiteral("mergeResult"));
    m_result->setAccessibleName(tr("Merged result"));
    m_result->setTabChangesFocus(true); // HTML needs no tab characters; the keyboard must get out

    auto* choiceRow = new QHBoxLayout;
    auto* sideLabel = new QLabel(tr("&Use:"), this);
    sideLabel->setBuddy(m_side);
    choiceRow->addWidget(sideLabel);
    choiceRow->addWidget(m_side, 1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_conflicts, 1);
    left->addLayout(choiceRow);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(left, 1);
    bottom->addWidget(titled(tr("&Result"), m_result, this), 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* keep = buttons->addButton(tr("&Keep the Result"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("mergeAccept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(versions, 2);
    layout->addLayout(bottom, 2);
    layout->addWidget(buttons);

    connect(m_conflicts, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_choices.size()) {
            const QSignalBlocker block(m_side);
            m_side->setCurrentIndex(m_side->findData(int(m_choices.at(row).side)));
        }
    });
    connect(m_side, &QComboBox::currentIndexChanged, this, [this] {
        const int row = m_conflicts->currentRow();
        if (row >= 0) {
            choose(row, ConflictChoice::Side(m_side->currentData().toInt()));
        }
    });
    rebuildResult();
    if (m_conflicts->count() > 0) {
        m_conflicts->setCurrentRow(0);
    }
}

void MergeDialog::choose(int conflict, ConflictChoice::Side side)
{
    if (conflict < 0 || conflict >= m_choices.size()) {
        return;
    }
    m_choices[conflict].side = side;
    rebuildResult();
}

void MergeDialog::rebuildResult()
{
    const QSignalBlocker block(m_result);
    m_result->setPlainText(resolveHunks(m_merge.hunks, m_choices));
}

QString MergeDialog::result() const
{
    return m_result->toPlainText();
}

} // namespace longhand
