#pragma once

#include "core/markdown/MarkdownRenderer.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace longhand {

// Renders the preview off the GUI thread, coalesced: however fast the writer types there is at
// most one render in flight and one queued after it, and that one takes the latest text.
class PreviewRenderer final : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderer(QObject* parent = nullptr);
    ~PreviewRenderer() override;

    // Read on the GUI thread when a render starts, never per keystroke.
    void setSource(std::function<QString()> text, std::function<RenderOptions()> options);

    int rendersStarted() const { return m_started; }
    bool isBusy() const { return m_inFlight; }

public Q_SLOTS:
    void requestRender();

Q_SIGNALS:
    void rendered(const longhand::RenderResult& result);

private:
    void start();
    void finished();

    std::function<QString()> m_text;
    std::function<RenderOptions()> m_options;
    QFutureWatcher<RenderResult> m_watcher;
    bool m_again = false;
    bool m_inFlight = false; // our own flag: the watcher reports "not running" before finished() is delivered
    int m_started = 0;
};

} // namespace longhand
