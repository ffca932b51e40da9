#pragma once
#include <cstddef>

namespace helpbridge {

// The longest text the pipeline looks at, in code points. Longer input keeps its
// most recent part (the end of the message), which is what a chat person typed
// last. 4096 covers the longest chat messages we have seen with room to spare
// and bounds the work per message whatever the host passes in.
inline constexpr std::size_t kMaxInputCodePoints = 4096;

// UTF-8 needs at most 4 bytes per code point, so this many trailing bytes always
// hold the kept code points; the rest of a huge input is never decoded.
inline constexpr std::size_t kMaxInputBytes = kMaxInputCodePoints * 4;

}  // namespace helpbridge
