#include "gui/editor/PrePublishDialog.h"

#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/MetadataPanel.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/drafts/DraftListModel.h"
#include "core/FutureUtils.h"
#include "core/library/ReviewLibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace longhand {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // titles and terms may come from the web
    label->setWordWrap(true);
    return label;
}

// Back to where a finding is fixed: its field, or the text with its subject selected.
void showWhereToFix(ReviewEditorWidget& editor, const PrePublishFinding& finding)
{
    using Where = PrePublishFinding::Where;
    const char* field = finding.where == Where::Title     ? "titleEdit"
                        : finding.where == Where::Slug    ? "slugEdit"
                        : finding.where == Where::Excerpt ? "excerptEdit"
                        : finding.where == Where::Tags    ? "tagsEdit"
                        : finding.where == Where::Categories ? "categoriesEdit"
                                                          : nullptr;
    if (field) {
        if (QWidget* widget = editor.findChild<QWidget*>(QString::fromLatin1(field))) {
            widget->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (auto* text = editor.findChild<MarkdownEditor*>(QStringLiteral("markdownEditor"))) {
        text->moveCursor(QTextCursor::Start);
        text->find(finding.subject);
        text->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace

PrePublishDialog::PrePublishDialog(const Post& post, const QString& blogName, const QList<PrePublishFinding>& findings,
                                   const QStringList& newTerms, QWidget* parent)
    : QDialog(parent)
    , m_found(findings)
{
    setObjectName(QStringLiteral("prePublishDialog"));
    setWindowTitle(tr("Before Publishing"));
    auto* summary = new QFormLayout;
    const QString none = tr("None");
    QString status = DraftListModel::statusLabel(post.status);
    if (post.scheduledAt.isValid()) {
        status += QStringLiteral(", ") + QLocale().toString(post.scheduledAt.toLocalTime(), QLocale::ShortFormat);
    }
    summary->addRow(tr("Title:"), plainLabel(post.title, this));
    summary->addRow(tr("Slug:"), plainLabel(post.slug.isEmpty() ? none : post.slug, this));
    summary->addRow(tr("Status:"), plainLabel(status, this));
    summary->addRow(tr("Blog:"), plainLabel(blogName.isEmpty() ? none : blogName, this));
    const auto terms = [&](const QStringList& names) {
        QStringList shown;
        for (const QString& name : names) {
            shown.append(newTerms.contains(name.trimmed()) ? tr("%1 (new)").arg(name.trimmed()) : name.trimmed());
        }
        return shown.isEmpty() ? none : shown.join(QStringLiteral(", "));
    };
    QLabel* categories = plainLabel(terms(post.categories), this);
    categories->setObjectName(QStringLiteral("prePublishCategories"));
    summary->addRow(tr("Categories:"), categories);
    QLabel* tags = plainLabel(terms(post.tags), this);
    tags->setObjectName(QStringLiteral("prePublishTags"));
    summary->addRow(tr("Tags:"), tags);
    summary->addRow(tr("Featured image:"),
                    plainLabel(post.featuredImage.isEmpty() ? (post.featuredMediaId > 0 ? tr("Set on the blog") : none)
                                                            : QFileInfo(post.featuredImage).fileName(),
                               this));

    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("prePublishFindings"));
    m_findings->setWordWrap(true);
    for (const PrePublishFinding& finding : findings) {
        auto* item = new QListWidgetItem(finding.message, m_findings);
        item->setToolTip(tr("Double-click or press Enter to go where this is fixed"));
    }
    m_findings->setCurrentRow(0);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_findings->row(item);
        if (row >= 0 && row < m_found.size()) {
            Q_EMIT fixRequested(m_found.at(row));
            reject();
        }
    });

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* back = buttons->addButton(tr("Go &Back"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("prePublishBack"));
    QPushButton* go = buttons->addButton(tr("&Publish Anyway"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("prePublishConfirm"));
    back->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT publishConfirmed();
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(summary);
    layout->addWidget(plainLabel(tr("Worth a look before this review goes out:"), this));
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

void PrePublishDialog::checkThenPublish(ReviewEditorWidget& editor, ReviewLibrary& reviews, const Post& stored,
                                        bool checkOn, std::function<void()> publish)
{
    if (stored.remoteId != 0 || stored.publicationQueued || !checkOn) {
        publish(); // only before the first publication, and only where the writer wants it
        return;
    }
    if (stored.siteId == 0) {
        ask(editor, stored, PrePublishCheck::run(stored), {}, std::move(publish)); // which blog's terms: not known yet
        return;
    }
    onFinished(reviews.blogTerms(stored.siteId), &editor,
               [editor = &editor, stored, publish = std::move(publish)](const Result<std::pair<QStringList, QStringList>>& terms) {
                   QList<PrePublishFinding> findings = PrePublishCheck::run(stored);
                   QStringList newTerms;
                   if (terms) {
                       findings += PrePublishCheck::newTerms(stored, terms->first, terms->second);
                       newTerms = PrePublishCheck::missingFrom(stored.categories, terms->first)
                                  + PrePublishCheck::missingFrom(stored.tags, terms->second);
                   }
                   ask(*editor, stored, findings, newTerms, publish);
               });
}

void PrePublishDialog::ask(ReviewEditorWidget& editor, const Post& post, const QList<PrePublishFinding>& findings,
                           const QStringList& newTerms, std::function<void()> publish)
{
    if (findings.isEmpty()) {
        publish();
        return;
    }
    const auto* blog = editor.findChild<QComboBox*>(QStringLiteral("blogCombo"));
    auto* dialog = new PrePublishDialog(post, blog ? blog->currentText() : QString(), findings, newTerms, editor.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto* go = dialog->findChild<QPushButton*>(QStringLiteral("prePublishConfirm"))) {
        go->setText(editor.metadata()->publishActionText()); // what goes on: Publish, Schedule, Save Draft to Blog…
    }
    connect(dialog, &PrePublishDialog::publishConfirmed, &editor, std::move(publish));
    connect(dialog, &PrePublishDialog::fixRequested, &editor, [editor = &editor](const PrePublishFinding& finding) {
        // After the dialog has gone: closing it gives the focus back to where it was.
        QTimer::singleShot(0, editor, [editor, finding] {
            editor->window()->activateWindow();
            showWhereToFix(*editor, finding);
        });
    });
    dialog->open();
}

} // namespace longhand
