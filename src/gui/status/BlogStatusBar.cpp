#include "gui/status/BlogStatusBar.h"

#include "core/FutureUtils.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/SiteIdentity.h"
#include "core/storage/StorageExecutor.h"
#include "gui/accounts/SyncController.h"
#include "gui/SafeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolButton>

namespace longhand {

namespace {

QString stateText(BlogStatusBar::State state)
{
    switch (state) {
    case BlogStatusBar::State::Online:
        return BlogStatusBar::tr("online");
    case BlogStatusBar::State::Offline:
        return BlogStatusBar::tr("offline");
    case BlogStatusBar::State::SignedOut:
        return BlogStatusBar::tr("signed out");
    case BlogStatusBar::State::Failed:
        return BlogStatusBar::tr("error");
    case BlogStatusBar::State::Unknown:
        break;
    }
    return BlogStatusBar::tr("not checked since Longhand started");
}

// A coloured dot reads at a glance; the word says the same for those who cannot tell the colours.
QString stateColour(BlogStatusBar::State state)
{
    switch (state) {
    case BlogStatusBar::State::Online:
        return QStringLiteral("#2e7d32");
    case BlogStatusBar::State::Offline:
        return QStringLiteral("#9e9e9e");
    case BlogStatusBar::State::SignedOut:
        return QStringLiteral("#ef6c00");
    case BlogStatusBar::State::Failed:
        return QStringLiteral("#c62828");
    case BlogStatusBar::State::Unknown:
        break;
    }
    return QStringLiteral("#bdbdbd");
}

} // namespace

BlogStatusBar::BlogStatusBar(AccountService& accounts, StorageExecutor& storage, SyncController& sync,
                             std::shared_ptr<Clock> clock, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_storage(storage)
    , m_clock(std::move(clock))
    , m_blogs(new QHBoxLayout)
    , m_outbox(new QToolButton(this))
    , m_lastSync(new QLabel(this))
{
    setObjectName(QStringLiteral("blogStatusBar"));
    m_outbox->setObjectName(QStringLiteral("outboxButton"));
    m_outbox->setAutoRaise(true);
    m_outbox->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_outbox->hide();
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_blogs->setSpacing(10);
    layout->addLayout(m_blogs);
    layout->addWidget(m_outbox);
    layout->addWidget(m_lastSync);

    connect(m_outbox, &QToolButton::clicked, this, &BlogStatusBar::outboxClicked);
    connect(&sync, &SyncController::siteSynced, this, &BlogStatusBar::siteSynced);
    connect(&sync, &SyncController::finished, this, &BlogStatusBar::refresh);
    connect(&sync, &SyncController::outboxChanged, this, &BlogStatusBar::refresh);
    connect(&m_tick, &QTimer::timeout, this, &BlogStatusBar::updateTexts);
    m_tick.start(60 * 1000);
    refresh();
}

BlogStatusBar::State BlogStatusBar::stateFor(const Status& status)
{
    if (status) {
        return State::Online;
    }
    switch (status.error().code) {
    case Error::Code::Network:
    case Error::Code::Timeout:
        return State::Offline;
    case Error::Code::Auth:
    case Error::Code::SecretStore:
        return State::SignedOut;
    default:
        return State::Failed;
    }
}

QString BlogStatusBar::relativeTime(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid()) {
        return tr("never");
    }
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60) {
        return tr("just now");
    }
    if (seconds < 3600) {
        return tr("%n min ago", nullptr, int(seconds / 60));
    }
    if (seconds < 24 * 3600) {
        return tr("%n h ago", nullptr, int(seconds / 3600));
    }
    return QLocale().toString(then.toLocalTime(), QLocale::ShortFormat);
}

void BlogStatusBar::siteSynced(qint64 siteId, const Status& status)
{
    if (!status && status.error().code == Error::Code::Cancelled) {
        return; // says nothing about the blog
    }
    SiteState& state = m_states[siteId];
    state.state = stateFor(status);
    state.lastError = status ? QString() : status.error().message;
    updateTexts();
    refresh(); // the new last-sync time is in the database
}

void BlogStatusBar::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    onFinished(m_accounts.sites(), this, [this](const Result<QList<Site>>& sites) {
        if (sites) {
            rebuild(sites.value());
        }
        onFinished(m_storage.run([](Database& db) { return countOutbox(db); }), this,
                   [this](const Result<OutboxCounts>& counts) {
                       if (counts) {
                           m_counts = counts.value();
                       }
                       updateTexts();
                       m_refreshing = false;
                       if (std::exchange(m_refreshAgain, false)) {
                           refresh();
                       } else {
                           Q_EMIT refreshed();
                       }
                   });
    });
}

