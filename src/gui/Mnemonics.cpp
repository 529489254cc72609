#include "gui/Mnemonics.h"

#include <QAction>
#include <QMenu>
#include <QSet>
#include <QWidget>

namespace longhand::Mnemonics {

namespace {

// The letter after a single '&' (an "&&" is a literal ampersand), or a null QChar.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

} // namespace

void addMissing(QWidget* menuOrMenuBar)
{
    const QList<QAction*> actions = menuOrMenuBar->actions();
    QSet<QChar> used;
    for (const QAction* action : actions) {
        if (const QChar letter = mnemonicOf(action->text()); !letter.isNull()) {
            used.insert(letter);
        }
    }
    for (QAction* action : actions) {
        if (action->isSeparator() || action->text().isEmpty()) {
            continue;
        }
        QString text = action->text();
        if (mnemonicOf(text).isNull()) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar letter = text.at(i).toLower();
                if (letter.isLetterOrNumber() && !used.contains(letter)) {
                    text.insert(i, QLatin1Char('&'));
                    action->setText(text);
                    used.insert(letter);
                    break;
                }
            }
        }
        if (QMenu* sub = action->menu()) {
            addMissing(sub);
        }
    }
}

} // namespace longhand::Mnemonics
