#include "gui/moderation/CommenterCard.h"

#include "core/remote/AvatarFetcher.h"

#include "gui/ThemeColors.h"
#include "gui/SafeText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QPixmap>
#include <QVBoxLayout>

namespace longhand {

namespace {

constexpr int kAvatarSize = 40;

QPixmap initialsAvatar(const QString& name, const QColor& background, const QColor& foreground)
{
    QString initials;
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (initials.size() < 2 && word.at(0).isLetterOrNumber()) {
            initials += word.at(0).toUpper();
        }
    }
    if (initials.isEmpty()) {
        initials = QStringLiteral("?");
    }
    QPixmap pixmap(kAvatarSize, kAvatarSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawEllipse(QRectF(0.5, 0.5, kAvatarSize - 1, kAvatarSize - 1));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(kAvatarSize * 2 / 5);
    painter.setFont(font);
    painter.setPen(foreground);
    painter.drawText(QRect(0, 0, kAvatarSize, kAvatarSize), Qt::AlignCenter, initials);
    return pixmap;
}

QLabel* valueLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText); // commenters choose these strings
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(false);
    label->setMinimumWidth(40);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

} // namespace

CommenterCard::CommenterCard(QWidget* parent)
    : QGroupBox(tr("Commenter"), parent)
    , m_avatar(new QLabel(this))
    , m_name(valueLabel("commenterName", this))
    , m_badge(new QLabel(tr("First comment"), this))
    , m_email(valueLabel("commenterEmail", this))
    , m_url(valueLabel("commenterUrl", this))
    , m_ip(valueLabel("commenterIp", this))
    , m_agent(valueLabel("commenterAgent", this))
    , m_byEmail(valueLabel("commenterByEmail", this))
    , m_byIp(valueLabel("commenterByIp", this))
    , m_allBlogs(valueLabel("commenterAllBlogs", this))
    , m_allBlogsLabel(new QLabel(tr("All blogs:"), this))
    , m_showAll(new QPushButton(tr("Show All Their Comments"), this))
{
    setObjectName(QStringLiteral("commenterCard"));
    m_avatar->setObjectName(QStringLiteral("commenterAvatar"));
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    m_avatar->setAccessibleName(tr("Avatar placeholder"));
    m_avatar->setToolTip(tr("Avatars are not fetched: that would tell Gravatar whom you are looking at"));
    m_badge->setObjectName(QStringLiteral("firstCommentBadge"));
    ThemeColors::keepNoticeStyle(m_badge, QStringLiteral("0px 4px"));
    m_badge->setToolTip(tr("No earlier comment with this email address on this blog"));
    m_badge->hide();
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_url->setToolTip(tr("Shown, never opened"));

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_badge);
    auto* identity = new QVBoxLayout;
    identity->setSpacing(2);
    identity->addLayout(nameRow);
    identity->addWidget(m_email);
    identity->addWidget(m_url);
    auto* top = new QHBoxLayout;
    top->addWidget(m_avatar, 0, Qt::AlignTop);
    top->addLayout(identity, 1);

    auto* details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->setVerticalSpacing(2);
    details->addRow(tr("IP:"), m_ip);
    details->addRow(tr("Browser:"), m_agent);
    details->addRow(tr("By email:"), m_byEmail);
    details->addRow(tr("By IP:"), m_byIp);
    details->addRow(m_allBlogsLabel, m_allBlogs); // shown with more than one blog
    m_showAll->setObjectName(QStringLiteral("commenterShowAll"));
    m_showAll->setToolTip(tr("List every comment with this email address (or IP address) on every connected blog"));
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        if (!m_who.isEmpty()) {
            Q_EMIT showAllRequested(m_who);
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addLayout(details);
    layout->addWidget(m_showAll, 0, Qt::AlignLeft);
    clear();
}

QString CommenterCard::countsText(const CommentCounts& counts)
{
    return tr("%1 approved, %2 pending, %3 spam, %4 trash")
        .arg(counts.approved)
        .arg(counts.hold)
        .arg(counts.spam)
        .arg(counts.trash);
}

