#include "support/ExifFixture.h"

#include <QString> // QByteArray + QByteArray (QStringBuilder)

#include <cstring>

namespace longhand::test {

namespace {

void put16(QByteArray& out, quint16 value)
{
    out.append(char(value >> 8)).append(char(value & 0xFF));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, quint16(value >> 16));
    put16(out, quint16(value & 0xFFFF));
}

// One IFD entry, big-endian ("MM").
void entry(QByteArray& out, quint16 tag, quint16 type, quint32 count, quint32 valueOrOffset, bool shortValue = false)
{
    put16(out, tag);
    put16(out, type);
    put32(out, count);
    if (shortValue) {
        put16(out, quint16(valueOrOffset));
        put16(out, 0);
    } else {
        put32(out, valueOrOffset);
    }
}

QByteArray segment(unsigned char marker, const QByteArray& payload)
{
    QByteArray out;
    out.append(char(0xFF)).append(char(marker));
    put16(out, quint16(payload.size() + 2));
    return out + payload;
}

} // namespace

QByteArray withCameraMetadata(const QByteArray& jpeg, int orientation)
{
    // TIFF: header (8), IFD0 at 8 with 3 entries (2 + 3*12 + 4 = 42) -> 50; GPS IFD at 50 with 2 entries (30) -> 80;
    // then the datum string and the serial string.
    const QByteArray datum = QByteArray(kGpsMarker) + '\0';
    const QByteArray serial = QByteArray(kSerialMarker) + '\0';
    const quint32 gpsIfd = 50;
    const quint32 datumOffset = 80;
    const quint32 serialOffset = datumOffset + quint32(datum.size());
    QByteArray tiff("MM\0*", 4);
    put32(tiff, 8);
    put16(tiff, 3);
    entry(tiff, 0x0112, 3, 1, quint32(orientation), true); // Orientation, SHORT
    entry(tiff, 0x8825, 4, 1, gpsIfd);                      // GPSInfo IFD pointer, LONG
    entry(tiff, 0xA431, 2, quint32(serial.size()), serialOffset); // BodySerialNumber, ASCII
    put32(tiff, 0);
    put16(tiff, 2);
    entry(tiff, 0x0001, 2, 2, quint32('N') << 24);                // GPSLatitudeRef "N"
    entry(tiff, 0x0012, 2, quint32(datum.size()), datumOffset);   // GPSMapDatum, ASCII
    put32(tiff, 0);
    Q_ASSERT(tiff.size() == int(datumOffset));
    tiff += datum + serial;

    const QByteArray exif = segment(0xE1, QByteArray("Exif\0\0", 6) + tiff);
    const QByteArray xmp = segment(0xE1, QByteArray("http://ns.adobe.com/xap/1.0/\0", 29)
                                             + QByteArray("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"></x:xmpmeta>"));
    const QByteArray comment = segment(0xFE, QByteArray(kCommentMarker));
    return jpeg.left(2) + exif + xmp + comment + jpeg.mid(2);
}

} // namespace longhand::test
