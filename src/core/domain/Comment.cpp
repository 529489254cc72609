#include "core/domain/Comment.h"

#include <QCoreApplication>

namespace longhand {

QString commentStatusName(CommentStatus status)
{
    switch (status) {
    case CommentStatus::Hold:
        return QStringLiteral("hold");
    case CommentStatus::Approved:
        return QStringLiteral("approved");
    case CommentStatus::Spam:
        return QStringLiteral("spam");
    case CommentStatus::Trash:
        return QStringLiteral("trash");
    case CommentStatus::Deleted:
        return QStringLiteral("deleted");
    }
    return QStringLiteral("hold");
}

std::optional<CommentStatus> commentStatusFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("hold") || t == QLatin1String("unapproved") || t == QLatin1String("0")
        || t == QLatin1String("pending")) {
        return CommentStatus::Hold;
    }
    if (t == QLatin1String("approved") || t == QLatin1String("approve") || t == QLatin1String("1")) {
        return CommentStatus::Approved;
    }
    if (t == QLatin1String("spam")) {
        return CommentStatus::Spam;
    }
    if (t == QLatin1String("trash")) {
        return CommentStatus::Trash;
    }
    if (t == QLatin1String("deleted")) {
        return CommentStatus::Deleted;
    }
    return std::nullopt;
}

QString commentStatusLabel(CommentStatus status)
{
    switch (status) {
    case CommentStatus::Hold:
        return QCoreApplication::translate("Comment", "Pending");
    case CommentStatus::Approved:
        return QCoreApplication::translate("Comment", "Approved");
    case CommentStatus::Spam:
        return QCoreApplication::translate("Comment", "Spam");
    case CommentStatus::Trash:
        return QCoreApplication::translate("Comment", "Trash");
    case CommentStatus::Deleted:
        return QCoreApplication::translate("Comment", "Deleted");
    }
    return {};
}

QStringList triageFlagNames(int flags)
{
    QStringList names;
    if (flags & FlagManyLinks) {
        names << QStringLiteral("links");
    }
    if (flags & FlagBlockedWord) {
        names << QStringLiteral("blocked-word");
    }
    if (flags & FlagBlockedAddress) {
        names << QStringLiteral("blocked-address");
    }
    if (flags & FlagShouting) {
        names << QStringLiteral("shouting");
    }
    if (flags & FlagDuplicate) {
        names << QStringLiteral("duplicate");
    }
    return names;
}

QStringList triageFlagLabels(int flags)
{
    QStringList labels;
    if (flags & FlagManyLinks) {
        labels << QCoreApplication::translate("Comment", "Many links");
    }
    if (flags & FlagBlockedWord) {
        labels << QCoreApplication::translate("Comment", "Blocked word");
    }
    if (flags & FlagBlockedAddress) {
        labels << QCoreApplication::translate("Comment", "Blocked address");
    }
    if (flags & FlagShouting) {
        labels << QCoreApplication::translate("Comment", "Shouting");
    }
    if (flags & FlagDuplicate) {
        labels << QCoreApplication::translate("Comment", "Duplicate");
    }
    return labels;
}

QString Comment::excerpt(int length) const
{
    QString text = plainText.simplified();
    if (text.size() > length) {
        text = text.left(length - 1).trimmed() + QChar(0x2026);
    }
    return text;
}

QString commentTypeLabel(const QString& type)
{
    if (type == QLatin1String("pingback")) {
        return QCoreApplication::translate("Comment", "Pingback");
    }
    if (type == QLatin1String("trackback")) {
        return QCoreApplication::translate("Comment", "Trackback");
    }
    if (type.isEmpty() || type == QLatin1String("comment")) {
        return QCoreApplication::translate("Comment", "Comment");
    }
    return type;
}

} // namespace longhand