void CommenterCard::showCommenter(const Comment& comment, const CommenterStats& stats)
{
    const QString name = comment.authorName.trimmed().isEmpty() ? tr("Anonymous") : comment.authorName;
    m_avatarName = name;
    m_avatarEmail = comment.authorEmail;
    refreshAvatar();
    m_name->setText(name);
    m_email->setText(comment.authorEmail.isEmpty() ? tr("(no email)") : comment.authorEmail);
    m_url->setText(comment.authorUrl.isEmpty() ? tr("(no website)") : comment.authorUrl);
    m_ip->setText(comment.authorIp.isEmpty() ? tr("unknown") : comment.authorIp);
    m_agent->setText(comment.authorUserAgent.isEmpty() ? tr("unknown") : comment.authorUserAgent);
    m_agent->setToolTip(SafeText::toolTip(comment.authorUserAgent));
    m_byEmail->setText(comment.authorEmail.isEmpty() ? tr("no email to go by") : countsText(stats.byEmail));
    m_byIp->setText(comment.authorIp.isEmpty() ? tr("no IP to go by") : countsText(stats.byIp));
    m_badge->setVisible(stats.firstComment);
    m_who = !comment.authorEmail.isEmpty() ? comment.authorEmail : comment.authorIp;
    const bool several = stats.blogsConnected > 1;
    m_allBlogs->setText(several ? tr("%n comment(s) on %1 of %2 blogs: %3", nullptr, stats.onAllBlogs.total())
                                      .arg(stats.blogsWithComments)
                                      .arg(stats.blogsConnected)
                                      .arg(countsText(stats.onAllBlogs))
                                : QString());
    m_allBlogs->setVisible(several);
    m_allBlogsLabel->setVisible(several);
    m_showAll->setVisible(!m_who.isEmpty());
    setEnabled(true);
}

void CommenterCard::setAvatarFetcher(AvatarFetcher* fetcher)
{
    m_avatars = fetcher;
    connect(fetcher, &AvatarFetcher::avatarArrived, this, [this](const QString& hash, const QByteArray&) {
        if (hash == m_avatarHash) {
            refreshAvatar();
        }
    });
}

void CommenterCard::refreshAvatar()
{
    if (m_avatarName.isEmpty()) {
        return; // nobody shown
    }
    const bool enabled = m_avatars && m_avatars->isEnabled() && !m_avatarEmail.trimmed().isEmpty();
    m_avatarHash = enabled ? AvatarFetcher::hashFor(m_avatarEmail) : QString();
    QPixmap picture;
    if (enabled) {
        picture.loadFromData(m_avatars->avatarFor(m_avatarEmail)); // asks Gravatar at most once
    }
    if (picture.isNull()) {
        showInitials();
        return;
    }
    m_avatar->setPixmap(picture.scaled(kAvatarSize, kAvatarSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_avatar->setAccessibleName(tr("Avatar of %1").arg(m_avatarName));
    m_avatar->setToolTip(tr("Gravatar (Settings ▸ Moderation turns avatars off)"));
}

void CommenterCard::showInitials()
{
    m_avatar->setPixmap(initialsAvatar(m_avatarName, palette().color(QPalette::Mid), palette().color(QPalette::Light)));
    m_avatar->setAccessibleName(tr("Avatar placeholder"));
    m_avatar->setToolTip(m_avatars && m_avatars->isEnabled()
                             ? tr("No avatar for this commenter (yet)")
                             : tr("Avatars are not fetched: that would tell Gravatar whom you are looking at"));
}

void CommenterCard::clear()
{
    m_avatarName.clear();
    m_avatarEmail.clear();
    m_avatarHash.clear();
    m_avatar->setPixmap(
        initialsAvatar(QString(), palette().color(QPalette::Midlight), palette().color(QPalette::Dark)));
    for (QLabel* label : { m_name, m_email, m_url, m_ip, m_agent, m_byEmail, m_byIp, m_allBlogs }) {
        label->clear();
    }
    m_who.clear();
    m_allBlogs->hide();
    m_allBlogsLabel->hide();
    m_showAll->hide();
    m_badge->hide();
    setEnabled(false);
}

} // namespace longhand
