#include "gui/editor/MergeDialog.h"

#include "core/sync/WordDiff.h"
#include "gui/ThemeColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace longhand {

namespace {

constexpr int kBoth = 100; // the "both" entry of the side box (not a ConflictChoice::Side)

QPlainTextEdit* pane(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTabChangesFocus(true);
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

// Shows text (plain, as written) with the words changed from before marked by a background.
void showChanges(QPlainTextEdit* edit, const QString& before, const QString& text, const QColor& background)
{
    edit->setPlainText(text);
    QList<QTextEdit::ExtraSelection> selections;
    if (!before.isNull()) {
        for (const TextRange& range : changedWords(before, text)) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(edit->document());
            selection.cursor.setPosition(int(range.start));
            selection.cursor.setPosition(int(range.start + range.length), QTextCursor::KeepAnchor);
            selection.format.setBackground(background);
            selection.format.setForeground(edit->palette().color(QPalette::Text));
            selection.format.setProperty(QTextFormat::UserProperty, true); // marks a change (for tests and tools)
            selections.append(selection);
        }
    }
    edit->setExtraSelections(selections);
}

QColor changeColour(const QPalette& palette, const QColor& hue)
{
    QColor tint = hue;
    tint.setAlpha(ThemeColors::isDark(palette) ? 110 : 70);
    return tint;
}

} // namespace

MergeDialog::MergeDialog(
    const QString& title, const QString& base, const QString& local, const QString& remote, QWidget* parent)
    : MergeDialog(title, mergeText(base, local, remote), parent)
{
}

