#include "core/media/ImageMetadata.h"

#include <QByteArrayList>

#include <algorithm>

namespace longhand::imagemetadata {

namespace {

constexpr unsigned char kMarker = 0xFF;
constexpr unsigned char kEoi = 0xD9;
constexpr unsigned char kSos = 0xDA;
constexpr unsigned char kApp0 = 0xE0;
constexpr unsigned char kApp2 = 0xE2;
constexpr unsigned char kApp14 = 0xEE;

unsigned char byteAt(const QByteArray& data, qsizetype pos)
{
    return static_cast<unsigned char>(data.at(pos));
}

bool standalone(unsigned char marker)
{
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7); // TEM, RSTn: no length
}

bool startsWith(const char* payload, qsizetype size, const char* prefix, qsizetype prefixSize)
{
    return size >= prefixSize && std::equal(prefix, prefix + prefixSize, payload);
}

// Whether a segment with its payload (after the length) stays in a stripped file.
bool keepSegment(unsigned char marker, const char* payload, qsizetype size)
{
    if (marker == kApp0) {
        return startsWith(payload, size, "JFIF\0", 5) || startsWith(payload, size, "JFXX\0", 5);
    }
    if (marker == kApp2) {
        return startsWith(payload, size, "ICC_PROFILE\0", 12);
    }
    if (marker == kApp14) {
        return true;
    }
    if (marker >= kApp0 && marker <= 0xEF) {
        return false; // APP1 Exif/XMP, APP3-13 maker data and IPTC, APP15
    }
    return marker != 0xFE; // COM
}

quint32 bigEndian32(const QByteArray& data, qsizetype pos)
{
    return (quint32(byteAt(data, pos)) << 24) | (quint32(byteAt(data, pos + 1)) << 16)
           | (quint32(byteAt(data, pos + 2)) << 8) | quint32(byteAt(data, pos + 3));
}

} // namespace

bool looksLikeJpeg(const QByteArray& bytes)
{
    return bytes.size() >= 3 && byteAt(bytes, 0) == 0xFF && byteAt(bytes, 1) == 0xD8 && byteAt(bytes, 2) == 0xFF;
}

bool looksLikePng(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
}

std::optional<QByteArray> stripJpeg(const QByteArray& jpeg)
{
    if (!looksLikeJpeg(jpeg)) {
        return std::nullopt;
    }
    const qsizetype size = jpeg.size();
    QByteArray out;
    out.reserve(size);
    out.append(jpeg.constData(), 2); // SOI
    qsizetype pos = 2;
    while (pos < size) {
        if (byteAt(jpeg, pos) != kMarker) {
            return std::nullopt; // garbage between segments
        }
        while (pos < size && byteAt(jpeg, pos) == kMarker) {
            ++pos; // fill bytes
        }
        if (pos >= size) {
            return std::nullopt;
        }
        const unsigned char marker = byteAt(jpeg, pos++);
        if (marker == 0x00) {
            return std::nullopt; // a stuffed zero outside entropy-coded data
        }
        if (marker == kEoi) {
            out.append(char(kMarker)).append(char(kEoi));
            return out; // what follows the image (a camera's extra previews) is dropped
        }
        if (standalone(marker)) {
            out.append(char(kMarker)).append(char(marker));
            continue;
        }
        if (size - pos < 2) {
            return std::nullopt;
        }
        const qsizetype length = (qsizetype(byteAt(jpeg, pos)) << 8) | byteAt(jpeg, pos + 1);
        if (length < 2 || length > size - pos) {
            return std::nullopt; // the length runs past the end
        }
        if (keepSegment(marker, jpeg.constData() + pos + 2, length - 2)) {
            out.append(char(kMarker)).append(char(marker)).append(jpeg.constData() + pos, length);
        }
        pos += length;
        if (marker != kSos) {
            continue;
        }
        // Entropy-coded data runs to the next marker that is neither a stuffed zero nor a restart.
        const qsizetype start = pos;
        while (pos < size) {
            if (byteAt(jpeg, pos) == kMarker && pos + 1 < size) {
                const unsigned char next = byteAt(jpeg, pos + 1);
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    pos += 2;
                    continue;
                }
                if (next != kMarker) {
                    break;
                }
            }
            ++pos;
        }
        if (pos + 1 >= size) {
            return std::nullopt; // no end of image: truncated
        }
        out.append(jpeg.constData() + start, pos - start);
    }
    return std::nullopt;
}

std::optional<QByteArray> stripPng(const QByteArray& png)
{
    if (!looksLikePng(png)) {
        return std::nullopt;
    }
    static const QByteArrayList dropped {QByteArrayLiteral("tEXt"), QByteArrayLiteral("zTXt"), QByteArrayLiteral("iTXt"),
                                         QByteArrayLiteral("eXIf"), QByteArrayLiteral("tIME")};
    const qsizetype size = png.size();
    QByteArray out = png.left(8);
    out.reserve(size);
    qsizetype pos = 8;
    while (size - pos >= 12) {
        const quint32 length = bigEndian32(png, pos);
        if (length > quint32(size - pos - 12)) {
            return std::nullopt; // the length runs past the end
        }
        const qsizetype total = 12 + qsizetype(length);
        const QByteArray type = png.mid(pos + 4, 4);
        if (!dropped.contains(type)) {
            out.append(png.constData() + pos, total);
        }
        pos += total;
        if (type == "IEND") {
            return out;
        }
    }
    return std::nullopt; // no IEND: truncated
}

} // namespace longhand::imagemetadata
