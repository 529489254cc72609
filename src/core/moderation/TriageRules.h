#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace longhand {

// The moderator's local rules (Settings ▸ Moderation; stored in the profile's settings file).
struct TriageSettings
{
    int linkThreshold = 2;        // WordPress holds comments with 2 links or more by default
    QStringList blockedWords;     // matched as whole words, case-insensitive
    QStringList blockedAddresses; // IP addresses (a trailing '.' or '*' matches a range) and emails

    static TriageSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const TriageSettings&) const = default;
};

// Decides a comment's triage flags (see TriageFlag) from its text and author. The duplicate flag
// needs the other comments and is set by the repository.
class TriageRules final
{
public:
    explicit TriageRules(TriageSettings settings = {});

    const TriageSettings& settings() const { return m_settings; }

    int flagsFor(const QString& plainText, int linkCount, const QString& authorName, const QString& authorEmail,
                 const QString& authorIp, const QString& authorUrl) const;

    // More than 60% of at least 12 letters in capitals.
    static bool isShouting(const QString& text);
    // A hash of the text with case, spacing and punctuation folded away, for spotting copies.
    static QString contentHash(const QString& plainText);

private:
    bool matchesAddress(const QString& email, const QString& ip) const;
    bool containsBlockedWord(const QString& text) const;

    TriageSettings m_settings;
};

} // namespace longhand
