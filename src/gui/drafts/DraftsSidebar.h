#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace longhand {

class DraftListModel;
class ReviewLibrary;

// Every local review: search over title and text, a status filter, a posts / pages filter, newest change first; new,
// duplicate, move to the trash, and a trash view to restore from or empty.
class DraftsSidebar final : public QWidget
{
    Q_OBJECT

public:
    DraftsSidebar(ReviewLibrary& reviews, QWidget* parent = nullptr);

    void setCurrentReview(qint64 id);
    qint64 selectedReview() const;
    DraftListModel* model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    void duplicateSelected();
    void trashSelected();
    void restoreSelected();
    void deleteSelectedForever();

Q_SIGNALS:
    void reviewActivated(qint64 id);
    void newReviewRequested();
    void reviewTrashed(qint64 id);
    // "Work Through Unreplied Comments" on a review the blog has (the list's context menu).
    void unrepliedPassRequested(qint64 id);
    void errorOccurred(const QString& message);

private:
    void updateButtons();

    ReviewLibrary& m_reviews;
    DraftListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_typeFilter; // posts and pages, posts, pages (issue 15 item 1)
    QCheckBox* m_showTrash;
    QListView* m_list;
    QLabel* m_emptyHint;
    QPushButton* m_newButton;
    QPushButton* m_duplicateButton;
    QPushButton* m_trashButton;
    QPushButton* m_restoreButton;
    QPushButton* m_deleteButton;
    QTimer* m_searchDelay;
    QAction* m_passAction;
    qint64 m_current = 0;
    int m_generation = 0; // drops answers to superseded list requests
};

} // namespace longhand
