#include "gui/moderation/QueueFilterBar.h"
#include "core/accounts/SiteIdentity.h"
#include "gui/SafeText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

#include <utility>

namespace longhand {

namespace {
constexpr int kAllStatuses = -1;
}

QueueFilterBar::QueueFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_post(new QComboBox(this))
    , m_unreplied(new QToolButton(this))
    , m_mine(new QToolButton(this))
    , m_type(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_commenter(new QToolButton(this))
{
    setObjectName(QStringLiteral("queueFilterBar"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Which comments to list"));
    for (const CommentStatus status :
        { CommentStatus::Hold, CommentStatus::Approved, CommentStatus::Spam, CommentStatus::Trash }) {
        m_status->addItem(commentStatusLabel(status), int(status));
    }
    m_status->addItem(tr("All"), kAllStatuses);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_status, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterChanged);

    m_site->setObjectName(QStringLiteral("siteFilter"));
    m_site->setAccessibleName(tr("Blog"));
    m_site->setToolTip(tr("Comments of one blog or of all"));
    m_site->addItem(tr("All blogs"), qint64(0));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->hide(); // only with several blogs
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker blocker(m_post);
        m_post->setCurrentIndex(0); // a post belongs to one blog
        Q_EMIT filterChanged();
    });

    m_post->setObjectName(QStringLiteral("postFilter"));
    m_post->setAccessibleName(tr("Post"));
    m_post->setToolTip(tr("Comments on one post (O: only the current comment's post)"));
    m_post->addItem(tr("All posts"));
    m_post->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_post->setMaximumWidth(320);
    connect(m_post, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterChanged);

    const auto toggle = [this](QToolButton* button, const char* name, const QString& text, const QString& toolTip) {
        button->setObjectName(QString::fromLatin1(name));
        button->setText(text);
        button->setAccessibleName(text);
        button->setToolTip(toolTip);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::toggled, this, &QueueFilterBar::filterChanged);
    };
    toggle(m_unreplied, "unrepliedFilter", tr("Unreplied"),
           tr("Only comments no user of the blog has answered yet (N)"));
    toggle(m_mine, "mineFilter", tr("Mine"), tr("Only comments on your own posts (M)"));

    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Comment type"));
    m_type->setToolTip(tr("Comments, pingbacks or trackbacks (Y)"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Comments"), QStringLiteral("comment"));
    m_type->addItem(tr("Pingbacks"), QStringLiteral("pingback"));
    m_type->addItem(tr("Trackbacks"), QStringLiteral("trackback"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_type, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterChanged);

    m_search->setObjectName(QStringLiteral("commentSearch"));
    m_search->setAccessibleName(tr("Search comments"));
    m_search->setToolTip(tr("Search the comments' text, author, email, URL and IP (/)"));
    m_search->setPlaceholderText(tr("Search text, author, email, URL or IP  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->installEventFilter(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &QueueFilterBar::filterChanged);

    m_commenter->setObjectName(QStringLiteral("commenterFilter"));
    m_commenter->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_commenter->setToolTip(tr("Only this commenter's comments, on every blog; click to list everyone's again"));
    m_commenter->hide();
    connect(m_commenter, &QToolButton::clicked, this, [this] {
        m_commenterKey.clear();
        m_commenter->hide();
        Q_EMIT filterChanged();
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_site);
    layout->addWidget(m_post);
    layout->addWidget(m_unreplied);
    layout->addWidget(m_mine);
    layout->addWidget(m_type);
    layout->addWidget(m_commenter);
    layout->addStretch(1);
    layout->addWidget(m_search, 2);
}

CommentFilter QueueFilterBar::filter(bool newestFirst) const
{
    CommentFilter filter;
    if (const int status = m_status->currentData().toInt(); status != kAllStatuses) {
        filter.status = CommentStatus(status);
    }
    if (const qint64 site = m_site->currentData().toLongLong(); site != 0) {
        filter.siteId = site;
    }
    if (const QVariantList post = m_post->currentData().toList(); post.size() == 2) {
        filter.siteId = post.at(0).toLongLong();
        filter.postRemoteId = post.at(1).toLongLong();
    }
    filter.search = m_search->text().trimmed();
    filter.unreplied = m_unreplied->isChecked();
    filter.mine = m_mine->isChecked();
    filter.type = m_type->currentData().toString();
    filter.commenter = m_commenterKey;
    filter.newestFirst = newestFirst;
    return filter;
}

void QueueFilterBar::setCounts(const CommentCounts& counts)
{
    const auto label = [](CommentStatus status, int n) { return tr("%1 (%2)").arg(commentStatusLabel(status)).arg(n); };
    m_status->setItemText(0, label(CommentStatus::Hold, counts.hold));
    m_status->setItemText(1, label(CommentStatus::Approved, counts.approved));
    m_status->setItemText(2, label(CommentStatus::Spam, counts.spam));
    m_status->setItemText(3, label(CommentStatus::Trash, counts.trash));
    m_status->setItemText(4, tr("All (%1)").arg(counts.total()));
}

void QueueFilterBar::setSites(const QList<Site>& sites)
{
    const qint64 selected = m_site->currentData().toLongLong();
    bool changed = false;
    {
        const QSignalBlocker blocker(m_site);
        while (m_site->count() > 1) {
            m_site->removeItem(1);
        }
        for (const Site& site : sites) {
            m_site->addItem(SiteIdentity::displayName(site, sites), site.id); // two blogs of one name: with the host
        }
        const qint64 wanted = std::exchange(m_wantedSite, 0);
        const int remembered = wanted != 0 ? m_site->findData(wanted) : -1;
        m_site->setCurrentIndex(remembered >= 0 ? remembered : std::max(0, m_site->findData(selected)));
        if (remembered >= 0 && wanted != selected) {
            changed = true;
        }
    }
    m_site->setVisible(sites.size() > 1);
    if (changed || (selected != 0 && m_site->currentIndex() == 0)) {
        Q_EMIT filterChanged(); // the remembered blog is listed now, or the blog shown was removed
    }
}

void QueueFilterBar::showOnlyPost(qint64 siteId, qint64 postRemoteId, const QString& title)
{
    const QVariantList key { siteId, postRemoteId };
    int index = m_post->findData(key);
    if (index < 0) {
        m_post->addItem(title, key);
        index = m_post->count() - 1;
        m_post->setItemData(index, SafeText::toolTip(title), Qt::ToolTipRole);
    }
    m_post->setCurrentIndex(index);
}

void QueueFilterBar::showAllPosts()
{
    m_post->setCurrentIndex(0);
}

bool QueueFilterBar::isPostFiltered() const
{
    return m_post->currentIndex() > 0;
}

bool QueueFilterBar::isSearching() const
{
    return !m_search->text().trimmed().isEmpty();
}

void QueueFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueFilterBar::toggleUnreplied()
{
    m_unreplied->toggle();
}

void QueueFilterBar::toggleMine()
{
    m_mine->toggle();
}

void QueueFilterBar::nextType()
{
    m_type->setCurrentIndex((m_type->currentIndex() + 1) % m_type->count());
}

QVariantMap QueueFilterBar::state() const
{
    QVariantMap state;
    state.insert(QStringLiteral("status"), m_status->currentData());
    state.insert(QStringLiteral("site"), m_wantedSite != 0 ? m_wantedSite : m_site->currentData().toLongLong());
    if (isPostFiltered()) {
        state.insert(QStringLiteral("post"), m_post->currentData());
        state.insert(QStringLiteral("postTitle"), m_post->currentText());
    }
    state.insert(QStringLiteral("search"), m_search->text());
    state.insert(QStringLiteral("unreplied"), m_unreplied->isChecked());
    state.insert(QStringLiteral("mine"), m_mine->isChecked());
    state.insert(QStringLiteral("type"), m_type->currentData());
    return state;
}

void QueueFilterBar::restoreState(const QVariantMap& state)
{
    m_commenterKey.clear(); // a remembered state never names one commenter
    m_commenter->hide();
    {
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockSite(m_site);
        const QSignalBlocker blockPost(m_post);
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockUnreplied(m_unreplied);
        const QSignalBlocker blockMine(m_mine);
        const QSignalBlocker blockType(m_type);
        m_unreplied->setChecked(state.value(QStringLiteral("unreplied")).toBool());
        m_mine->setChecked(state.value(QStringLiteral("mine")).toBool());
        m_type->setCurrentIndex(std::max(0, m_type->findData(state.value(QStringLiteral("type")).toString())));
        if (const int status = m_status->findData(state.value(QStringLiteral("status"))); status >= 0) {
            m_status->setCurrentIndex(status);
        }
        const qint64 site = state.value(QStringLiteral("site")).toLongLong();
        if (const int index = m_site->findData(site); index >= 0) {
            m_site->setCurrentIndex(index);
        } else {
            m_wantedSite = site;
        }
        const QVariantList post = state.value(QStringLiteral("post")).toList();
        if (post.size() == 2) {
            showOnlyPost(post.at(0).toLongLong(), post.at(1).toLongLong(),
                state.value(QStringLiteral("postTitle")).toString());
        } else {
            m_post->setCurrentIndex(0);
        }
        m_search->setText(state.value(QStringLiteral("search")).toString());
    }
    m_searchDelay->stop();
    Q_EMIT filterChanged();
}

bool QueueFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Down:
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            Q_EMIT filterChanged();
        }
        Q_EMIT leaveRequested();
        return true;
    case Qt::Key_Escape:
        if (!m_search->text().isEmpty()) {
            m_search->clear(); // searches again after the pause
        } else {
            Q_EMIT leaveRequested();
        }
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void QueueFilterBar::showEverything()
{
    restoreState(QVariantMap {{QStringLiteral("status"), kAllStatuses}, {QStringLiteral("site"), qint64(0)}});
}

void QueueFilterBar::showCommenter(const QString& emailOrIp)
{
    {
        const QSignalBlocker block(this); // one filterChanged, below
        showEverything();
    }
    m_commenterKey = emailOrIp;
    QString shown = emailOrIp;
    m_commenter->setText(tr("Only %1 \u2715").arg(shown.replace(QLatin1Char('&'), QLatin1String("&&")))); // no mnemonic from it
    m_commenter->show();
    Q_EMIT filterChanged();
}

} // namespace longhand
