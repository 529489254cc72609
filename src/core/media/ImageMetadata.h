#pragma once

#include <QByteArray>

#include <optional>

namespace longhand::imagemetadata {

// Lossless removal of what a camera or editor writes about a picture, without touching its pixels.
//
// JPEG: drops APP1 (Exif with GPS, camera serials, thumbnails; XMP), APP3-APP13 (maker notes, IPTC), APP15, COM,
// APP0 other than JFIF/JFXX, APP2 other than an ICC profile (MPF indexes a camera's extra previews), and anything after
// the image's end (those previews themselves). Keeps JFIF, the ICC profile, Adobe APP14 (colour transform) and every
// segment the decoder needs.
// PNG: drops tEXt, zTXt, iTXt, eXIf and tIME chunks and anything after IEND.
//
// Both return nullopt for input that is not well formed (a truncated segment, a length past the end, no end of
// image): the caller must then re-encode rather than send bytes it could not read.
std::optional<QByteArray> stripJpeg(const QByteArray& jpeg);
std::optional<QByteArray> stripPng(const QByteArray& png);

bool looksLikeJpeg(const QByteArray& bytes);
bool looksLikePng(const QByteArray& bytes);

} // namespace longhand::imagemetadata
