#pragma once

#include "core/domain/Comment.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace longhand {

class AvatarFetcher;

// Who wrote the comment and how they have fared here: name, email, URL, IP, user agent, their
// comments by email and by IP, and a badge for a first comment. The avatar is a placeholder with
// initials: fetching a Gravatar would tell a third party whom the moderator is looking at.
class CommenterCard final : public QGroupBox
{
    Q_OBJECT

public:
    explicit CommenterCard(QWidget* parent = nullptr);

    void showCommenter(const Comment& comment, const CommenterStats& stats);
    void clear();

    static QString countsText(const CommentCounts& counts);

    // The Gravatar source; avatars show only while it is enabled (Settings ▸ Moderation).
    void setAvatarFetcher(AvatarFetcher* fetcher);
    // Shows the current commenter again (after avatars were turned on or off).
    void refreshAvatar();

Q_SIGNALS:
    // "Show All Their Comments": every comment by this email (or IP) on every blog.
    void showAllRequested(const QString& emailOrIp);

private:
    void showInitials();

    AvatarFetcher* m_avatars = nullptr;
    QString m_avatarName;
    QString m_avatarEmail;
    QString m_avatarHash;
    QLabel* m_avatar;
    QLabel* m_name;
    QLabel* m_badge;
    QLabel* m_email;
    QLabel* m_url;
    QLabel* m_ip;
    QLabel* m_agent;
    QLabel* m_byEmail;
    QLabel* m_byIp;
    QLabel* m_allBlogs;
    QLabel* m_allBlogsLabel;
    QPushButton* m_showAll;
    QString m_who; // the email, else the IP, of the commenter shown
};

} // namespace longhand
