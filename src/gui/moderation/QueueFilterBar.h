#pragma once

#include "core/domain/Comment.h"
#include "core/domain/Site.h"

#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;
class QTimer;
class QToolButton;

namespace longhand {

// The queue's filters: status (with counts), blog (only shown with several), post ("All posts" or
// posts picked with "Only this post"), Unreplied, Mine, comment type, and a search over text, author,
// email, URL and IP that waits for a pause in typing.
class QueueFilterBar final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;

    explicit QueueFilterBar(QWidget* parent = nullptr);

    CommentFilter filter(bool newestFirst) const;
    void setCounts(const CommentCounts& counts);
    void setSites(const QList<Site>& sites);
    // Lists only this post's comments (adding it to the post list).
    void showOnlyPost(qint64 siteId, qint64 postRemoteId, const QString& title);
    void showAllPosts();
    bool isPostFiltered() const;
    bool isSearching() const;
    void focusSearch();
    void toggleUnreplied();
    void toggleMine();
    // Every type, comments, pingbacks, trackbacks, in turn.
    void nextType();
    // What the bar shows, to be remembered between runs (status, blog, post, search text).
    QVariantMap state() const;
    // Shows a remembered state and reports one filterChanged. A blog not listed yet is selected
    // when setSites() lists it.
    void restoreState(const QVariantMap& state);
    // Every status, every blog and post, no search (to find one comment wherever it is); reports filterChanged.
    void showEverything();
    // Every comment by this email (or IP) on every blog, whatever its status; a button in the bar undoes it.
    void showCommenter(const QString& emailOrIp);
    QString commenter() const { return m_commenterKey; }

Q_SIGNALS:
    void filterChanged();
    // Enter, Down or Esc in the search box: back to the list.
    void leaveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QComboBox* m_status;
    QComboBox* m_site;
    QComboBox* m_post;
    QToolButton* m_unreplied;
    QToolButton* m_mine;
    QComboBox* m_type;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QToolButton* m_commenter;
    QString m_commenterKey;
    qint64 m_wantedSite = 0;
};

} // namespace longhand
