#include "gui/editor/WebPostActions.h"

#include "core/FutureUtils.h"
#include "core/library/ReviewLibrary.h"
#include "core/settings/AppSettings.h"
#include "gui/AppServices.h"
#include "gui/editor/ConvertToMarkdownDialog.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace longhand {

namespace {

constexpr int kCheckDelayMs = 400; // after the typing pauses; the check renders every block

} // namespace

WebPostActions::WebPostActions(AppServices& services, ReviewEditorWidget& editor)
    : QObject(&editor)
    , m_services(services)
    , m_editor(editor)
    , m_convert(new QAction(tr("&Convert to Markdown…"), this))
    , m_undo(new QAction(tr("Back to &HTML…"), this))
{
    m_convert->setObjectName(QStringLiteral("convertToMarkdownAction"));
    m_undo->setObjectName(QStringLiteral("undoConvertToMarkdownAction"));
    m_undo->setToolTip(
        tr("Put back the HTML this post had before it was converted to Markdown (until it is published)"));
    m_undo->setStatusTip(m_undo->toolTip());
    m_convert->setEnabled(false);
    m_undo->setEnabled(false);
    m_delay.setSingleShot(true);
    m_delay.setInterval(kCheckDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &WebPostActions::check);
    connect(m_convert, &QAction::triggered, this, &WebPostActions::convert);
    connect(m_undo, &QAction::triggered, this, &WebPostActions::undo);
    // A save that failed before the conversion: it was not made, the text is the writer's again.
    connect(&editor.session(), &ReviewSession::failed, this, [this] { setBusy(false); });
    showVerdict();
}

void WebPostActions::setBusy(bool busy)
{
    if (busy == m_busy) {
        return;
    }
    m_busy = busy;
    m_editor.editor()->setReadOnly(busy || !m_editor.session().hasReview());
}

bool WebPostActions::blockMarkup() const
{
    return BlogSettings::load(m_services.settings(), m_post.siteId).blockEditor;
}

BlockSupport WebPostActions::blockSupport() const
{
    return DetectedBlockSupport::load(m_services.settings(), m_post.siteId).support;
}

void WebPostActions::postShown(const Post& post)
{
    m_busy = false; // the editor shows a review again (and sets whether it can be edited)
    m_post = post;
    m_conversion = {};
    m_checkedText.clear();
    ++m_generation;
    m_undo->setEnabled(false);
    showVerdict();
    if (post.id == 0) {
        return;
    }
    if (post.format == SourceFormat::Html) {
        check();
    } else {
        onFinished(
            m_services.reviews().hasConvertedHtml(post.id), this, [this, id = post.id](const Result<bool>& kept) {
                m_undo->setEnabled(kept && kept.value() && id == m_post.id && m_post.format == SourceFormat::Markdown);
            });
    }
}

void WebPostActions::textChanged()
{
    if (m_post.format == SourceFormat::Html && m_post.id != 0) {
        m_delay.start();
    }
}

void WebPostActions::check()
{
    const QString text = m_editor.editor()->toPlainText();
    const bool blocks = blockMarkup();
    const BlockSupport support = blockSupport();
    const int generation = ++m_generation;
    onFinished(QtConcurrent::run([text, blocks, support] { return webpost::toMarkdown(text, blocks, support); }), this,
        [this, generation, text](const webpost::Conversion& conversion) {
            if (generation != m_generation) {
                return; // the text changed or another post opened meanwhile
            }
            m_conversion = conversion;
            m_checkedText = text;
            showVerdict();
            Q_EMIT checked();
        });
}

