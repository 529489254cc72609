#include "gui/drafts/DraftsSidebar.h"

#include "core/FutureUtils.h"
#include "core/library/ReviewLibrary.h"
#include "gui/drafts/DraftListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace longhand {

DraftsSidebar::DraftsSidebar(ReviewLibrary& reviews, QWidget* parent)
    : QWidget(parent)
    , m_reviews(reviews)
    , m_model(new DraftListModel(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_showTrash(new QCheckBox(tr("Show t&rash"), this))
    , m_list(new QListView(this))
    , m_emptyHint(new QLabel(this))
    , m_newButton(new QPushButton(tr("New"), this))
    , m_duplicateButton(new QPushButton(tr("Duplicate"), this))
    , m_trashButton(new QPushButton(tr("Delete"), this))
    , m_restoreButton(new QPushButton(tr("Restore"), this))
    , m_deleteButton(new QPushButton(tr("Delete for good"), this))
    , m_searchDelay(new QTimer(this))
    , m_passAction(new QAction(tr("Work Through &Unreplied Comments"), this))
{
    setObjectName(QStringLiteral("draftsSidebar"));
    m_search->setObjectName(QStringLiteral("draftSearch"));
    m_search->setPlaceholderText(tr("Search title and text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search reviews"));
    m_search->setToolTip(tr("Search the titles and texts of your reviews"));
    m_statusFilter->setObjectName(QStringLiteral("draftStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->setToolTip(tr("List only the reviews with this status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const PostStatus status :
        { PostStatus::Draft, PostStatus::Pending, PostStatus::Private, PostStatus::Publish, PostStatus::Future }) {
        m_statusFilter->addItem(DraftListModel::statusLabel(status), postStatusToString(status));
    }
    m_typeFilter->setObjectName(QStringLiteral("sidebarTypeFilter"));
    m_typeFilter->setAccessibleName(tr("Filter by type"));
    m_typeFilter->setToolTip(tr("List posts, pages or both"));
    m_typeFilter->addItem(tr("Posts and pages"), QString());
    m_typeFilter->addItem(tr("Posts"), postTypeToString(PostType::Post));
    m_typeFilter->addItem(tr("Pages"), postTypeToString(PostType::Page));
    m_showTrash->setObjectName(QStringLiteral("showTrash"));
    m_list->setObjectName(QStringLiteral("draftList"));
    m_list->setAccessibleName(tr("Reviews"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_passAction->setObjectName(QStringLiteral("actionWorkThroughReview"));
    m_passAction->setToolTip(tr("Every unreplied comment on this review, oldest first, with the review beside it"));
    connect(m_passAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedReview(); id != 0) {
            Q_EMIT unrepliedPassRequested(id);
        }
    });
    m_list->addAction(m_passAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_emptyHint->setObjectName(QStringLiteral("draftEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_newButton->setObjectName(QStringLiteral("newReviewButton"));
    m_newButton->setToolTip(tr("Start a new review (Ctrl+N)"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateReviewButton"));
    m_duplicateButton->setToolTip(tr("Make a copy of the selected review"));
    m_trashButton->setObjectName(QStringLiteral("trashReviewButton"));
    m_trashButton->setToolTip(tr("Move the selected review to the trash; it can be restored"));
    m_restoreButton->setObjectName(QStringLiteral("restoreReviewButton"));
    m_restoreButton->setToolTip(tr("Bring the selected review back from the trash"));
    m_deleteButton->setObjectName(QStringLiteral("deleteReviewForeverButton"));
    m_deleteButton->setToolTip(tr("Delete the selected review for good"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_typeFilter, 1);
    filters->addWidget(m_showTrash);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_newButton, m_duplicateButton, m_trashButton, m_restoreButton, m_deleteButton }) {
        buttons->addWidget(button);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyHint);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DraftsSidebar::refresh);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &DraftsSidebar::refresh);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &DraftsSidebar::refresh);
    connect(m_showTrash, &QCheckBox::toggled, this, &DraftsSidebar::refresh);
    connect(&m_reviews, &ReviewLibrary::reviewsChanged, this, &DraftsSidebar::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &DraftsSidebar::newReviewRequested);
    connect(m_duplicateButton, &QPushButton::clicked, this, &DraftsSidebar::duplicateSelected);
    connect(m_trashButton, &QPushButton::clicked, this, &DraftsSidebar::trashSelected);
    connect(m_restoreButton, &QPushButton::clicked, this, &DraftsSidebar::restoreSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &DraftsSidebar::deleteSelectedForever);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        if (!m_showTrash->isChecked()) {
            Q_EMIT reviewActivated(m_model->idAt(index.row()));
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        updateButtons();
        const qint64 id = m_model->idAt(index.row());
        if (id != 0 && id != m_current && !m_showTrash->isChecked()) {
            Q_EMIT reviewActivated(id);
        }
    });
    updateButtons();
    refresh();
}

void DraftsSidebar::setCurrentReview(qint64 id)
{
    m_current = id;
    const int row = m_model->rowOf(id);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        m_list->setCurrentIndex(m_model->index(row));
    }
}

qint64 DraftsSidebar::selectedReview() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void DraftsSidebar::refresh()
{
    PostFilter filter;
    filter.search = m_search->text();
    filter.trashed = m_showTrash->isChecked();
    if (const QString status = m_statusFilter->currentData().toString(); !status.isEmpty()) {
        filter.status = postStatusFromString(status);
    }
    if (const QString type = m_typeFilter->currentData().toString(); !type.isEmpty()) {
        filter.type = postTypeFromString(type);
    }
    const int generation = ++m_generation;
    onFinished(m_reviews.list(filter), this,
        [this, generation, trashed = filter.trashed](const Result<QList<PostSummary>>& rows) {
            if (generation != m_generation) {
                return; // a newer request is on its way
            }
            if (!rows) {
                Q_EMIT errorOccurred(rows.error().message);
                return;
            }
            m_model->setSummaries(rows.value());
            if (!trashed) {
                const int row = m_model->rowOf(m_current);
                if (row >= 0) {
                    QSignalBlocker block(m_list->selectionModel());
                    m_list->setCurrentIndex(m_model->index(row));
                }
            }
            const bool filtered = !m_search->text().isEmpty() || m_statusFilter->currentIndex() > 0 || m_typeFilter->currentIndex() > 0;
            m_emptyHint->setText(m_model->rowCount() > 0 ? QString()
                    : trashed                            ? tr("The trash is empty.")
                    : filtered                           ? tr("No review matches.")
                                                         : tr("No reviews yet. Press Ctrl+N to start one."));
            m_emptyHint->setVisible(m_model->rowCount() == 0);
            updateButtons();
        });
}

void DraftsSidebar::duplicateSelected()
{
    const qint64 id = selectedReview();
    if (id == 0) {
        return;
    }
    onFinished(m_reviews.duplicate(id), this, [this](const Result<qint64>& copy) {
        if (!copy) {
            Q_EMIT errorOccurred(copy.error().message);
            return;
        }
        Q_EMIT reviewActivated(copy.value());
    });
}

void DraftsSidebar::trashSelected()
{
    const qint64 id = m_showTrash->isChecked() ? 0 : selectedReview();
    if (id == 0) {
        return;
    }
    onFinished(m_reviews.moveToTrash(id), this, [this, id](const Status& done) {
        if (!done) {
            Q_EMIT errorOccurred(done.error().message);
            return;
        }
        Q_EMIT reviewTrashed(id);
    });
}

void DraftsSidebar::restoreSelected()
{
    const qint64 id = m_showTrash->isChecked() ? selectedReview() : 0;
    if (id == 0) {
        return;
    }
    onFinished(m_reviews.restoreFromTrash(id), this, [this](const Status& done) {
        if (!done) {
            Q_EMIT errorOccurred(done.error().message);
        }
    });
}

void DraftsSidebar::deleteSelectedForever()
{
    const qint64 id = m_showTrash->isChecked() ? selectedReview() : 0;
    if (id == 0) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete for good"),
        tr("Delete this review for good? This cannot be undone."), QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteForever"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete for Good"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            return;
        }
        onFinished(m_reviews.deleteForever(id), this, [this](const Status& done) {
            if (!done) {
                Q_EMIT errorOccurred(done.error().message);
            }
        });
    });
    box->open(); // no nested event loop
}

void DraftsSidebar::updateButtons()
{
    const bool trash = m_showTrash->isChecked();
    const bool selected = selectedReview() != 0;
    m_newButton->setVisible(!trash);
    m_duplicateButton->setVisible(!trash);
    m_trashButton->setVisible(!trash);
    m_restoreButton->setVisible(trash);
    m_deleteButton->setVisible(trash);
    m_duplicateButton->setEnabled(selected);
    m_trashButton->setEnabled(selected);
    m_restoreButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_passAction->setEnabled(
        !trash && selected && m_list->currentIndex().data(DraftListModel::OnBlogRole).toBool());
}

} // namespace longhand
