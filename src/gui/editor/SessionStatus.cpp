#include "gui/editor/SessionStatus.h"

#include "core/settings/AppSettings.h"
#include "gui/SafeText.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"

#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>

namespace longhand {

SessionStatus::SessionStatus(ReviewEditorWidget& editor, QSettings& settings, QLabel* saveLabel, QStatusBar* statusBar,
                             QObject* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_settings(settings)
    , m_saveLabel(saveLabel)
    , m_statusBar(statusBar)
{
    ReviewSession& session = editor.session();
    connect(&session, &ReviewSession::opened, this, [this](const Post& post, bool) {
        // Written before its preview is drawn, removed once it is.
        m_settings.setValue(AppSettings::renderingKey(), post.id);
        m_settings.sync();
        m_saveLabel->setText(tr("Saved"));
        m_saveLabel->setToolTip({});
    });
    connect(&editor, &ReviewEditorWidget::previewShown, this, [this](qint64 id) {
        if (m_settings.value(AppSettings::renderingKey()).toLongLong() == id) {
            m_settings.remove(AppSettings::renderingKey());
            m_settings.sync();
        }
    });
    connect(&session, &ReviewSession::closed, m_saveLabel, &QLabel::clear);
    connect(&session, &ReviewSession::saved, this, [this](const QDateTime& at) {
        m_saveLabel->setText(tr("Saved at %1").arg(QLocale().toString(at.time(), QLocale::ShortFormat)));
        m_saveLabel->setToolTip({});
    });
    // No dialog for a failed save: it is tried again by itself, and the label says so until it succeeds.
    connect(&session, &ReviewSession::saveFailed, this, [this](const QString& message) {
        m_saveLabel->setText(tr("Not saved"));
        m_saveLabel->setToolTip(SafeText::toolTip(message));
        m_statusBar->showMessage(tr("Not saved: %1 Longhand tries again by itself.").arg(message), 10000);
    });
    connect(editor.editor(), &QPlainTextEdit::modificationChanged, this, [this] {
        if (!m_editor.session().isUnsaved()) {
            m_saveLabel->setText(tr("Editing…"));
        }
    });
}

void SessionStatus::restore()
{
    if (!m_settings.contains(AppSettings::renderingKey())) {
        m_editor.session().restoreLastOpen();
        return;
    }
    // The app died drawing that review's preview (a web post that crashes it, say): not reopened by itself.
    m_settings.remove(AppSettings::renderingKey());
    m_settings.sync();
    m_statusBar->showMessage(tr("Longhand stopped while showing the review that was open last time, so it was not "
                                "reopened. Choose it in the list to open it."));
}

} // namespace longhand
