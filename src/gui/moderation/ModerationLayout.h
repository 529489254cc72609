#pragma once

#include <QObject>

class QSettings;

namespace longhand {

class ModerationView;

// Remembers the Comments page between runs in the profile's settings: the splitter between queue
// and detail, the queue's column widths, and the filter (status, blog, post, search). Restored
// when attached, saved whenever one of them changes (QSettings writes lazily; the window flushes
// it on quit).
class ModerationLayout final : public QObject
{
    Q_OBJECT

public:
    // Restores at once. The settings must outlive the view.
    static void attach(ModerationView& view, QSettings& settings);

    void save();

protected:
    // Saves when the window closes (a splitter set in code sends no splitterMoved).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ModerationLayout(ModerationView& view, QSettings& settings);
    void restore();

    ModerationView& m_view;
    QSettings& m_settings;
    bool m_restoring = false;
};

} // namespace longhand
