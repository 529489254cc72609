#pragma once

#include <QWidget>

#include <functional>

class QProgressBar;
class QToolButton;

namespace longhand {

// A progress bar with a Cancel button for one long piece of work (an export), shown in the status bar
// while it runs.
class TaskProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgress(const QString& objectNamePrefix, QWidget* parent = nullptr);

    // Shows the bar busy with text; Cancel calls onCancel once.
    void start(const QString& text, std::function<void()> onCancel);
    void setProgress(int done, int total, const QString& text);
    void finish();
    bool isRunning() const { return m_running; }

private:
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    std::function<void()> m_onCancel;
    bool m_running = false;
};

} // namespace longhand
