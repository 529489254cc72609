#pragma once

#include "core/sync/TextMerge.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace longhand {

// The writer's and the web's edits merged; each conflict is listed, and for the chosen one its three versions are
// shown (as it was, yours, the web's) with the words each side changed highlighted. Each conflict gets a choice
// (yours, the web's, both, as it was) or its own edited text, by keyboard or mouse; the result can also be edited
// as a whole. Nothing is decided for the writer and no version is thrown away until they accept. A Markdown review's
// merge is Markdown (mergeMarkdown); every text is shown as plain text, never rendered (the web's is untrusted).
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    // A merge already made (mergeMarkdown for a Markdown review).
    MergeDialog(const QString& title, const MergeResult& merge, QWidget* parent = nullptr);
    // HTML (a post written on the web): merged here, line by line.
    MergeDialog(const QString& title, const QString& base, const QString& local, const QString& remote,
        QWidget* parent = nullptr);

    QString result() const;
    int conflictCount() const { return m_merge.conflictCount(); }
    // Chooses a side for conflict index (tests and keyboard users).
    void choose(int conflict, ConflictChoice::Side side);
    // Both: yours, then the web's.
    void chooseBoth(int conflict);

private:
    void showConflict(int conflict);
    void rebuildResult();
    const MergeHunk& conflictHunk(int conflict) const;
    QString chosenText(int conflict) const;

    MergeResult m_merge;
    QList<ConflictChoice> m_choices;
    QListWidget* m_conflicts;
    QComboBox* m_side;
    QPlainTextEdit* m_base;
    QPlainTextEdit* m_local;
    QPlainTextEdit* m_remote;
    QPlainTextEdit* m_conflictText;
    QPlainTextEdit* m_result;
    QLabel* m_handEdited;
    QPushButton* m_reset;
    QList<QWidget*> m_choiceWidgets; // off while the result is edited by hand
    bool m_resultEditedByHand = false;
};

} // namespace longhand
