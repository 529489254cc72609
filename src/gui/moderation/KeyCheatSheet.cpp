#include "gui/moderation/KeyCheatSheet.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace longhand {

KeyCheatSheet::KeyCheatSheet(const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cheatSheet"));
    setWindowTitle(tr("Comment Queue Keys"));
    auto* table = new QTableWidget(int(entries.size()), 2, this);
    table->setObjectName(QStringLiteral("cheatSheetTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({ tr("Key"), tr("Action") });
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setWordWrap(true);
    for (int row = 0; row < entries.size(); ++row) {
        auto* keys = new QTableWidgetItem(entries.at(row).keys);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        table->setItem(row, 0, keys);
        table->setItem(row, 1, new QTableWidgetItem(entries.at(row).description));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* note = new QLabel(tr("The keys work while the comment list has the focus."), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(660, 450);
}

} // namespace longhand
