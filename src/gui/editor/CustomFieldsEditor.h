#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace longhand {

// The custom fields a review's blog exposes (Post::meta), their values editable (issue 15 item 3): text and numbers in
// line edits (each with its own undo), true/false in a check box; a list, an object or a long text is shown and left
// to the front matter. The keys are the blog's: none is added or removed here, and a field the writer leaves alone
// is written back exactly as the blog has it (so publishing never sends it). Part of the metadata panel's Options.
class CustomFieldsEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxShown = 20; // remote keys: bounded; the others stay as they are

    explicit CustomFieldsEditor(QWidget* parent = nullptr);

    // Shows a review's custom fields; emits nothing.
    void setFields(const QJsonObject& meta);
    // Writes the values of the fields the writer edited into meta (back to the loaded value when edited back); the
    // others stay as meta has them.
    void applyTo(QJsonObject& meta) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

Q_SIGNALS:
    void changed();

private:
    void edited(const QString& key);

    struct Row
    {
        QString key;
        QJsonValue loaded;
        QWidget* editor = nullptr; // QLineEdit, QCheckBox or QLabel (fixed)
    };

    QFormLayout* m_form;
    QList<Row> m_rows;
    QLabel* m_more;
    QSet<QString> m_touched; // keys whose value the writer edited since setFields
    bool m_loading = false;
};

} // namespace longhand