void BlogStatusBar::rebuild(const QList<Site>& sites)
{
    m_sites = sites;
    QSet<qint64> present;
    for (const Site& site : sites) {
        present.insert(site.id);
        if (!m_indicators.contains(site.id)) {
            auto* label = new QLabel(this);
            label->setObjectName(QStringLiteral("blogStatus-%1").arg(site.id));
            label->setTextFormat(Qt::RichText);
            m_blogs->addWidget(label);
            m_indicators.insert(site.id, label);
        }
    }
    for (auto it = m_indicators.begin(); it != m_indicators.end();) {
        if (!present.contains(it.key())) {
            delete it.value();
            m_states.remove(it.key());
            it = m_indicators.erase(it);
        } else {
            ++it;
        }
    }
}

void BlogStatusBar::updateTexts()
{
    const QDateTime now = m_clock->nowUtc();
    QDateTime newest;
    for (const Site& site : std::as_const(m_sites)) {
        QLabel* label = m_indicators.value(site.id);
        if (!label) {
            continue;
        }
        const SiteState state = m_states.value(site.id);
        const QString word = stateText(state.state);
        // Two blogs of one name: the host tells them apart (the tooltip has it whole). A long name is cut
        // short: the status bar's messages need the room more.
        const QString fullName = SiteIdentity::displayName(site, m_sites);
        const QString name
            = label->fontMetrics().elidedText(fullName, Qt::ElideRight, label->fontMetrics().averageCharWidth() * 28);
        const QString dot = QStringLiteral("<span style=\"color:%1\">\u25CF</span>").arg(stateColour(state.state));
        // Until this run has talked to the blog, its name alone (the tooltip says why).
        // Compact (a message is shown): the state without the name.
        if (state.state == State::Unknown) {
            label->setText(m_compact ? dot : QStringLiteral("%1 %2").arg(dot, name.toHtmlEscaped()));
        } else {
            label->setText(m_compact ? QStringLiteral("%1 %2").arg(dot, word)
                                     : QStringLiteral("%1 %2 \u00B7 %3").arg(dot, name.toHtmlEscaped(), word));
        }
        QString tip = tr("%1 (%2): %3").arg(fullName, site.baseUrl.toDisplayString(), word);
        tip += QLatin1Char('\n')
               + (site.lastSyncAt.isValid() ? tr("Synced %1").arg(relativeTime(site.lastSyncAt, now)) : tr("Never synced"));
        if (!state.lastError.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Last error: %1").arg(state.lastError);
        }
        label->setToolTip(SafeText::toolTip(tip)); // the blog's name and its error messages are the blog's
        label->setAccessibleName(tr("%1: %2").arg(name, word));
        if (site.lastSyncAt.isValid() && (!newest.isValid() || site.lastSyncAt > newest)) {
            newest = site.lastSyncAt;
        }
    }
    m_lastSync->setVisible(!m_sites.isEmpty() && !m_compact);
    m_lastSync->setText(tr("Last sync: %1").arg(relativeTime(newest, now)));
    m_lastSync->setToolTip(newest.isValid() ? QLocale().toString(newest.toLocalTime(), QLocale::LongFormat) : QString());
    const int waiting = m_counts.total();
    m_outbox->setVisible(waiting > 0);
    m_outbox->setText(m_counts.failed > 0 ? tr("%n waiting (%1 failed)", nullptr, waiting).arg(m_counts.failed)
                                          : tr("%n waiting", nullptr, waiting));
    m_outbox->setToolTip(tr("%n review(s) to publish, %1 moderation action(s) to send. Click to see them.", nullptr,
                            m_counts.posts)
                             .arg(m_counts.comments));
    m_outbox->setAccessibleName(m_outbox->text());
}

void BlogStatusBar::setCompact(bool compact)
{
    if (compact != m_compact) {
        m_compact = compact;
        updateTexts();
    }
}

bool BlogStatusBar::event(QEvent* event)
{
    if (event->type() == QEvent::ParentChange) {
        disconnect(m_messages);
        if (auto* bar = qobject_cast<QStatusBar*>(parentWidget())) {
            m_messages = connect(bar, &QStatusBar::messageChanged, this,
                                 [this](const QString& message) { setCompact(!message.isEmpty()); });
        }
    }
    return QWidget::event(event);
}

} // namespace longhand
