#include "gui/status/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace longhand {

ExportDialog::ExportDialog(const QList<Site>& sites, const QString& lastFolder, QWidget* parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(lastFolder, this))
    , m_blog(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Reviews"));
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_folder->setPlaceholderText(tr("A folder for the Markdown files and their images"));
    m_blog->setObjectName(QStringLiteral("exportBlogCombo"));
    m_blog->addItem(tr("All reviews"), QVariant());
    for (const Site& site : sites) {
        m_blog->addItem(tr("Only %1").arg(site.name), site.id);
    }
    m_blog->setEnabled(!sites.isEmpty());
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_buttons->setObjectName(QStringLiteral("exportButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Reviews:"), m_blog);
    auto* note = new QLabel(tr("Each review becomes a Markdown file with its metadata as front matter; the images it "
                               "uses are copied beside it. Existing files of the same name are replaced."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(folderRow))) {
        label->setBuddy(m_folder);
    }

    connect(browse, &QPushButton::clicked, this, [this] {
        auto* chooser = new QFileDialog(this, tr("Export to"), m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
        chooser->open(); // not exec(): no nested event loop
    });
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QString ExportDialog::folder() const
{
    return QDir::cleanPath(m_folder->text().trimmed());
}

std::optional<qint64> ExportDialog::siteId() const
{
    const QVariant data = m_blog->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

void ExportDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_folder->text().trimmed().isEmpty());
}

} // namespace longhand
