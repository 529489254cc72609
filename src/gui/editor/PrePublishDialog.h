#pragma once

#include "core/markdown/PrePublishCheck.h"

#include <QDialog>

#include <functional>

class QListWidget;

namespace longhand {

class ReviewEditorWidget;

// The screen before a review's first publication (issue 15, item 7, first part): what will go out — title, slug,
// status and date, blog, categories, tags, featured image — and what PrePublishCheck found (images without alt
// text, links to this machine, spoiler lint). Publish Anyway goes on; activating a finding goes back to where it is
// fixed (the field, or the text with the image or word selected). Shown only when the check finds something, so a
// clean review is published at once.
class PrePublishDialog final : public QDialog
{
    Q_OBJECT

public:
    PrePublishDialog(const Post& post, const QString& blogName, const QList<PrePublishFinding>& findings,
                     QWidget* parent = nullptr);

    // The review open in editor, stored as stored, is about to be published: when it is its first publication and
    // the check finds something, opens the dialog (window-modal, not blocking) and returns true; publish runs if the
    // writer goes on. Else false.
    static bool askBeforeFirstPublish(ReviewEditorWidget& editor, const Post& stored, std::function<void()> publish);

Q_SIGNALS:
    void publishConfirmed();
    void fixRequested(const longhand::PrePublishFinding& finding);

private:
    QListWidget* m_findings = nullptr;
    QList<PrePublishFinding> m_found;
};

} // namespace longhand
