#pragma once

#include "core/sync/TextMerge.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QPlainTextEdit;

namespace longhand {

// Base, yours and the web's version side by side; each conflicting stretch gets a choice (yours,
// the web's, or as it was), and the result can be edited before it is kept. Nothing is decided
// for the writer and no version is thrown away until they accept.
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const QString& title, const QString& base, const QString& local, const QString& remote, QWidget* parent = nullptr);

    QString result() const;
    int conflictCount() const { return m_merge.conflictCount(); }
    // Chooses a side for conflict index (tests and keyboard users).
    void choose(int conflict, ConflictChoice::Side side);

private:
    void rebuildResult();

    MergeResult m_merge;
    QList<ConflictChoice> m_choices;
    QListWidget* m_conflicts;
    QComboBox* m_side;
    QPlainTextEdit* m_result;
};

} // namespace longhand
