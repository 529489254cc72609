#pragma once

#include "core/domain/Comment.h"

#include <QGroupBox>

class QLabel;

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
};

} // namespace longhand
