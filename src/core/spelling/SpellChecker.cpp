#include "core/spelling/SpellChecker.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>

#include <hunspell/hunspell.hxx>

namespace longhand {

namespace {

bool shouldSkip(const QString& word)
{
    // Numbers, single letters and words with digits are not spelling mistakes.
    if (word.size() < 2) {
        return true;
    }
    for (const QChar ch : word) {
        if (ch.isDigit()) {
            return true;
        }
    }
    return false;
}

} // namespace

SpellChecker::SpellChecker(QString personalDictionaryPath)
    : m_personalPath(std::move(personalDictionaryPath))
{
    QFile file(m_personalPath);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const auto lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            m_personal.insert(line.trimmed());
        }
    }
}

SpellChecker::~SpellChecker() = default;

Status SpellChecker::loadDictionary(const DictionaryInfo& dictionary)
{
    if (!QFileInfo::exists(dictionary.affPath) || !QFileInfo::exists(dictionary.dicPath)) {
        return Error::make(Error::Code::Dictionary,
                           QCoreApplication::translate("SpellChecker", "The %1 dictionary is not installed.").arg(dictionary.language));
    }
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(dictionary.affPath).constData(),
                                               QFile::encodeName(dictionary.dicPath).constData());
    if (QString::fromLatin1(hunspell->get_dict_encoding().c_str()).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcSpelling) << "Dictionary" << dictionary.language << "is not UTF-8; results may be off";
    }
    QMutexLocker lock(&m_mutex);
    m_hunspell = std::move(hunspell);
    m_language = dictionary.language;
    m_cache.clear();
    for (const QString& word : std::as_const(m_personal)) {
        m_hunspell->add(word.toStdString());
    }
    return {};
}

QString SpellChecker::language() const
{
    QMutexLocker lock(&m_mutex);
    return m_language;
}

bool SpellChecker::isReady() const
{
    QMutexLocker lock(&m_mutex);
    return m_hunspell != nullptr;
}

bool SpellChecker::isCorrect(const QString& word) const
{
    QMutexLocker lock(&m_mutex);
    return checkLocked(word);
}

bool SpellChecker::checkLocked(const QString& word) const
{
    if (!m_hunspell || shouldSkip(word) || m_personal.contains(word)) {
        return true;
    }
    if (const auto cached = m_cache.constFind(word); cached != m_cache.constEnd()) {
        return *cached;
    }
    QString normalized = word;
    normalized.replace(QChar(0x2019), QLatin1Char('\''));
    const bool correct = m_hunspell->spell(normalized.toStdString());
    if (m_cache.size() > 50000) {
        m_cache.clear();
    }
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString& word, int max) const
{
    QMutexLocker lock(&m_mutex);
    QStringList result;
    if (!m_hunspell) {
        return result;
    }
    for (const std::string& suggestion : m_hunspell->suggest(word.toStdString())) {
        result.append(QString::fromStdString(suggestion));
        if (result.size() >= max) {
            break;
        }
    }
    return result;
}

Status SpellChecker::addToPersonalDictionary(const QString& word)
{
    QMutexLocker lock(&m_mutex);
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('\n'))) {
        return Error::make(Error::Code::InvalidInput, QCoreApplication::translate("SpellChecker", "Not a word: %1").arg(word));
    }
    QSet<QString> updated = m_personal;
    updated.insert(trimmed);
    QStringList sorted(updated.begin(), updated.end());
    sorted.sort();
    QSaveFile file(m_personalPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write((sorted.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0
        || !file.commit()) {
        return Error::make(Error::Code::Io, QCoreApplication::translate("SpellChecker", "Cannot save the personal dictionary %1: %2")
                                                .arg(m_personalPath, file.errorString()));
    }
    m_personal = updated;
    m_cache.remove(trimmed);
    if (m_hunspell) {
        m_hunspell->add(trimmed.toStdString());
    }
    return {};
}

QStringList SpellChecker::personalWords() const
{
    QMutexLocker lock(&m_mutex);
    QStringList words(m_personal.begin(), m_personal.end());
    words.sort();
    return words;
}

} // namespace longhand