MergeDialog::MergeDialog(const QString& title, const MergeResult& merge, QWidget* parent)
    : QDialog(parent)
    , m_merge(merge)
    , m_conflicts(new QListWidget(this))
    , m_side(new QComboBox(this))
    , m_base(pane(QStringLiteral("mergeBase"), tr("When you began"), this))
    , m_local(pane(QStringLiteral("mergeLocal"), tr("Yours"), this))
    , m_remote(pane(QStringLiteral("mergeRemote"), tr("On the web"), this))
    , m_conflictText(new QPlainTextEdit(this))
    , m_result(new QPlainTextEdit(this))
    , m_handEdited(new QLabel(this))
    , m_reset(new QPushButton(tr("R&eset to the Choices"), this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Web Changes — %1").arg(title));
    resize(1200, 760);
    for (int i = 0; i < m_merge.conflictCount(); ++i) {
        m_choices.append(ConflictChoice {});
    }
    auto* intro = new QLabel(m_merge.conflictCount() > 0
            ? tr("“%1” was changed on the web while you edited it, in the same places (%n conflict(s)). "
                 "Choose a version for each, or edit it, or edit the result. Nothing is sent until you publish.",
                nullptr, m_merge.conflictCount())
                  .arg(title)
            : tr("“%1” was changed on the web while you edited it, in other places: both are in the result. "
                 "Nothing is sent until you publish.")
                  .arg(title),
        this);
    intro->setObjectName(QStringLiteral("mergeIntro"));
    intro->setTextFormat(Qt::PlainText); // the title is the blog's too
    intro->setWordWrap(true);

    auto* versions = new QSplitter(Qt::Horizontal, this);
    versions->addWidget(titled(tr("When you &began"), m_base, versions));
    versions->addWidget(titled(tr("&Yours (your changes marked)"), m_local, versions));
    versions->addWidget(titled(tr("On the &web (its changes marked)"), m_remote, versions));

    m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    int index = 0;
    for (const MergeHunk& hunk : std::as_const(m_merge.hunks)) {
        if (hunk.kind != MergeHunk::Kind::Conflict) {
            continue;
        }
        const QString firstLine = (hunk.local.trimmed().isEmpty() ? hunk.remote : hunk.local)
                                      .trimmed()
                                      .section(QLatin1Char('\n'), 0, 0)
                                      .left(80);
        // Plain text: a list item never interprets markup.
        m_conflicts->addItem(tr("Conflict %1: %2").arg(++index).arg(firstLine));
    }
    m_side->setObjectName(QStringLiteral("mergeSide"));
    m_side->setAccessibleName(tr("Version for this conflict"));
    m_side->addItem(tr("Yours"), int(ConflictChoice::Side::Local));
    m_side->addItem(tr("On the web"), int(ConflictChoice::Side::Remote));
    m_side->addItem(tr("Both: yours, then the web's"), kBoth);
    m_side->addItem(tr("As it was"), int(ConflictChoice::Side::Base));
    m_side->addItem(tr("Edited"), int(ConflictChoice::Side::Custom));
    auto* useLocal = new QPushButton(tr("Use Y&ours"), this);
    useLocal->setObjectName(QStringLiteral("mergeUseLocal"));
    auto* useRemote = new QPushButton(tr("Use the Web'&s"), this);
    useRemote->setObjectName(QStringLiteral("mergeUseRemote"));
    auto* useBoth = new QPushButton(tr("Use Bot&h"), this);
    useBoth->setObjectName(QStringLiteral("mergeUseBoth"));
    m_conflictText->setObjectName(QStringLiteral("mergeConflictText"));
    m_conflictText->setAccessibleName(tr("Text for this conflict"));
    m_conflictText->setTabChangesFocus(true);
    m_result->setObjectName(QStringLiteral("mergeResult"));
    m_result->setAccessibleName(tr("Merged result"));
    m_result->setTabChangesFocus(true); // the keyboard must get out
    m_handEdited->setObjectName(QStringLiteral("mergeHandEdited"));
    m_handEdited->setTextFormat(Qt::PlainText);
    m_handEdited->setWordWrap(true);
    m_handEdited->setText(tr("You edited the result itself: the choices above no longer change it."));
    m_handEdited->hide();
    m_reset->setObjectName(QStringLiteral("mergeReset"));
    m_reset->hide();

    auto* choiceRow = new QHBoxLayout;
    auto* sideLabel = new QLabel(tr("&Use:"), this);
    sideLabel->setBuddy(m_side);
    choiceRow->addWidget(sideLabel);
    choiceRow->addWidget(m_side, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(useLocal);
    buttonRow->addWidget(useRemote);
    buttonRow->addWidget(useBoth);
    auto* left = new QVBoxLayout;
    left->addWidget(titled(tr("&Conflicts"), m_conflicts, this), 1);
    left->addLayout(choiceRow);
    left->addLayout(buttonRow);
    left->addWidget(titled(tr("&Text for this conflict"), m_conflictText, this), 1);
    auto* right = new QVBoxLayout;
    right->addWidget(titled(tr("&Result"), m_result, this), 1);
    right->addWidget(m_handEdited);
    right->addWidget(m_reset, 0, Qt::AlignLeft);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(left, 1);
    bottom->addLayout(right, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* keep = buttons->addButton(tr("&Keep the Result"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("mergeAccept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(versions, 2);
    layout->addLayout(bottom, 3);
    layout->addWidget(buttons);

    const bool anyConflict = m_conflicts->count() > 0;
    m_choiceWidgets = { m_side, useLocal, useRemote, useBoth, m_conflictText };
    m_conflicts->setEnabled(anyConflict);
    const auto enableChoices = [this, anyConflict](bool enable) {
        for (QWidget* widget : std::as_const(m_choiceWidgets)) {
            widget->setEnabled(anyConflict && enable);
        }
    };
    enableChoices(true);

    connect(m_conflicts, &QListWidget::currentRowChanged, this, &MergeDialog::showConflict);
    connect(m_side, &QComboBox::activated, this, [this] {
        const int row = m_conflicts->currentRow();
        const int data = m_side->currentData().toInt();
        if (row < 0) {
            return;
        }
        if (data == kBoth) {
            chooseBoth(row);
        } else if (data == int(ConflictChoice::Side::Custom)) {
            m_choices[row] = ConflictChoice { ConflictChoice::Side::Custom, m_conflictText->toPlainText() };
            m_conflictText->setFocus();
        } else {
            choose(row, ConflictChoice::Side(data));
        }
    });
    connect(useLocal, &QPushButton::clicked, this,
        [this] { choose(m_conflicts->currentRow(), ConflictChoice::Side::Local); });
    connect(useRemote, &QPushButton::clicked, this,
        [this] { choose(m_conflicts->currentRow(), ConflictChoice::Side::Remote); });
    connect(useBoth, &QPushButton::clicked, this, [this] { chooseBoth(m_conflicts->currentRow()); });
    connect(m_conflictText, &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_conflicts->currentRow();
        if (row < 0 || row >= m_choices.size() || m_conflictText->toPlainText() == chosenText(row)) {
            return;
        }
        m_choices[row] = ConflictChoice { ConflictChoice::Side::Custom, m_conflictText->toPlainText() };
        {
            const QSignalBlocker block(m_side);
            m_side->setCurrentIndex(m_side->findData(int(ConflictChoice::Side::Custom)));
        }
        rebuildResult();
    });
    connect(m_result, &QPlainTextEdit::textChanged, this, [this, enableChoices] {
        m_resultEditedByHand = true;
        m_handEdited->show();
        m_reset->show();
        enableChoices(false);
    });
    connect(m_reset, &QPushButton::clicked, this, [this, enableChoices] {
        m_resultEditedByHand = false;
        m_handEdited->hide();
        m_reset->hide();
        enableChoices(true);
        rebuildResult();
    });
    rebuildResult();
    if (anyConflict) {
        m_conflicts->setCurrentRow(0);
    }
}

const MergeHunk& MergeDialog::conflictHunk(int conflict) const
{
    int index = -1;
    for (const MergeHunk& hunk : m_merge.hunks) {
        if (hunk.kind == MergeHunk::Kind::Conflict && ++index == conflict) {
            return hunk;
        }
    }
    Q_UNREACHABLE();
}

QString MergeDialog::chosenText(int conflict) const
{
    return resolveHunks({ conflictHunk(conflict) }, { m_choices.at(conflict) });
}

void MergeDialog::showConflict(int conflict)
{
    if (conflict < 0 || conflict >= m_choices.size()) {
        return;
    }
    const MergeHunk& hunk = conflictHunk(conflict);
    showChanges(m_base, QString(), hunk.base, QColor());
    showChanges(m_local, hunk.base, hunk.local, changeColour(palette(), ThemeColors::success(palette())));
    showChanges(m_remote, hunk.base, hunk.remote, changeColour(palette(), ThemeColors::accent(palette())));
    const ConflictChoice& choice = m_choices.at(conflict);
    const bool both = choice.side == ConflictChoice::Side::Custom && choice.custom == hunk.local + hunk.remote;
    const QSignalBlocker blockSide(m_side);
    m_side->setCurrentIndex(m_side->findData(both ? kBoth : int(choice.side)));
    const QSignalBlocker blockText(m_conflictText);
    m_conflictText->setPlainText(chosenText(conflict));
}

void MergeDialog::choose(int conflict, ConflictChoice::Side side)
{
    if (conflict < 0 || conflict >= m_choices.size()) {
        return;
    }
    m_choices[conflict] = ConflictChoice { side, {} };
    rebuildResult();
    if (conflict == m_conflicts->currentRow()) {
        showConflict(conflict);
    }
}

void MergeDialog::chooseBoth(int conflict)
{
    if (conflict < 0 || conflict >= m_choices.size()) {
        return;
    }
    const MergeHunk& hunk = conflictHunk(conflict);
    m_choices[conflict] = ConflictChoice { ConflictChoice::Side::Custom, hunk.local + hunk.remote };
    rebuildResult();
    if (conflict == m_conflicts->currentRow()) {
        showConflict(conflict);
    }
}

void MergeDialog::rebuildResult()
{
    if (m_resultEditedByHand) {
        return; // the writer's own edit of the result wins until they reset it
    }
    const QSignalBlocker block(m_result);
    m_result->setPlainText(resolveHunks(m_merge.hunks, m_choices));
}

QString MergeDialog::result() const
{
    QString text = m_result->toPlainText();
    while (text.endsWith(QStringLiteral("\n\n"))) {
        text.chop(1);
    }
    return text;
}

} // namespace longhand
