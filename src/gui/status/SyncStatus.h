#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace longhand {

class ReviewEditorWidget;
class SyncController;

// What the status bar says about syncs and publications: a progress bar with a Cancel button while a sync or a
// publication runs, and a label with the last publication's outcome (a link to it once the blog has it, "Will
// publish when online", "Changed on the web: merge first"). Takes the stored review again after a publication of
// the one open in the editor. MainWindow places the widgets and handles what needs the window (errors, merging).
class SyncStatus final : public QObject
{
    Q_OBJECT

public:
    SyncStatus(SyncController& sync, ReviewEditorWidget& editor, QStatusBar& statusBar, QObject* parent = nullptr);

    // The widgets, in the order they go into the status bar.
    QLabel* publishedLabel() const { return m_publishedLabel; }
    QProgressBar* progress() const { return m_progress; }
    QToolButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    // A publication failed for good, or a sync failed: the window shows it.
    void errorOccurred(const QString& message);
    // The open review changed on the web since its base: the window opens the merge.
    void mergeRequested();

private:
    void connectPublishing();
    void connectSyncing();

    SyncController& m_sync;
    ReviewEditorWidget& m_editor;
    QStatusBar& m_statusBar;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_publishedLabel;
};

} // namespace longhand
