#pragma once

#include <QObject>

class QLabel;
class QSettings;
class QStatusBar;

namespace longhand {

class ReviewEditorWidget;

// The open review as the status bar tells it ("Saved at …", "Editing…", "Not saved" while a failed save
// is being retried) and the mark that keeps a review which took the app down while its preview was
// drawn from being reopened by itself (AppSettings::renderingKey). Part of MainWindow's composition.
class SessionStatus final : public QObject
{
    Q_OBJECT

public:
    SessionStatus(ReviewEditorWidget& editor, QSettings& settings, QLabel* saveLabel, QStatusBar* statusBar, QObject* parent);

    // Reopens the review that was open last time, unless the app died drawing its preview.
    void restore();

private:
    ReviewEditorWidget& m_editor;
    QSettings& m_settings;
    QLabel* m_saveLabel;
    QStatusBar* m_statusBar;
};

} // namespace longhand
