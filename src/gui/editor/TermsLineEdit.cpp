#include "gui/editor/TermsLineEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace longhand {

TermsLineEdit::TermsLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_known(new QStringListModel(this))
    , m_completer(new QCompleter(m_known, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TermsLineEdit::complete);
    connect(this, &QLineEdit::textEdited, this, [this] {
        const QString fragment = currentFragment();
        if (fragment.isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(fragment);
        if (m_completer->completionCount() > 0) {
            m_completer->complete();
        } else {
            m_completer->popup()->hide();
        }
    });
}

QStringList TermsLineEdit::split(const QString& text)
{
    QStringList result;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !result.contains(name, Qt::CaseInsensitive)) {
            result.append(name);
        }
    }
    return result;
}

QStringList TermsLineEdit::terms() const
{
    return split(text());
}

void TermsLineEdit::setTerms(const QStringList& terms)
{
    setText(terms.join(QStringLiteral(", ")));
}

void TermsLineEdit::setKnownTerms(const QStringList& known)
{
    m_known->setStringList(known);
}

QString TermsLineEdit::currentFragment() const
{
    const QString before = text().left(cursorPosition());
    return before.mid(before.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
}

void TermsLineEdit::complete(const QString& chosen)
{
    const QString all = text();
    const int cursor = cursorPosition();
    const int start = int(all.left(cursor).lastIndexOf(QLatin1Char(','))) + 1;
    const int nextComma = int(all.indexOf(QLatin1Char(','), cursor));
    const int end = nextComma < 0 ? int(all.size()) : nextComma;
    const QString prefix = all.left(start) + (start > 0 ? QStringLiteral(" ") : QString());
    const QString replaced = prefix + chosen + QStringLiteral(", ");
    setText(replaced + all.mid(end).remove(0, nextComma < 0 ? 0 : 1).trimmed());
    setCursorPosition(int(replaced.size()));
    Q_EMIT textEdited(text());
    Q_EMIT editingFinished();
}

void TermsLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return; // the completer handles these
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace longhand
