#pragma once

#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class FindReplaceBar;
}

namespace longhand {

// Find and replace over the editor: Enter/F3 next, Shift+F3 previous, Esc closes; Replace All is
// one undo step.
class FindReplaceBar final : public QWidget
{
    Q_OBJECT

public:
    FindReplaceBar(QPlainTextEdit* editor, QWidget* parent = nullptr);
    ~FindReplaceBar() override;

public Q_SLOTS:
    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    void replaceCurrent();
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool find(bool backward);
    void setStatus(const QString& text);

    std::unique_ptr<Ui::FindReplaceBar> m_ui;
    QPlainTextEdit* m_editor;
};

} // namespace longhand
