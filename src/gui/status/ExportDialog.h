#pragma once

#include "core/domain/Site.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace longhand {

// File ▸ Export…: where to write the reviews and, optionally, only one blog's. The export itself runs
// on the storage thread with its progress in the status bar (MainWindow).
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QList<Site>& sites, const QString& lastFolder, QWidget* parent = nullptr);

    QString folder() const;
    std::optional<qint64> siteId() const;

private:
    void updateOk();

    QLineEdit* m_folder;
    QComboBox* m_blog;
    QDialogButtonBox* m_buttons;
};

} // namespace longhand
