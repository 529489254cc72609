#include "gui/status/TaskProgress.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace longhand {

TaskProgress::TaskProgress(const QString& objectNamePrefix, QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(objectNamePrefix + QStringLiteral("Task"));
    m_bar->setObjectName(objectNamePrefix + QStringLiteral("Progress"));
    m_bar->setMaximumWidth(260);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(objectNamePrefix + QStringLiteral("CancelButton"));
    m_cancel->setText(tr("Cancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_bar->setFormat(tr("Cancelling…"));
        if (auto cancel = std::exchange(m_onCancel, nullptr)) {
            cancel();
        }
    });
    hide();
}

void TaskProgress::start(const QString& text, std::function<void()> onCancel)
{
    m_running = true;
    m_onCancel = std::move(onCancel);
    m_bar->setRange(0, 0);
    m_bar->setFormat(text);
    m_bar->setAccessibleName(text);
    m_cancel->setEnabled(true);
    show();
}

void TaskProgress::setProgress(int done, int total, const QString& text)
{
    if (!m_running) {
        return;
    }
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    if (m_cancel->isEnabled()) {
        m_bar->setFormat(text);
    }
}

void TaskProgress::finish()
{
    m_running = false;
    m_onCancel = nullptr;
    hide();
}

} // namespace longhand
