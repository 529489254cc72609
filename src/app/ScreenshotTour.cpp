#include "ScreenshotTour.h"

#include "DemoContent.h"

#include "core/storage/Database.h"
#include "core/storage/StorageExecutor.h"
#include "gui/AppServices.h"
#include "gui/MainWindow.h"
#include "gui/editor/MarkdownEditor.h"
#include "gui/editor/MergeDialog.h"
#include "gui/editor/ReviewEditorWidget.h"
#include "gui/editor/ReviewSession.h"
#include "gui/moderation/CommentDetailPane.h"
#include "gui/moderation/CommentQueueModel.h"
#include "gui/moderation/ModerationView.h"
#include "gui/preview/PreviewPane.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QTimer>

namespace longhand {

namespace {
constexpr int kPollMs = 50;
constexpr int kStepTimeoutMs = 20000;
constexpr QSize kWindowSize(1280, 800);
} // namespace

ScreenshotTour::ScreenshotTour(QString outputDir, QObject* parent)
    : QObject(parent)
    , m_outputDir(std::move(outputDir))
{
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    if (!m_profileDir.isValid() || !QDir().mkpath(m_outputDir)) {
        fail(tr("Cannot create %1.").arg(m_outputDir));
        return;
    }
    Profile profile(m_profileDir.path());
    if (auto created = profile.ensureExists(); !created) {
        fail(created.error().message);
        return;
    }
    m_services = std::make_unique<AppServices>(profile);
    // Known, installed-everywhere settings, so the pictures do not depend on who makes them.
    m_services->settings().setValue(QStringLiteral("spelling/language"), QStringLiteral("en_US"));

    auto seeded = std::make_shared<QFuture<Result<DemoIds>>>(m_services->storage().run(&storeDemoContent));
    m_steps = {
        { QStringLiteral("sample content"), [seeded] { return seeded->isFinished(); },
            [this, seeded] {
                const Result<DemoIds>& ids = seeded->result();
                if (!ids) {
                    m_error = ids.error().message;
                    return false;
                }
                m_reviewId = ids->markdownReview;
                m_window = std::make_unique<MainWindow>(*m_services);
                m_window->resize(kWindowSize);
                m_window->show();
                m_window->reviewEditor()->session().open(m_reviewId);
                return true;
            } },
        { QStringLiteral("editor"),
            [this] {
                auto* words = m_window->findChild<QLabel*>(QStringLiteral("wordCountLabel"));
                return m_window->reviewEditor()->session().reviewId() == m_reviewId
                    && !m_window->reviewEditor()->editor()->toPlainText().isEmpty()
                    && m_window->reviewEditor()->preview()->toPlainText().contains(QLatin1String("tram"))
                    && words && !words->text().isEmpty();
            },
            [this] {
                // The writer has just typed: the cursor sits in the text, not in the title field.
                m_window->reviewEditor()->editor()->setFocus();
                return save(m_window.get(), QStringLiteral("editor.png"));
            } },
        { QStringLiteral("comment queue"), [] { return true; },
            [this] {
                auto* comments = m_window->findChild<QAction*>(QStringLiteral("actionShowComments"));
                if (!comments) {
                    m_error = tr("The window has no Comments page.");
                    return false;
                }
                comments->trigger();
                return true;
            } },
        { QStringLiteral("moderation"),
            [this] {
                ModerationView* view = m_window->moderationView();
                return m_window->isShowingComments() && view->model()->rowCount() > 0
                    && view->detail()->comment().has_value();
            },
            [this] { return save(m_window.get(), QStringLiteral("moderation.png")); } },
        { QStringLiteral("merge view"), [] { return true; },
            [this] {
                const DemoMerge texts = demoMerge();
                auto* dialog = new MergeDialog(texts.title, texts.result, m_window.get());
                dialog->setObjectName(QStringLiteral("screenshotMerge"));
                dialog->resize(1200, 720);
                dialog->show();
                return true;
            } },
        { QStringLiteral("merge"),
            [this] {
                auto* dialog = m_window->findChild<MergeDialog*>(QStringLiteral("screenshotMerge"));
                return dialog && dialog->isVisible();
            },
            [this] {
                auto* dialog = m_window->findChild<MergeDialog*>(QStringLiteral("screenshotMerge"));
                const bool ok = save(dialog, QStringLiteral("merge.png"));
                dialog->close();
                return ok;
            } },
    };
    next();
}

void ScreenshotTour::next()
{
    m_waitedMs = 0;
    if (m_steps.isEmpty()) {
        m_window.reset();
        m_services->flush();
        Q_EMIT finished(true, tr("Wrote %1.").arg(m_written.join(QStringLiteral(", "))));
        return;
    }
    // Give layouts, the preview renderer and the storage thread a moment, then check.
    QTimer::singleShot(kPollMs, this, &ScreenshotTour::poll);
}

void ScreenshotTour::poll()
{
    const Step& step = m_steps.first();
    if (!step.ready()) {
        m_waitedMs += kPollMs;
        if (m_waitedMs > kStepTimeoutMs) {
            fail(tr("Timed out waiting for the %1.").arg(step.name));
            return;
        }
        QTimer::singleShot(kPollMs, this, &ScreenshotTour::poll);
        return;
    }
    // Ready: one more turn of the event loop so that pending paints and layouts land first.
    QTimer::singleShot(2 * kPollMs, this, [this] {
        const Step step = m_steps.takeFirst();
        if (!step.act()) {
            fail(m_error.isEmpty() ? tr("The %1 step failed.").arg(step.name) : m_error);
            return;
        }
        next();
    });
}

bool ScreenshotTour::save(QWidget* widget, const QString& fileName)
{
    const QString path = QDir(m_outputDir).filePath(fileName);
    const QImage image = widget->grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        m_error = tr("Cannot write %1.").arg(path);
        return false;
    }
    m_written.append(path);
    return true;
}

void ScreenshotTour::fail(const QString& message)
{
    m_steps.clear();
    m_window.reset();
    Q_EMIT finished(false, message);
}

} // namespace longhand
