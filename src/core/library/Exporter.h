#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace longhand {

class Database;

struct ExportCounts
{
    int posts = 0;        // review files really written
    int media = 0;        // images really copied
    int skipped = 0;      // reviews or images not written; the export went on with the next
    QStringList problems; // one sentence per skipped file
};

// Writes every review (of one blog, or all) as a Markdown (or HTML) file with YAML front matter, and
// the local images it uses, so the folder is complete on its own. Used by `longhand-cli export` and
// File ▸ Export…; runs on the storage thread (it reads the posts through its connection).
class Exporter final
{
public:
    // Called after each review with done of total; on the storage thread.
    using Progress = std::function<void(int done, int total)>;

    Exporter(QString profileRoot, QString targetDir, std::optional<qint64> siteId = std::nullopt);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked before each review: a cancelled export stops between files, never inside one (each is
    // written to a temporary file and renamed), and answers Error::Code::Cancelled.
    void setCancelFlag(std::shared_ptr<std::atomic_bool> cancelled) { m_cancelled = std::move(cancelled); }

    Result<ExportCounts> run(Database& database);

private:
    QString m_profileRoot;
    QString m_target;
    std::optional<qint64> m_siteId;
    Progress m_progress;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace longhand