void WebPostActions::showVerdict()
{
    QString tip;
    const bool html = m_post.id != 0 && m_post.format == SourceFormat::Html;
    if (!html) {
        tip = tr("Only a post written on the web (HTML) can be converted to Markdown.");
    } else if (m_checkedText.isNull()) {
        tip = tr("Checking whether every block of this post has a Markdown form…");
    } else {
        switch (m_conversion.obstacle) {
        case webpost::Obstacle::None:
            tip = tr("Every block of this post has a Markdown form: convert it, after seeing both versions.");
            break;
        case webpost::Obstacle::Empty:
            tip = tr("The post is empty.");
            break;
        case webpost::Obstacle::BlocksWithoutMarkdown:
            tip = tr("Kept as HTML: these blocks have no Markdown form that gives them back unchanged: %1.")
                      .arg(m_conversion.keptAsHtml.join(QStringLiteral(", ")));
            break;
        case webpost::Obstacle::PlainHtmlBlog:
            tip = tr(
                "Kept as HTML: this blog gets reviews as plain HTML (Settings ▸ Blogs, “Publish reviews as blocks for "
                "the block editor” is off), so the Markdown would lose the post's blocks.");
            break;
        case webpost::Obstacle::BlocksRunTogether:
            tip = tr("Kept as HTML: each block has a Markdown form, but together they would read differently in "
                     "Markdown (for instance two lists becoming one).");
            break;
        }
    }
    m_convert->setEnabled(html && !m_checkedText.isNull() && m_conversion.convertible());
    m_convert->setToolTip(tip);
    m_convert->setStatusTip(tip);
}

void WebPostActions::convert()
{
    ReviewSession& session = m_editor.session();
    const QString text = m_editor.editor()->toPlainText();
    if (!session.hasReview() || m_post.format != SourceFormat::Html) {
        return;
    }
    const bool blocks = blockMarkup();
    // Checked again on this very text: the dialog shows what will be stored.
    const webpost::Conversion conversion
        = text == m_checkedText ? m_conversion : webpost::toMarkdown(text, blocks, blockSupport());
    if (!conversion.convertible()) {
        m_conversion = conversion;
        m_checkedText = text;
        showVerdict();
        return;
    }
    auto* dialog = new ConvertToMarkdownDialog(m_post.title, text, conversion, blocks, &m_editor);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = m_post.id] {
        const QString html = dialog->html();
        const QString markdown = dialog->markdown();
        // No typing until the Markdown is shown: an autosave of the HTML meanwhile would land on the Markdown post.
        setBusy(true);
        m_editor.session().saveThen([this, id, html, markdown](const Post& stored) {
            if (stored.id != id) {
                return;
            }
            onFinished(
                m_services.reviews().convertToMarkdown(id, html, markdown), this, [this, id](const Result<bool>& done) {
                    if (!done || !done.value()) {
                        setBusy(false);
                    }
                    if (!done) {
                        Q_EMIT errorOccurred(done.error().message);
                        return;
                    }
                    if (!done.value()) {
                        Q_EMIT errorOccurred(tr("The post changed while it was being converted, so it stays HTML. "
                                                "Convert it again to see the new version."));
                        return;
                    }
                    if (id == m_editor.session().reviewId()) {
                        m_editor.session().reload();
                    }
                    Q_EMIT converted(
                        tr("Converted to Markdown. Until it is published, Blog ▸ Back to HTML undoes it."));
                });
        });
    });
    dialog->open();
}

void WebPostActions::undo()
{
    ReviewSession& session = m_editor.session();
    if (!session.hasReview() || m_post.format != SourceFormat::Markdown) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Back to HTML"),
        tr("Put back the HTML “%1” had before it was converted? The Markdown, with any edit "
           "made since the conversion, is replaced.")
            .arg(m_post.title),
        QMessageBox::Cancel, &m_editor);
    box->setObjectName(QStringLiteral("undoConvertMessage"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* back = box->addButton(tr("Back to HTML"), QMessageBox::AcceptRole);
    back->setObjectName(QStringLiteral("undoConvertButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, back, id = m_post.id](QAbstractButton* clicked) {
        if (clicked != back) {
            return;
        }
        setBusy(true); // as for the conversion
        m_editor.session().saveThen([this, id](const Post& stored) {
            if (stored.id != id) {
                return;
            }
            onFinished(m_services.reviews().undoConversion(id), this, [this, id](const Result<bool>& done) {
                if (!done) {
                    setBusy(false);
                    Q_EMIT errorOccurred(done.error().message);
                    return;
                }
                if (id == m_editor.session().reviewId()) {
                    m_editor.session().reload();
                }
                Q_EMIT converted(done.value() ? tr("Back to HTML, as the post was before its conversion.")
                                              : tr("Nothing to undo: the post was published since its conversion."));
            });
        });
    });
    box->open();
}

} // namespace longhand
