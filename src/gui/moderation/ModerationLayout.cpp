#include "gui/moderation/ModerationLayout.h"

#include "gui/moderation/CommentQueueView.h"
#include "gui/moderation/ModerationView.h"
#include "gui/moderation/QueueFilterBar.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace longhand {

namespace {
const auto kSplitterKey = QStringLiteral("moderation/splitter");
const auto kHeaderKey = QStringLiteral("moderation/queueHeader");
const auto kFilterKey = QStringLiteral("moderation/filter");

QSplitter* splitterOf(ModerationView& view)
{
    return view.findChild<QSplitter*>(QStringLiteral("moderationSplitter"));
}
} // namespace

ModerationLayout::ModerationLayout(ModerationView& view, QSettings& settings)
    : QObject(&view)
    , m_view(view)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("moderationLayout"));
}

void ModerationLayout::attach(ModerationView& view, QSettings& settings)
{
    auto* layout = new ModerationLayout(view, settings);
    layout->restore();
    if (QSplitter* splitter = splitterOf(view)) {
        connect(splitter, &QSplitter::splitterMoved, layout, &ModerationLayout::save);
    }
    connect(view.queue()->header(), &QHeaderView::sectionResized, layout, &ModerationLayout::save);
    connect(view.filterBar(), &QueueFilterBar::filterChanged, layout, &ModerationLayout::save);
    if (QWidget* window = view.window(); window != &view) {
        window->installEventFilter(layout);
    }
}

bool ModerationLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Close) {
        save();
    }
    return QObject::eventFilter(watched, event);
}

void ModerationLayout::restore()
{
    m_restoring = true;
    if (QSplitter* splitter = splitterOf(m_view)) {
        splitter->restoreState(m_settings.value(kSplitterKey).toByteArray());
    }
    QHeaderView* header = m_view.queue()->header();
    if (const QByteArray state = m_settings.value(kHeaderKey).toByteArray(); !state.isEmpty()) {
        header->restoreState(state);
    }
    m_view.filterBar()->restoreState(m_settings.value(kFilterKey).toMap());
    m_restoring = false;
}

void ModerationLayout::save()
{
    if (m_restoring) {
        return;
    }
    if (QSplitter* splitter = splitterOf(m_view)) {
        m_settings.setValue(kSplitterKey, splitter->saveState());
    }
    m_settings.setValue(kHeaderKey, m_view.queue()->header()->saveState());
    m_settings.setValue(kFilterKey, m_view.filterBar()->state());
}

} // namespace longhand
