#pragma once

#include "core/domain/Comment.h"

#include <QGroupBox>

class QLabel;

namespace longhand {

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

private:
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
