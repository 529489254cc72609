#pragma once

#include "core/settings/AppSettings.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace longhand {

// Settings ▸ Moderation ▸ Canned replies: saved answers for the reply box, added, renamed (the name
// field), edited and deleted here; their order is the number Alt+1…9 inserts in a reply.
class CannedRepliesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CannedRepliesEditor(QWidget* parent = nullptr);

    void setReplies(const QList<CannedReply>& replies);
    // Without the ones left empty.
    QList<CannedReply> replies() const;

public Q_SLOTS:
    void addReply();
    void removeReply();

private:
    void showCurrent();
    void storeCurrent();
    QString listLabel(int row) const;

    QListWidget* m_list;
    QLineEdit* m_name;
    QPlainTextEdit* m_text;
    QPushButton* m_add;
    QPushButton* m_remove;
    QList<CannedReply> m_replies;
    int m_shown = -1;
};

} // namespace longhand
