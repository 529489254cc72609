#include "core/moderation/TriageRules.h"

#include "core/domain/Comment.h"

#include <QCryptographicHash>
#include <QSettings>

namespace longhand {

TriageSettings TriageSettings::load(const QSettings& settings)
{
    TriageSettings result;
    result.linkThreshold = std::max(1, settings.value(QStringLiteral("moderation/linkThreshold"), result.linkThreshold).toInt());
    result.blockedWords = settings.value(QStringLiteral("moderation/blockedWords")).toStringList();
    result.blockedAddresses = settings.value(QStringLiteral("moderation/blockedAddresses")).toStringList();
    return result;
}

void TriageSettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("moderation/linkThreshold"), linkThreshold);
    settings.setValue(QStringLiteral("moderation/blockedWords"), blockedWords);
    settings.setValue(QStringLiteral("moderation/blockedAddresses"), blockedAddresses);
}

TriageRules::TriageRules(TriageSettings settings)
    : m_settings(std::move(settings))
{
}

int TriageRules::flagsFor(const QString& plainText, int linkCount, const QString& authorName, const QString& authorEmail,
                          const QString& authorIp, const QString& authorUrl) const
{
    int flags = 0;
    if (m_settings.linkThreshold > 0 && linkCount >= m_settings.linkThreshold) {
        flags |= FlagManyLinks;
    }
    if (containsBlockedWord(plainText) || containsBlockedWord(authorName) || containsBlockedWord(authorUrl)) {
        flags |= FlagBlockedWord;
    }
    if (matchesAddress(authorEmail, authorIp)) {
        flags |= FlagBlockedAddress;
    }
    if (isShouting(plainText)) {
        flags |= FlagShouting;
    }
    return flags;
}

bool TriageRules::isShouting(const QString& text)
{
    int letters = 0;
    int upper = 0;
    for (const QChar c : text) {
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper()) {
                ++upper;
            }
        }
    }
    return letters >= 12 && upper * 10 > letters * 6;
}

QString TriageRules::contentHash(const QString& plainText)
{
    QString folded;
    folded.reserve(plainText.size());
    for (const QChar c : plainText) {
        if (c.isLetterOrNumber()) {
            folded.append(c.toCaseFolded());
        }
    }
    if (folded.isEmpty()) {
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool TriageRules::matchesAddress(const QString& email, const QString& ip) const
{
    for (const QString& entry : m_settings.blockedAddresses) {
        const QString blocked = entry.trimmed();
        if (blocked.isEmpty()) {
            continue;
        }
        if (blocked.contains(QLatin1Char('@'))) {
            if (email.compare(blocked, Qt::CaseInsensitive) == 0) {
                return true;
            }
            continue;
        }
        if (blocked.endsWith(QLatin1Char('*')) || blocked.endsWith(QLatin1Char('.')) || blocked.endsWith(QLatin1Char(':'))) {
            QString prefix = blocked;
            if (prefix.endsWith(QLatin1Char('*'))) {
                prefix.chop(1);
            }
            if (!prefix.isEmpty() && ip.startsWith(prefix, Qt::CaseInsensitive)) {
                return true;
            }
        } else if (ip.compare(blocked, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool TriageRules::containsBlockedWord(const QString& text) const
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QString& entry : m_settings.blockedWords) {
        const QString word = entry.trimmed();
        if (word.isEmpty()) {
            continue;
        }
        qsizetype from = 0;
        while ((from = text.indexOf(word, from, Qt::CaseInsensitive)) >= 0) {
            const qsizetype end = from + word.size();
            const bool startsWord = from == 0 || !text.at(from - 1).isLetterOrNumber();
            const bool endsWord = end >= text.size() || !text.at(end).isLetterOrNumber();
            if (startsWord && endsWord) {
                return true;
            }
            from = end;
        }
    }
    return false;
}

} // namespace longhand
