#pragma once

#include "core/Error.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QObject>

#include <type_traits>

namespace longhand {

// Calls fn with the future's result on context's thread once it is ready; never if context has
// been destroyed by then. (Qt 6.4's QFuture::then(context, …) asserts when the context dies
// first, which is routine here: a window closes while a save is still queued.)
template <typename T, typename Fn>
void onFinished(QFuture<T> future, QObject* context, Fn&& fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::forward<Fn>(fn)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>) {
                             fn();
                         } else if (watcher->future().resultCount() == 0) {
                             // The producer went away without an answer (e.g. shutting down).
                             if constexpr (std::is_constructible_v<T, Error>) {
                                 fn(T(Error::make(Error::Code::Cancelled, QStringLiteral("Cancelled."))));
                             }
                         } else {
                             fn(watcher->result());
                         }
                     });
    watcher->setFuture(std::move(future));
}

// A future that is already finished with value (an early answer from an asynchronous API).
template <typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return future;
}

} // namespace longhand
