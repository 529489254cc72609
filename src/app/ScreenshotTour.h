#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace longhand {

class AppServices;
class MainWindow;

// `longhand --screenshot DIR`: builds a throwaway profile with the sample content, shows the real main
// window over it and saves what a user sees — the editor, the comment queue and the merge view — as PNGs
// into DIR. Every step waits for the app's own signals or state, on the normal event loop (no nested
// loops); finished() reports the outcome. The README's pictures come from here, so they stay current.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    explicit ScreenshotTour(QString outputDir, QObject* parent = nullptr);
    ~ScreenshotTour() override;

    void start();

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    struct Step
    {
        QString name;
        std::function<bool()> ready; // polled until true (or the step times out)
        std::function<bool()> act;   // false: the tour failed (message in m_error)
    };

    void next();
    void poll();
    bool save(QWidget* widget, const QString& fileName);
    void fail(const QString& message);

    QString m_outputDir;
    QTemporaryDir m_profileDir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QList<Step> m_steps;
    int m_waitedMs = 0;
    QString m_error;
    QStringList m_written;
    qint64 m_reviewId = 0;
};

} // namespace longhand
