#pragma once

#include <QLineEdit>

class QStringListModel;

namespace longhand {

// A comma-separated list of names (categories or tags) with completion of the word being typed.
class TermsLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit TermsLineEdit(QWidget* parent = nullptr);

    QStringList terms() const;
    void setTerms(const QStringList& terms);
    void setKnownTerms(const QStringList& known);

    static QStringList split(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void complete(const QString& chosen);
    QString currentFragment() const;

    QStringListModel* m_known;
    class QCompleter* m_completer;
};

} // namespace longhand
