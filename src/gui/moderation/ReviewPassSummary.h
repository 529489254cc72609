#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace longhand {

// What a review pass did: how many comments were answered, approved, marked as spam, trashed, skipped or
// not reached, and which of its actions still wait in the outbox to be sent. Closing it (Back to the Queue,
// Escape) returns to the queue as it was before the pass.
class ReviewPassSummary final : public QDialog
{
    Q_OBJECT

public:
    struct Counts
    {
        int replied = 0;
        int approved = 0;
        int spammed = 0;
        int trashed = 0;
        int skipped = 0;
        int notReached = 0;
    };

    ReviewPassSummary(const QString& postTitle, const Counts& counts, QWidget* parent = nullptr);

    // The pass's actions not sent yet, one line each (filled in once the outbox has been read).
    void setWaiting(const QStringList& actions);
    QStringList waiting() const;

private:
    QListWidget* m_waiting;
    QLabel* m_waitingLabel;
};

} // namespace longhand
