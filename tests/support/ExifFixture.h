#pragma once

#include <QByteArray>

namespace longhand::test {

// What a phone writes into a photo, built byte by byte (no exiftool needed): an APP1 Exif segment with an
// orientation and a GPS IFD (latitude ref "N", map datum kGpsMarker), an APP1 XMP packet and a COM comment,
// inserted after a JPEG's SOI. The markers below must not survive a stripped upload.
QByteArray withCameraMetadata(const QByteArray& jpeg, int orientation);

inline constexpr char kGpsMarker[] = "WGS-84-GPS-SECRET";
inline constexpr char kSerialMarker[] = "SERIAL-0xC0FFEE";
inline constexpr char kXmpMarker[] = "x:xmpmeta";
inline constexpr char kCommentMarker[] = "comment: shot at home";

} // namespace longhand::test
