#pragma once

#include "core/Error.h"
#include "core/spelling/DictionaryCatalog.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace longhand {

// hunspell behind one class: checks words, suggests replacements, and keeps the personal
// dictionary (one word per line, in the profile). Safe to call from several threads.
class SpellChecker final
{
public:
    explicit SpellChecker(QString personalDictionaryPath);
    ~SpellChecker();

    Status loadDictionary(const DictionaryInfo& dictionary);
    QString language() const;
    bool isReady() const;

    bool isCorrect(const QString& word) const;
    QStringList suggestions(const QString& word, int max = 8) const;
    // Adds to the personal dictionary file and to the running checker.
    Status addToPersonalDictionary(const QString& word);
    QStringList personalWords() const;

private:
    bool checkLocked(const QString& word) const;

    mutable QMutex m_mutex;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QString m_personalPath;
    QSet<QString> m_personal;
    mutable QHash<QString, bool> m_cache; // hunspell is the slow part of highlighting
};

} // namespace longhand
