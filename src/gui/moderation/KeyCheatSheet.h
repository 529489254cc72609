#pragma once

#include <QDialog>

namespace longhand {

// The comment queue's keys, as a table ("?" in the queue).
class KeyCheatSheet final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString keys;
        QString description;
    };

    KeyCheatSheet(const QList<Entry>& entries, QWidget* parent = nullptr);
};

} // namespace longhand
