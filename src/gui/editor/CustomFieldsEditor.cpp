#include "gui/editor/CustomFieldsEditor.h"

#include "core/domain/CustomFields.h"
#include "gui/SafeText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace longhand {

CustomFieldsEditor::CustomFieldsEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_more(new QLabel(this))
{
    setObjectName(QStringLiteral("customFieldsEditor"));
    m_form->setContentsMargins(0, 0, 0, 0);
    // Each key above its value: a long key of the blog's does not widen the details pane (which never scrolls
    // sideways), and the value gets the whole width.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_more->setObjectName(QStringLiteral("customFieldsMore"));
    m_more->setTextFormat(Qt::PlainText);
    m_more->setWordWrap(true);
    m_form->addRow(m_more);
    m_more->hide();
}

void CustomFieldsEditor::setFields(const QJsonObject& meta)
{
    m_loading = true;
    for (const Row& row : std::as_const(m_rows)) {
        m_form->removeRow(row.editor); // deletes the editor and its label
    }
    m_rows.clear();
    m_touched.clear();
    int shown = 0;
    for (auto it = meta.begin(); it != meta.end() && shown < kMaxShown; ++it, ++shown) {
        Row row {it.key(), it.value(), nullptr};
        const QString key = it.key().size() > 40 ? it.key().left(40) + QStringLiteral("…") : it.key(); // the blog's key: bounded
        const QString text = customFieldText(it.value());
        switch (customFieldKind(it.value())) {
        case CustomFieldKind::Flag: {
            auto* check = new QCheckBox(this);
            check->setChecked(it.value().toBool());
            connect(check, &QCheckBox::toggled, this, [this, key = it.key()] { edited(key); });
            row.editor = check;
            break;
        }
        case CustomFieldKind::Text:
        case CustomFieldKind::Number: {
            auto* edit = new QLineEdit(text, this);
            edit->setMaxLength(kCustomFieldMaxText);
            if (customFieldKind(it.value()) == CustomFieldKind::Number) {
                // A number stays a number (WordPress refuses text for a field registered as one).
                edit->setValidator(new QRegularExpressionValidator(
                    QRegularExpression(QStringLiteral("-?[0-9]*([.][0-9]*)?([eE][-+]?[0-9]*)?")), edit));
                edit->setToolTip(tr("A number"));
            }
            connect(edit, &QLineEdit::textChanged, this, [this, key = it.key()] { edited(key); });
            row.editor = edit;
            break;
        }
        case CustomFieldKind::Fixed: {
            auto* label = new QLabel(text.size() > 200 ? text.left(200) + QStringLiteral("…") : text, this);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setToolTip(tr("A list or a long text: change it in the review's file (front matter, meta:)."));
            row.editor = label;
            break;
        }
        }
        row.editor->setObjectName(QStringLiteral("customField"));
        row.editor->setProperty("metaKey", it.key());
        row.editor->setAccessibleName(tr("Custom field %1").arg(key));
        auto* label = new QLabel(key + QLatin1Char(':'), this);
        label->setTextFormat(Qt::PlainText);
        label->setToolTip(SafeText::toolTip(it.key().left(1000)));
        label->setBuddy(row.editor);
        m_form->insertRow(int(m_rows.size()), label, row.editor);
        m_rows.append(row);
    }
    const qsizetype hidden = meta.size() - shown;
    m_more->setText(hidden > 0 ? tr("%n more field(s), kept as they are on the blog.", nullptr, int(hidden)) : QString());
    m_more->setVisible(hidden > 0);
    m_loading = false;
}

void CustomFieldsEditor::edited(const QString& key)
{
    if (!m_loading) {
        m_touched.insert(key);
        Q_EMIT changed();
    }
}

void CustomFieldsEditor::applyTo(QJsonObject& meta) const
{
    for (const Row& row : m_rows) {
        if (!m_touched.contains(row.key)) {
            continue; // left alone: the review keeps what it has (a sync may have brought the blog's newer value)
        }
        std::optional<QJsonValue> value;
        if (auto* check = qobject_cast<QCheckBox*>(row.editor)) {
            value = QJsonValue(check->isChecked());
        } else if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) {
            value = customFieldValue(row.loaded, edit->text());
        } else {
            value = row.loaded;
        }
        if (!value) {
            continue; // not a value of its kind (a half-typed number): what the review has stays
        }
        meta.insert(row.key, *value);
    }
}

} // namespace longhand
