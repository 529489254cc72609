#include "gui/preview/PreviewRenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace longhand {

PreviewRenderer::PreviewRenderer(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<RenderResult>::finished, this, &PreviewRenderer::finished);
}

PreviewRenderer::~PreviewRenderer()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished(); // the task owns its copy of the text; this only waits out the CPU work
}

void PreviewRenderer::setSource(std::function<QString()> text, std::function<RenderOptions()> options)
{
    m_text = std::move(text);
    m_options = std::move(options);
}

void PreviewRenderer::requestRender()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    start();
}

void PreviewRenderer::start()
{
    if (!m_text) {
        return;
    }
    m_again = false;
    m_inFlight = true;
    ++m_started;
    m_watcher.setFuture(QtConcurrent::run(&MarkdownRenderer::render, m_text(), m_options ? m_options() : RenderOptions {}));
}

void PreviewRenderer::finished()
{
    m_inFlight = false;
    const RenderResult result = m_watcher.result();
    if (m_again) {
        start(); // the text changed while rendering: one more, with the latest text
    }
    Q_EMIT rendered(result);
}

} // namespace longhand
