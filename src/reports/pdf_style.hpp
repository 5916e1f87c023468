#pragma once
// The PDF reports' page geometry, type sizes and colours in one place, so every printer part agrees.
// Units are PDF points (1/72 inch); cairo's user space on the PDF surface is points, y downwards.

namespace forkant::reports::pdf {

inline constexpr double kPageWidth = 595.28;  // A4
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMarginX = 56.7;  // 2 cm
inline constexpr double kTextWidth = kPageWidth - 2 * kMarginX;
inline constexpr double kBodyTop = 68.0;      // under the running header
inline constexpr double kBodyBottom = 778.0;  // above the running footer
inline constexpr double kHeaderBaseline = 40.0;
inline constexpr double kFooterTop = 800.0;

inline constexpr const char* kFontFamily =
    "Liberation Sans";  // fonts-liberation2, metric-compatible with Arial

// Type sizes (pt). Body text 10 pt with 1.3 line spacing reads well on A4 at this measure (~95 characters).
inline constexpr double kBodySize = 10.0;
inline constexpr double kNoteSize = 8.5;
inline constexpr double kTableSize = 9.0;
inline constexpr double kRunningSize = 8.0;
inline constexpr double kLineSpacing = 1.3;
inline constexpr double kHeadingSize[] = {18.0, 13.5, 11.0};  // levels 1, 2, 3
inline constexpr double kHeadingBefore[] = {20.0, 14.0, 10.0};
inline constexpr double kHeadingAfter[] = {8.0, 5.0, 3.0};
inline constexpr double kParagraphAfter = 7.0;
inline constexpr double kBlockAfter = 12.0;  // after tables, figures, lists

struct Colour {
  double r, g, b;
};
// The charts' palette (src/render/charts/svg.hpp): the same ink and muted grey, a dark blue accent.
inline constexpr Colour kInk = {0x1f / 255.0, 0x29 / 255.0, 0x33 / 255.0};
inline constexpr Colour kMuted = {0x4a / 255.0, 0x53 / 255.0, 0x60 / 255.0};
inline constexpr Colour kAccent = {0x0b / 255.0, 0x4f / 255.0, 0x7c / 255.0};
inline constexpr Colour kRule = {0xc5 / 255.0, 0xce / 255.0, 0xd6 / 255.0};
inline constexpr Colour kHeaderFill = {0xe6 / 255.0, 0xed / 255.0, 0xf3 / 255.0};
inline constexpr Colour kStripeFill = {0xf6 / 255.0, 0xf8 / 255.0, 0xfa / 255.0};

}  // namespace forkant::reports::pdf
