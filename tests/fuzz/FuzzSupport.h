#pragma once

// Shared by the fuzz targets: a check that stops the run (libFuzzer then saves the input as a crash),
// and the input as Qt types.
#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace longhand::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* condition, const QString& detail)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n%s\n", file, line, condition, detail.toLocal8Bit().constData());
    std::abort();
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    // A deep copy: the parsers may keep references (QJsonDocument does), libFuzzer reuses the buffer.
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline QString text(const std::uint8_t* data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace longhand::fuzz

// Like Q_ASSERT, but also in release builds and with a message worth reading in a crash report.
#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            ::longhand::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                                          \
        }                                                                                                              \
    } while (false)
