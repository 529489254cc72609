#pragma once

#include "core/markdown/PrePublishCheck.h"

#include <QDialog>

#include <functional>

class QListWidget;

namespace longhand {

class ReviewEditorWidget;
class ReviewLibrary;

// The screen before a review's first publication (issue 15, item 7, first part): what will go out — title, slug,
// status and date, blog, categories, tags, featured image — and what PrePublishCheck found (images without alt
// text, links to this machine, spoiler lint). Publish Anyway goes on; activating a finding goes back to where it is
// fixed (the field, or the text with the image or word selected). Shown only when the check finds something, so a
// clean review is published at once.
class PrePublishDialog final : public QDialog
{
    Q_OBJECT

public:
    // newTerms: the post's categories and tags the blog lacks, marked "(new)" in the summary.
    PrePublishDialog(const Post& post, const QString& blogName, const QList<PrePublishFinding>& findings,
                     const QStringList& newTerms = {}, QWidget* parent = nullptr);

    // The review open in editor, stored as stored, is to be published. Before its first publication, when checking
    // is on for its blog: runs the check (new terms against the blog's terms in reviews' cache) and, when it finds
    // something, opens the dialog (window-modal, not blocking); publish runs if the writer goes on. Otherwise
    // publish runs at once.
    static void checkThenPublish(ReviewEditorWidget& editor, ReviewLibrary& reviews, const Post& stored, bool checkOn,
                                 std::function<void()> publish);

Q_SIGNALS:
    void publishConfirmed();
    void fixRequested(const longhand::PrePublishFinding& finding);

private:
    static void ask(ReviewEditorWidget& editor, const Post& post, const QList<PrePublishFinding>& findings,
                    const QStringList& newTerms, std::function<void()> publish);

    QListWidget* m_findings = nullptr;
    QList<PrePublishFinding> m_found;
};

} // namespace longhand
