#pragma once

// What the XML-RPC integration tests share: waiting for an answer, its error as text, a tiny PNG.
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QThread>

namespace longhand::xmlrpctest {

// Waits for an answer on this thread's event loop (a test may; the application never does).
template <typename T>
Result<T> await(QFuture<Result<T>> future, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(1);
    }
    if (!future.isFinished() || future.resultCount() == 0) {
        return Error::make(Error::Code::Timeout, QStringLiteral("no answer in the test's time"));
    }
    return future.result();
}

template <typename T>
QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// A 1x1 PNG.
inline const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

} // namespace longhand::xmlrpctest
